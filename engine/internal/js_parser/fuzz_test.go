package js_parser_test

import (
	"testing"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
	"looplab/engine/internal/js_printer"
)

// FuzzParse feeds arbitrary text to the parser. It must never panic, and
// whatever parses must print to code that parses again and prints the same.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"let x = 1; x += 2;",
		"async function* g() { for await (const [a, {b = 1}] of c) yield* a?.[b]?.(); }",
		"class A extends B { #p = 1; static { this.#p; } get x() { return super.x; } }",
		"x = a ?? (b || c) ** -d, y = `t${u}v`, z = /re/g;",
		"({a = 1, ...b} = c); [d, , ...e] = f;",
		"label: for (;;) { if (a) break label; else continue; }",
		"x => ({}); async (a) => await a; async\n(a);",
		"'use strict'; function f(a, b = 1, ...c) { return new.target; }",
		"switch (x) { case 1: let y; default: }",
		"try { throw 1 } catch { } finally { debugger }",
		"a\n++b\n/re/.test(c)",
		"<!-- c\n--> d\nx",
		"new (a().b)(); (a?.b)(); -(-x); + +y; 1..z; 08 .w",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		prog, err := js_parser.Parse(js_ast.NewSource("fuzz.js", src))
		if err != nil {
			if _, ok := err.(*js_parser.SyntaxError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		first := js_printer.Print(prog, js_printer.Options{}).Code
		prog2, err := js_parser.Parse(js_ast.NewSource("fuzz.js", first))
		if err != nil {
			t.Fatalf("printed code does not parse: %v\nsource: %q\nprinted: %q", err, src, first)
		}
		if second := js_printer.Print(prog2, js_printer.Options{}).Code; second != first {
			t.Fatalf("printing is not idempotent\nsource: %q\nfirst: %q\nsecond: %q", src, first, second)
		}
		marked := js_printer.Print(prog, js_printer.Options{FuncMarkers: true}).Code
		if _, err := js_parser.Parse(js_ast.NewSource("fuzz.js", marked)); err != nil {
			t.Fatalf("printed code with markers does not parse: %v\nsource: %q\nprinted: %q", err, src, marked)
		}
	})
}
