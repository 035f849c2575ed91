package engine

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// Bad input never hangs or crashes the engine, and never loses what ran.

func TestSyntaxErrorHasPosition(t *testing.T) {
	cases := []struct {
		src       string
		line, col int
		msgPrefix string
	}{
		{"console.log('a');\nlet x = ;\n", 2, 9, "Unexpected token ';'"},
		{"function f() {\n  return 1 +\n}", 3, 1, "Unexpected token '}'"},
		{"const s = '🙂'; foo(;", 1, 21, "Unexpected token ';'"},
		{"let a = 1;\nlet a = 2;", 2, 5, "Identifier 'a' has already been declared"},
		{"await 1", 1, 1, "await is only valid"},
	}
	for _, c := range cases {
		_, err := Run(c.src, Options{})
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: got %v, want a SyntaxError", c.src, err)
			continue
		}
		if se.Line != c.line || se.Column != c.col || !strings.HasPrefix(se.Message, c.msgPrefix) {
			t.Errorf("%q: got %d:%d %q, want %d:%d %q", c.src, se.Line, se.Column, se.Message, c.line, c.col, c.msgPrefix)
		}
	}
}

func TestBudgetStopsEndlessPrograms(t *testing.T) {
	cases := map[string]string{
		"while (true)":         "console.log('before'); while (true) {}",
		"for (;;) with a body": "console.log('before'); let i = 0; for (;;) { i++; }",
		"setInterval":          "console.log('before'); setInterval(() => {}, 1);",
		"microtask recursion":  "console.log('before'); function f() { Promise.resolve().then(f); } f();",
		"nextTick recursion":   "console.log('before'); function f() { process.nextTick(f); } f();",
		"recursive timers":     "console.log('before'); (function f() { setTimeout(f, 0); })();",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			tr, err := Run(src, Options{MaxSteps: 20000})
			if err != nil {
				t.Fatal(err)
			}
			if !tr.Stopped {
				t.Fatalf("not stopped; %d steps", len(tr.Steps))
			}
			if got := tr.Stdout(); got != "before\n" {
				t.Errorf("lost the output that ran: %q", got)
			}
			last := tr.Steps[len(tr.Steps)-1]
			if last.Kind != KindError || !strings.Contains(tr.Describe(len(tr.Steps)-1), "stopped the program after 20000 steps") {
				t.Errorf("last step %v %q", last.Kind, tr.Describe(len(tr.Steps)-1))
			}
			if len(tr.Steps) > 20100 {
				t.Errorf("%d steps recorded past a budget of 20000", len(tr.Steps))
			}
		})
	}
}

func TestRunawayRecursion(t *testing.T) {
	tr, err := Run(`
function down(n) { return down(n + 1) + 1; }
try { down(0); } catch (e) { console.log(e instanceof RangeError, e.message); }
const deep = () => deep();
deep();
`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := tr.Stdout(); got != "true Maximum call stack size exceeded\n" {
		t.Errorf("stdout %q", got)
	}
	if tr.ExitCode != 1 || !strings.Contains(tr.Stderr(), "RangeError: Maximum call stack size exceeded") {
		t.Errorf("exit %d, stderr %q", tr.ExitCode, tr.Stderr())
	}
}

func TestUncaughtErrorIsReported(t *testing.T) {
	tr, err := Run("console.log('a');\nsetTimeout(() => { throw new TypeError('boom'); }, 1);\nsetTimeout(() => console.log('never'), 5);\n", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Stdout() != "a\n" || tr.ExitCode != 1 {
		t.Errorf("stdout %q exit %d", tr.Stdout(), tr.ExitCode)
	}
	for _, want := range []string{"/app/main.js:2", "TypeError: boom", "Node.js v20.20.2"} {
		if !strings.Contains(tr.Stderr(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, tr.Stderr())
		}
	}
}

// FuzzRun runs arbitrary input: it may fail to parse or throw, but the
// engine must not panic or hang. The corpus lives in testdata/fuzz/FuzzRun.
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"console.log(1)",
		"setTimeout(() => console.log('t'), 0); Promise.resolve().then(() => console.log('p'))",
		"async function f() { await null; for await (const x of [1, 2]) console.log(x); } f()",
		"async function* g() { yield 1; yield* [2, 3]; } (async () => { for await (const v of g()) console.log(v) })()",
		"while (true) {}",
		"function f() { f() } f()",
		"class A { #x = 1; static { this.y = 2 } get x() { return this.#x } }; console.log(new A().x)",
		"label: for (const a of [1]) { for (;;) break label }",
		"new Promise(r => r({ then(f) { f(1) } })).then(console.log)",
		"process.nextTick(() => { throw 1 })",
		"`${`${1}`}`; /[/]/g.test('/')",
		"let {a = 1, ...b} = {c: 2}; [a, ...b] = [1, 2]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		tr, err := Run(src, Options{MaxSteps: 5000, WallTimeout: 5 * time.Second})
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("not a SyntaxError: %v", err)
			}
			return
		}
		for _, m := range tr.Messages {
			if m.Kind == "internal" || strings.Contains(m.Text, "too long in real time") {
				t.Fatalf("%s for %q", m.Text, src)
			}
		}
		tr.StateAt(len(tr.Steps) / 2)
	})
}
