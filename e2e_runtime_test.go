//go:build !js

package main

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// In browser mode the page offers a button per element the snippet listens
// on; pressing it delivers a user click (a re-run with one more input), and
// the listener's output and its microtask show up.
func TestBrowserModeUserClick(t *testing.T) {
	if why := browserRuntimeMissing(); why != "" {
		t.Skip(why)
	}
	tb := newTab(t, "/", 1280, 900)
	code := `const b = document.createElement('button');
b.id = 'go';
b.textContent = 'Go';
document.body.appendChild(b);
b.addEventListener('click', () => {
  console.log('clicked');
  Promise.resolve().then(() => console.log('microtask after the click'));
});
console.log('ready');
`
	// The switch, as a user flips it.
	tb.eval(`looplab.load(`+jsString(code)+`, {runtime: 'node'})`, nil)
	tb.run(chromedp.Click(`#runtime input[value=browser]`))
	tb.poll(`document.querySelector('#targets button[data-selector="#go"]') !== null`)
	if title := tb.text("#apis-title"); title != "Web APIs" {
		t.Errorf("APIs panel title %q in browser mode", title)
	}
	queues := tb.texts("#queues .queue h3")
	if strings.Join(queues, ",") != "timer tasks,posted messages,user interaction,networking,DOM manipulation,microtask,animation frame callbacks" {
		t.Errorf("browser queues: %q", queues)
	}
	var r runResult
	tb.eval(`looplab.runToEnd()`, &r)
	if strings.Join(r.Console, "|") != "ready" {
		t.Fatalf("before the click: %q", r.Console)
	}
	tb.run(chromedp.Click(`#targets button[data-selector="#go"]`))
	tb.eval(`looplab.runToEnd()`, &r)
	if strings.Join(r.Console, "|") != "ready|clicked|microtask after the click" {
		t.Errorf("after the click: %q", r.Console)
	}
	if s := tb.state(); s.Runtime != "browser" {
		t.Errorf("runtime %q", s.Runtime)
	}
}

// while (true) {} runs in the worker: the page keeps drawing frames and
// answering while it records, Stop ends it, and the page works after.
func TestInfiniteLoopLeavesPageResponsive(t *testing.T) {
	tb := newTab(t, "/", 1280, 900)
	tb.eval(`looplab.load('let n = 0;\nwhile (true) { n++; }\n', {runtime: 'node'})`, nil)
	tb.run(chromedp.Click("#run"))
	tb.poll(`document.getElementById('run').textContent === 'Stop'`)
	// 30 animation frames while the engine spins: the main thread is free.
	var elapsed float64
	tb.eval(`new Promise((resolve) => {
		let n = 0; const t0 = performance.now();
		const frame = () => (++n === 30 ? resolve(performance.now() - t0) : requestAnimationFrame(frame));
		requestAnimationFrame(frame);
	})`, &elapsed)
	if elapsed > 3500 { // on the main thread, the loop would hold it for seconds
		t.Errorf("30 frames took %.0f ms while recording", elapsed)
	}
	// The editor still takes input, the controls still answer.
	tb.run(chromedp.Click("#help"))
	tb.poll(`document.getElementById('help-dialog').open`)
	tb.run(chromedp.Click("#help-dialog .close"))
	if s := tb.state(); s.Recording {
		tb.run(chromedp.Click("#run")) // Stop
		tb.poll(`document.getElementById('run').textContent === 'Run' && !document.getElementById('notice').hidden`)
	} else {
		// A fast machine: the step budget ended the loop first.
		if status := tb.text("#engine-status"); !strings.Contains(status, "step budget") {
			t.Errorf("the loop ended without the step budget: %q", status)
		}
	}
	var r runResult
	tb.eval(`looplab.load('console.log("alive")').then(() => looplab.runToEnd())`, &r)
	if strings.Join(r.Console, "|") != "alive" {
		t.Errorf("after Stop: %+v", r)
	}
}
