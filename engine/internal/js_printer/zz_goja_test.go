package js_printer

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
)

var lineRe = regexp.MustCompile(`Line \d+:\d+`)

func TestZZGoja(t *testing.T) {
	if os.Getenv("GOJA") == "" {
		t.Skip()
	}
	srcs := test262Sources(t)
	if list := os.Getenv("GOJA_CORPUS"); list != "" {
		data, _ := os.ReadFile(list)
		for _, f := range strings.Fields(string(data)) {
			b, _ := os.ReadFile(f)
			srcs[f] = string(b)
		}
	}
	counts := map[string]int{}
	examples := map[string]string{}
	n := 0
	for _, path := range sortedKeys(srcs) {
		prog, err := js_parser.Parse(js_ast.NewSource(path, srcs[path]))
		if err != nil {
			continue
		}
		n++
		code := Print(prog, Options{FuncMarkers: true}).Code
		if _, err := goja.Compile(path, code, false); err != nil {
			msg := strings.ReplaceAll(err.Error(), path, "F")
			if strings.Contains(msg, "await") || strings.Contains(msg, "Async generators") {
				continue
			}
			msg = lineRe.ReplaceAllString(msg, "L")
			key := msg
			if len(key) > 60 {
				key = key[:60]
			}
			counts[key]++
			examples[key] = path
		}
	}
	var keys []string
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return counts[keys[i]] > counts[keys[j]] })
	for _, k := range keys {
		fmt.Printf("%5d %s   (e.g. %s)\n", counts[k], k, examples[k])
	}
	fmt.Println("files:", n)
}
