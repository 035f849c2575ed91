package js_instrument

import (
	"flag"
	"os"
	"testing"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
	"looplab/engine/internal/js_printer"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// The rewriting of a program that uses everything the instrumenter touches,
// as a golden file a reviewer reads: go test -run TestGolden -update.
func TestGolden(t *testing.T) {
	for _, c := range []struct {
		golden string
		opts   Options
	}{
		{"testdata/commonjs.golden", Options{CommonJS: true}},
		{"testdata/script.golden", Options{}},
	} {
		src, err := os.ReadFile("testdata/input.js")
		if err != nil {
			t.Fatal(err)
		}
		source := js_ast.NewSource("input.js", string(src))
		prog, err := js_parser.ParseWith(source, js_parser.Options{CommonJS: c.opts.CommonJS})
		if err != nil {
			t.Fatal(err)
		}
		res := Instrument(prog, source, c.opts)
		got := js_printer.Print(res.Program, js_printer.Options{}).Code
		// The output must itself parse.
		if _, err := js_parser.Parse(js_ast.NewSource("out.js", got)); err != nil {
			t.Fatalf("%s: instrumented code does not parse: %v\n%s", c.golden, err, got)
		}
		if *update {
			os.WriteFile(c.golden, []byte(got), 0o644)
			continue
		}
		want, err := os.ReadFile(c.golden)
		if err != nil {
			t.Fatalf("no golden file (run with -update): %v", err)
		}
		if got != string(want) {
			t.Errorf("%s differs; rerun with -update and read the diff", c.golden)
		}
	}
}

// Every site and function has a source range, and loop heads nest.
func TestTables(t *testing.T) {
	src := "for (;;) { while (a) { b(); } }\nfunction f() { for (const x of y) g(x); }"
	source := js_ast.NewSource("t.js", src)
	prog, err := js_parser.Parse(source)
	if err != nil {
		t.Fatal(err)
	}
	res := Instrument(prog, source, Options{})
	heads := 0
	for i, s := range res.Sites {
		if s.Range.End <= s.Range.Start {
			t.Errorf("site %d has an empty range", i)
		}
		if s.Head {
			heads++
			if s.Loop != int32(i) {
				t.Errorf("head %d belongs to loop %d", i, s.Loop)
			}
		}
	}
	if heads != 3 {
		t.Errorf("%d loop heads, want 3", heads)
	}
	// while (a) sits inside for (;;): its parent is the for's head.
	for _, s := range res.Sites {
		if s.Head && src[s.Range.Start:s.Range.End] == "a" && s.Parent < 0 {
			t.Errorf("the inner loop has no parent")
		}
	}
	if len(res.Funcs) != 2 || res.Funcs[1].Name != "f" {
		t.Errorf("funcs %+v", res.Funcs)
	}
}
