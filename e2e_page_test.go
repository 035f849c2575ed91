//go:build !js

package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"looplab/engine"
	"looplab/wasm/protocol"
)

// The page loads, shows the default example, records it and says the
// engine is ready.
func TestPageLoads(t *testing.T) {
	tb := newTab(t, "/", 1280, 900)
	s := tb.state()
	examples, err := readExamples("examples")
	if err != nil {
		t.Fatal(err)
	}
	if !s.Ready || s.Steps == 0 || s.Step != 0 || s.Runtime != "node" {
		t.Fatalf("state after load: %+v", s)
	}
	if s.Code != examples[0].Code {
		t.Errorf("the editor holds %q, want the first example", s.Code)
	}
	if got := tb.texts("#examples option[value$='.js']"); len(got) != len(examples) {
		t.Errorf("the examples menu has %d entries, want %d", len(got), len(examples))
	}
	if got := tb.text("#engine-status"); !strings.HasPrefix(got, "recorded ") {
		t.Errorf("engine status %q", got)
	}

	// Play advances on its own and stops at the end; the layout does not
	// move while it plays.
	tb.eval(`window.shift = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.shift += e.value; }).observe({type: 'layout-shift', buffered: false}); 1`, nil)
	tb.eval(`(() => { const s = document.getElementById('speed'); s.value = '240'; s.dispatchEvent(new Event('change')); })()`, nil)
	tb.run(chromedp.Click("#play"))
	tb.poll(`document.getElementById('play').getAttribute('aria-pressed') === 'true'`)
	tb.poll(`document.getElementById('play').getAttribute('aria-pressed') === 'false'`)
	s = tb.state()
	if s.Step != s.Steps-1 || s.Playing {
		t.Fatalf("after playing: step %d of %d, playing %v", s.Step, s.Steps, s.Playing)
	}
	var shift float64
	tb.eval(`window.shift`, &shift)
	if shift > 0.001 {
		t.Errorf("layout shift while playing: %v", shift)
	}

	// The examples menu loads an example and records it, in its runtime.
	last := examples[len(examples)-1]
	tb.eval(`(() => { const s = document.getElementById('examples'); s.value = `+jsString(last.File)+`; s.dispatchEvent(new Event('change')); })()`, nil)
	tb.poll(`document.getElementById('code').value === ` + jsString(last.Code) + ` && document.getElementById('engine-status').textContent.startsWith('recorded')`)
	if s = tb.state(); s.Runtime != last.Runtime || s.Steps == 0 {
		t.Errorf("after choosing %s: %+v", last.File, s)
	}

	// A syntax error: its line is marked, its message shown, no steps.
	tb.eval(`looplab.load('const a = 1;\nlet x = ;\n', {runtime: 'node'}).then(() => looplab.runToEnd())`, nil)
	s = tb.state()
	if s.SyntaxError == nil || s.SyntaxError.Line != 2 || s.Steps != 0 {
		t.Errorf("syntax error state: %+v", s)
	}
	if msg := tb.text("#error"); !strings.HasPrefix(msg, "Line 2:") || !strings.Contains(msg, "SyntaxError") {
		t.Errorf("error message %q", msg)
	}
	tb.poll(`document.querySelectorAll('#gutter .error').length === 1 && document.querySelector('#gutter .error').textContent === '2'`)
}

// `looplab build -o DIR` writes a static site: the page (and its embed
// copy), the two WebAssembly programs with their compressed copies, the
// Go runtime's glue, the examples, and the CSP for hosts that read _headers.
func TestStaticBuild(t *testing.T) {
	site(t)
	dir := t.TempDir()
	if err := writeSite(e2e.site, dir); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"index.html", "embed/index.html", "app.css", "main.js", "worker.js", "wasm_exec.js",
		"ui.wasm", "ui.wasm.br", "ui.wasm.gz", "worker.wasm", "worker.wasm.br", "worker.wasm.gz", "examples/01-call-stack.js", "_headers"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	h, _ := os.ReadFile(filepath.Join(dir, "_headers"))
	if !strings.Contains(string(h), contentSecurityPolicy) {
		t.Errorf("_headers: %s", h)
	}
}

// runResult is what looplab.runToEnd() resolves to.
// A browser without requestIdleCallback (Safari) gets the page's idle-time
// collections from a timer instead (wasm/ui/gc.go): a recording asks for
// one at once, and playing draws enough views to ask again. The run plays
// through, and nothing reaches the page's console.
func TestPageWithoutIdleCallbacks(t *testing.T) {
	tb := newTab(t, "/", 1280, 900)
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `delete window.requestIdleCallback;`}); err != nil {
		t.Fatal(err)
	}
	tb.run(chromedp.Reload())
	tb.waitReady()
	var missing bool
	tb.eval(`typeof requestIdleCallback === 'undefined'`, &missing)
	if !missing {
		t.Fatal("requestIdleCallback is still there")
	}
	code := "for (let i = 0; i < 40; i++) setTimeout(() => console.log('tick', i), i);\n"
	tb.eval(`looplab.load(`+jsString(code)+`).then(() => looplab.seek(0)).then(() => {
		const s = document.getElementById('speed'); s.value = '240'; s.dispatchEvent(new Event('change'));
		return looplab.play(); })`, nil)
	tb.poll(`document.getElementById('play').getAttribute('aria-pressed') === 'false'`)
	st := tb.state()
	if st.Steps < 200 || st.Step != st.Steps-1 || st.ConsoleLines != 40 {
		t.Errorf("played to step %d of %d with %d console lines, want the last of 200 or more, and 40 lines", st.Step, st.Steps, st.ConsoleLines)
	}
}

type runResult struct {
	Console  []string
	Steps    int
	ExitCode int
	Stopped  bool
}

// Every example, run to its end on the page, prints exactly what the
// engine prints natively (what `looplab trace` prints), in both runtimes.
func TestRunToEndMatchesEngine(t *testing.T) {
	tb := newTab(t, "/", 1280, 900)
	examples, err := readExamples("examples")
	if err != nil {
		t.Fatal(err)
	}
	missing := browserRuntimeMissing()
	for _, e := range examples {
		t.Run(strings.TrimSuffix(e.File, ".js"), func(t *testing.T) {
			if e.Runtime == "browser" && missing != "" {
				t.Skip(missing)
			}
			inputs, err := engine.ParseInputs(e.Code)
			if err != nil {
				t.Fatal(err)
			}
			want, err := engine.Run(e.Code, engine.Options{Runtime: engine.Runtime(e.Runtime), Filename: e.File, Inputs: inputs})
			if err != nil {
				t.Fatal(err)
			}
			var got runResult
			tb.eval(`looplab.load(`+jsString(e.Code)+`, {runtime: `+jsString(e.Runtime)+`, filename: `+jsString(e.File)+`}).then(() => looplab.runToEnd())`, &got)
			if got.Steps != len(want.Steps) || got.ExitCode != want.ExitCode || got.Stopped != want.Stopped {
				t.Errorf("steps %d exit %d stopped %v, want %d %d %v", got.Steps, got.ExitCode, got.Stopped, len(want.Steps), want.ExitCode, want.Stopped)
			}
			var wantLines []string
			for _, l := range want.Lines {
				wantLines = append(wantLines, strings.TrimSuffix(l.Text, "\n"))
			}
			if strings.Join(got.Console, "\n") != strings.Join(wantLines, "\n") {
				t.Errorf("console:\n%s\nwant:\n%s", strings.Join(got.Console, "\n"), strings.Join(wantLines, "\n"))
			}
			// The page shows the same lines.
			if shown := tb.texts("#console div"); strings.Join(shown, "\n") != strings.Join(lastN(wantLines, maxConsoleLinesShown), "\n") {
				t.Errorf("the console panel shows %q", shown)
			}
			// ...and is scrolled to the last of them.
			tb.poll(`(() => { const p = document.getElementById('console').parentElement; return p.scrollTop + p.clientHeight >= p.scrollHeight - 1; })()`)
		})
	}
}

// maxConsoleLinesShown is wasm/ui's maxConsoleLines.
const maxConsoleLinesShown = 500

func lastN(s []string, n int) []string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// checkView compares what the page shows with the engine's view of the
// same step: the stack, every queue, the console, the sentence, the clock
// and the loop's phase.
func checkView(t *testing.T, tb *tab, tr *engine.Trace, i int) {
	t.Helper()
	v := tr.View(i)
	tb.poll(`document.getElementById('step-count').textContent === ` + jsString("step "+itoa(i+1)+" / "+itoa(len(tr.Steps))))
	var stack []string
	for j := len(v.Stack) - 1; j >= 0; j-- {
		stack = append(stack, v.Stack[j].Name)
	}
	if got := tb.texts("#stack li"); strings.Join(got, "|") != strings.Join(stack, "|") {
		t.Errorf("step %d: stack %q, want %q", i, got, stack)
	}
	var queues [][]any
	tb.eval(`[...document.querySelectorAll('#queues .queue')].map(r => [r.querySelector('h3').textContent,
		[...r.querySelectorAll('li')].map(l => l.textContent), r.querySelector('h3').dataset.n || '0'])`, &queues)
	shown, counts := map[string]string{}, map[string]string{}
	for _, q := range queues {
		var labels []string
		for _, l := range q[1].([]any) {
			labels = append(labels, l.(string))
		}
		shown[q[0].(string)] = strings.Join(labels, "|")
		counts[q[0].(string)] = q[2].(string)
	}
	for _, q := range v.Queues {
		// A row shows its queue's first jobs, then how many it leaves out.
		var labels []string
		for _, j := range q.Jobs[:min(len(q.Jobs), 8)] {
			labels = append(labels, j.Label)
		}
		if len(q.Jobs) > 8 {
			labels = append(labels, "+"+itoa(len(q.Jobs)-8)+" more")
		}
		if counts[q.Name] != itoa(len(q.Jobs)) {
			t.Errorf("step %d: queue %s's heading counts %s jobs, want %d", i, q.Name, counts[q.Name], len(q.Jobs))
		}
		if shown[q.Name] != strings.Join(labels, "|") {
			t.Errorf("step %d: queue %s shows %q, want %q", i, q.Name, shown[q.Name], strings.Join(labels, "|"))
		}
	}
	var lines []string
	for _, l := range v.Console {
		lines = append(lines, strings.TrimSuffix(l.Text, "\n"))
	}
	if got := tb.texts("#console div"); strings.Join(got, "\n") != strings.Join(lines, "\n") {
		t.Errorf("step %d: console %q, want %q", i, got, lines)
	}
	if got := tb.text("#sentence"); got != v.Text {
		t.Errorf("step %d: sentence %q, want %q", i, got, v.Text)
	}
	if got, want := tb.text("#clock"), protocol.Fixed(v.Time, 3)+" ms"; got != want {
		t.Errorf("step %d: clock %q, want %q", i, got, want)
	}
	var phase string
	tb.eval(`(document.querySelector('#loop li[aria-current=step]') || {}).textContent || ''`, &phase)
	if phase != v.Phase {
		t.Errorf("step %d: the loop diagram lights %q, want %q", i, phase, v.Phase)
	}
}

// Stepping forward and back, with the buttons and the scrubber, shows
// exactly the engine's state at each step.
func TestStepAndScrub(t *testing.T) {
	tb := newTab(t, "/", 1280, 900)
	code, err := os.ReadFile("examples/03-nexttick-promise-timeout-immediate.js")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := engine.Run(string(code), engine.Options{Filename: "03-nexttick-promise-timeout-immediate.js"})
	if err != nil {
		t.Fatal(err)
	}
	tb.eval(`looplab.load(`+jsString(string(code))+`, {runtime: 'node', filename: '03-nexttick-promise-timeout-immediate.js'}).then(() => looplab.seek(0))`, nil)
	checkView(t, tb, tr, 0)
	for i := 1; i <= 3; i++ {
		tb.run(chromedp.Click("#forward"))
		checkView(t, tb, tr, i)
	}
	tb.run(chromedp.Click("#back"))
	checkView(t, tb, tr, 2)

	// Scrub to steps that show a deep stack, queued jobs and console lines.
	var deep, queued, printed int
	for i := range tr.Steps {
		v := tr.View(i)
		if n := len(v.Stack); n >= 1 && v.Stack[n-1].Name != "(main script)" && deep == 0 {
			deep = i
		}
		for _, q := range v.Queues {
			if len(q.Jobs) >= 2 && queued == 0 {
				queued = i
			}
		}
		if v.ConsoleTotal >= 3 && printed == 0 {
			printed = i
		}
	}
	if deep == 0 || queued == 0 || printed == 0 {
		t.Fatalf("the example should have a callback on the stack (%d), full queues (%d) and output (%d)", deep, queued, printed)
	}
	for _, i := range []int{queued, deep, printed, len(tr.Steps) - 1, 0} {
		tb.eval(`(() => { const s = document.getElementById('scrubber'); s.value = `+itoa(i)+`; s.dispatchEvent(new Event('input')); })()`, nil)
		checkView(t, tb, tr, i)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
