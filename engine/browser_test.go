package engine

import (
	"os"
	"strings"
	"testing"
	"time"
)

// The same snippet on the two loops: each prints its own real runtime's
// output (recorded in .node.out and .browser.out), and they differ.
func TestRuntimesDiffer(t *testing.T) {
	for _, name := range []string{"runtimes_timer_zero_vs_one", "runtimes_unhandled_rejection", "runtimes_console_objects", "runtimes_timer_this"} {
		t.Run(name, func(t *testing.T) {
			base := "testdata/node/" + name
			src, err := os.ReadFile(base + ".js")
			if err != nil {
				t.Fatal(err)
			}
			wantNode, _ := os.ReadFile(base + ".node.out")
			wantBrowser, _ := os.ReadFile(base + ".browser.out")
			if string(wantNode) == string(wantBrowser) {
				t.Fatalf("the real runtimes agree on %s: not a difference", name)
			}
			for rt, want := range map[Runtime]string{Node: string(wantNode), Browser: string(wantBrowser)} {
				tr, err := Run(string(src), Options{Runtime: rt})
				if err != nil {
					t.Fatal(err)
				}
				if got := tr.Stdout(); got != want {
					t.Errorf("%s: got\n%swant\n%s", rt, got, want)
				}
			}
		})
	}
}

// What looplab's page does not simulate fails with a clear error naming it,
// reported as Chromium reports an uncaught error, and the page goes on.
func TestBrowserNotSimulated(t *testing.T) {
	cases := map[string]string{
		"localStorage.setItem('k', 'v')":             "Uncaught TypeError: looplab does not simulate localStorage",
		"alert('hi')":                                "Uncaught TypeError: looplab does not simulate alert() (use console.log to see values)",
		"new WebSocket('ws://example.com')":          "Uncaught TypeError: looplab does not simulate WebSocket",
		"new XMLHttpRequest()":                       "Uncaught TypeError: looplab does not simulate XMLHttpRequest",
		"document.write('<p>x</p>')":                 "Uncaught TypeError: looplab does not simulate document.write()",
		"document.body.attachShadow({mode: 'open'})": "Uncaught TypeError: looplab does not simulate Shadow DOM",
		"chrome.runtime.sendMessage({})":             "Uncaught ReferenceError: chrome is not defined",
		"document.querySelector('p:hover')":          "Uncaught SyntaxError: looplab's DOM does not simulate the :hover selector",
	}
	for code, want := range cases {
		t.Run(code, func(t *testing.T) {
			src := "setTimeout(() => console.log('the page goes on'), 5);\n" + code + ";\nconsole.log('not reached');\n"
			tr, err := Run(src, Options{Runtime: Browser})
			if err != nil {
				t.Fatal(err)
			}
			if got := tr.Stdout(); got != "the page goes on\n" {
				t.Errorf("stdout %q", got)
			}
			if !strings.HasPrefix(tr.Stderr(), want) {
				t.Errorf("stderr %q, want it to start with %q", tr.Stderr(), want)
			}
		})
	}
}

// A user click on an element the snippet never created is reported, and
// nothing else happens.
func TestBrowserClickOnMissingElement(t *testing.T) {
	src := "const b = document.createElement('button');\nb.id = 'real';\ndocument.body.append(b);\nb.addEventListener('click', () => console.log('clicked'));\n"
	tr, err := Run(src, Options{Runtime: Browser, Inputs: []Input{
		{Kind: "click", Target: "#missing", At: 50 * int64(time.Millisecond)},
		{Kind: "click", Target: "#real", At: 80 * int64(time.Millisecond)},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Stdout() != "clicked\n" {
		t.Errorf("stdout %q", tr.Stdout())
	}
	if want := "looplab: no element matches #missing for the user's click at 50 ms"; !strings.Contains(tr.Stderr(), want) {
		t.Errorf("stderr %q lacks %q", tr.Stderr(), want)
	}
	if got := tr.Targets(); len(got) != 1 || got[0].Selector != "#real" || got[0].Events[0] != "click" {
		t.Errorf("targets %+v", got)
	}
}

// A string handler that does not parse is reported when the timer runs, as
// Chromium reports it; other timers still run.
func TestBrowserMalformedTimeoutHandler(t *testing.T) {
	src := "setTimeout(\"console.log('a'\", 10);\nsetTimeout(\"console.log('ok')\", 20);\nsetTimeout(() => console.log('after'), 30);\n"
	tr, err := Run(src, Options{Runtime: Browser})
	if err != nil {
		t.Fatal(err)
	}
	if got := tr.Stdout(); got != "ok\nafter\n" {
		t.Errorf("stdout %q", got)
	}
	if !strings.HasPrefix(tr.Stderr(), "Uncaught SyntaxError: ") {
		t.Errorf("stderr %q", tr.Stderr())
	}
}

// Parsing the Input header lines a case (and the page) uses.
func TestParseInputs(t *testing.T) {
	in, err := ParseInputs("// Input: click #btn at 300\n// Input: key Enter #field at 12.5\n")
	if err != nil || len(in) != 2 || in[0].Target != "#btn" || in[1].Key != "Enter" || in[1].At != 12500000 {
		t.Errorf("%+v %v", in, err)
	}
	if _, err := ParseInputs("// Input: tap #btn\n"); err == nil {
		t.Error("a malformed input line must be an error")
	}
}
