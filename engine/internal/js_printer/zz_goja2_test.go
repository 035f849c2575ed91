package js_printer

import (
	"fmt"
	"os"
	"testing"

	"github.com/dop251/goja"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
)

func TestZZGoja2(t *testing.T) {
	if os.Getenv("GOJA") == "" {
		t.Skip()
	}
	for _, src := range []string{
		"x = 1_000", "a ??= b; a ||= c; a &&= d", "class A { static { this.x = 1 } }", "class A { #x; m(o) { return #x in o } }",
		"x = a?.b?.[c]?.(d)", "x = 10n ** 2n", "x = /a/d", "x = /a/v", "x = /a/s", "x = 0o17 + 0b11", "x = 08", "x = '\\08'",
		"label: function f() {}", "if (a) function f() {}", "x = `a${b}`", "x = String.raw`\\unicode`", "try {} catch {}",
		"x = { __proto__: null }", "x = async () => { for await (const a of b); }", "class A { static async *m() {} }",
		"x = new.target", "function f() { return new.target }", "x = (a, b) => ({ a })", "x = a ** -b", "x = (-a) ** b",
		"x = class { static x = 1; #y = 2; get #z() { return 1 } static #w() {} }", "x = { async *m() {} }",
		"let [a, ...b] = c; ({ a, ...b } = c)", "x = y\u2028z", "x = '\u2028'", "x = 1 .toString()", "x = a?.b`c`",
		"with (a) {}", "x = 'a\\\nb'", "x = /[/]/", "x = function* () { yield* a }", "debugger",
	} {
		prog, err := js_parser.Parse(js_ast.NewSource("t.js", src))
		if err != nil {
			fmt.Printf("PARSE %q: %v\n", src, err)
			continue
		}
		code := Print(prog, Options{FuncMarkers: true}).Code
		if _, err := goja.Compile("t.js", code, false); err != nil {
			fmt.Printf("GOJA %q -> %q: %v\n", src, code, err)
		}
	}
}
