package js_printer

import (
	"fmt"
	"os"
	"testing"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
)

func TestZZDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	prog, err := js_parser.Parse(js_ast.NewSource(f, string(data)))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(Print(prog, Options{FuncMarkers: os.Getenv("MARK") != ""}).Code)
}
