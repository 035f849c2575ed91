//go:build !js

package main

import (
	"os"
	"path/filepath"
	"testing"

	"looplab/engine"
)

// TestScreenshots writes the README's pictures of the page:
//
//	go test -run TestScreenshots -screenshots .
func TestScreenshots(t *testing.T) {
	if !*screenshots {
		t.Skip("writes docs/*.png with -screenshots")
	}
	if err := os.MkdirAll("docs", 0o755); err != nil {
		t.Fatal(err)
	}
	examples, err := readExamples("examples")
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string]example{}
	for _, e := range examples {
		byFile[e.File] = e
	}
	// shoot opens an example at its most telling step (the one with the
	// most going on: frames, queued jobs, APIs, busy workers) and saves
	// the view.
	shoot := func(file string, width, height int64, out string) {
		e, ok := byFile[file]
		if !ok {
			t.Errorf("no example %s", file)
			return
		}
		inputs, _ := engine.ParseInputs(e.Code)
		tr, err := engine.Run(e.Code, engine.Options{Runtime: engine.Runtime(e.Runtime), Filename: e.File, Inputs: inputs})
		if err != nil {
			t.Fatal(err)
		}
		best, bestScore := 0, -1
		for i := range tr.Steps {
			v := tr.View(i)
			score := 3*len(v.Stack) + 2*len(v.APIs) + min(v.ConsoleTotal, 3)
			for _, q := range v.Queues {
				score += 2 * len(q.Jobs)
			}
			for _, w := range v.Workers {
				if w != nil {
					score += 4
				}
			}
			if score > bestScore && len(v.Stack) > 0 && v.Span != nil {
				best, bestScore = i, score
			}
		}
		tb := newTab(t, "/", width, height)
		tb.eval(`looplab.load(`+jsString(e.Code)+`, {runtime: `+jsString(e.Runtime)+`, filename: `+jsString(e.File)+`}).then(() => looplab.seek(`+itoa(best)+`))`, nil)
		tb.eval(`new Promise((r) => setTimeout(r, 400))`, nil) // let the entry animations finish
		tb.screenshot(filepath.Join("docs", out))
	}
	shoot("07-threadpool-pbkdf2.js", 1280, 860, "node-run.png")
	shoot("21-browser-real-click-vs-click.js", 1280, 860, "browser-run.png")
	shoot("03-nexttick-promise-timeout-immediate.js", 375, 812, "mobile.png")
}
