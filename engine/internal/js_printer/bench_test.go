package js_printer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
)

// BenchmarkPrint prints about 100 KB of the conformance scripts.
func BenchmarkPrint(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(sharedRoot, "conformance", "*.js"))
	if len(files) == 0 {
		b.Skip("conformance files not found")
	}
	var progs []*js_ast.Program
	size := 0
	for size < 100_000 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			prog, err := js_parser.Parse(js_ast.NewSource(f, strings.Clone(string(data))))
			if err != nil {
				b.Fatal(err)
			}
			progs = append(progs, prog)
			size += len(data)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, prog := range progs {
			Print(prog, Options{FuncMarkers: true})
		}
	}
}
