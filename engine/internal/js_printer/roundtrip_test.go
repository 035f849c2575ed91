package js_printer

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
)

var sharedRoot = filepath.Join("..", "..", "..", "..", "shared")

// roundTrip prints a parsed program, parses the output and prints it
// again; the two outputs must be identical.
func roundTrip(t testing.TB, name, src string) (first string, ok bool) {
	prog, err := js_parser.Parse(js_ast.NewSource(name, src))
	if err != nil {
		return "", false
	}
	first = Print(prog, Options{}).Code
	prog2, err := js_parser.Parse(js_ast.NewSource(name, first))
	if err != nil {
		t.Errorf("%s: printed code does not parse: %v\n%s", name, err, excerpt(first, err))
		return first, true
	}
	if d := astDiff(prog, prog2); d != "" {
		t.Errorf("%s: printed code means something else: %s", name, d)
	}
	second := Print(prog2, Options{}).Code
	if first != second {
		t.Errorf("%s: printing is not idempotent:\n%s", name, firstDiff(first, second))
	}
	// Without the source's parentheses the printer must find the needed
	// ones itself.
	stripParens(prog2)
	bare := Print(prog2, Options{}).Code
	if prog3, err := js_parser.Parse(js_ast.NewSource(name, bare)); err != nil {
		t.Errorf("%s: code printed without ParenExpr nodes does not parse: %v\n%s", name, err, excerpt(bare, err))
	} else if d := astDiff(prog, prog3); d != "" {
		t.Errorf("%s: code printed without ParenExpr nodes means something else: %s", name, d)
	}
	// With markers, the output must still parse.
	marked := Print(prog, Options{FuncMarkers: true}).Code
	if _, err := js_parser.Parse(js_ast.NewSource(name, marked)); err != nil {
		t.Errorf("%s: printed code with markers does not parse: %v\n%s", name, err, excerpt(marked, err))
	}
	return first, true
}

func excerpt(code string, err error) string {
	se, ok := err.(*js_parser.SyntaxError)
	if !ok {
		return ""
	}
	lines := strings.Split(code, "\n")
	lo, hi := se.Line-3, se.Line+1
	if lo < 0 {
		lo = 0
	}
	if hi > len(lines) {
		hi = len(lines)
	}
	return strings.Join(lines[lo:hi], "\n")
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return "  first:  " + la[i] + "\n  second: " + lb[i]
		}
	}
	return "  (lengths differ)"
}

var test262Flags = regexp.MustCompile(`(?m)^flags:\s*\[([^\]]*)\]`)

// test262Sources yields each positive, non-module test262 file, as the
// parser tests would parse it.
func test262Sources(t testing.TB) map[string]string {
	dir := filepath.Join(sharedRoot, "test262")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("test262 not found at %s", dir)
	}
	out := map[string]string{}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".js") || strings.Contains(path, "_FIXTURE") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		src := string(data)
		if strings.Contains(src, "phase: parse") {
			return nil
		}
		flags := ""
		if m := test262Flags.FindStringSubmatch(src); m != nil {
			flags = m[1]
		}
		if strings.Contains(flags, "module") {
			return nil
		}
		if strings.Contains(flags, "onlyStrict") {
			src = "\"use strict\";\n" + src
		}
		out[path] = src
		return nil
	})
	return out
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func TestRoundTripTest262(t *testing.T) {
	srcs := test262Sources(t)
	n := 0
	for _, path := range sortedKeys(srcs) {
		if _, ok := roundTrip(t, path, srcs[path]); ok {
			n++
		}
	}
	t.Logf("round-tripped %d test262 files", n)
}

func TestRoundTripConformance(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedRoot, "conformance", "*.js"))
	if len(files) == 0 {
		t.Skip("conformance files not found")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := roundTrip(t, f, string(data)); !ok {
			_, err := js_parser.Parse(js_ast.NewSource(f, string(data)))
			t.Errorf("%s: %v", f, err)
		}
	}
}
