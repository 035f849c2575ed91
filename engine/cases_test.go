package engine

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The ordering cases: every .js file with a .node.out (or .browser.out)
// recorded beside it from the real runtime by tools/record must print
// exactly that, and exit with the recorded code (.node.exit, default 0).
//
//	engine/testdata/node/*.js      looplab's own cases
//	engine/testdata/browser/*.js
//	../shared/conformance/*.js     the public set (skipped when absent)

const conformanceDir = "../../shared/conformance"

func TestNodeCases(t *testing.T) {
	runCases(t, Node, "testdata/node")
}

func TestConformanceNode(t *testing.T) {
	if _, err := os.Stat(conformanceDir); err != nil {
		t.Skip("no ../shared/conformance here")
	}
	runCases(t, Node, conformanceDir)
}

func runCases(t *testing.T, rt Runtime, dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.js"))
	ran := 0
	for _, file := range files {
		base := strings.TrimSuffix(file, ".js")
		want, err := os.ReadFile(base + "." + string(rt) + ".out")
		if err != nil {
			continue
		}
		ran++
		t.Run(filepath.Base(base), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			wantExit := 0
			if b, err := os.ReadFile(base + "." + string(rt) + ".exit"); err == nil {
				wantExit, _ = strconv.Atoi(strings.TrimSpace(string(b)))
			}
			inputs, err := ParseInputs(string(src))
			if err != nil {
				t.Fatal(err)
			}
			tr, err := Run(string(src), Options{Runtime: rt, Filename: filepath.Base(file), Inputs: inputs})
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if got := tr.Stdout(); got != string(want) {
				t.Errorf("output differs from the real runtime\n--- got\n%s--- want\n%s--- stderr\n%s", got, want, tr.Stderr())
			}
			if tr.ExitCode != wantExit {
				t.Errorf("exit code %d, want %d\nstderr:\n%s", tr.ExitCode, wantExit, tr.Stderr())
			}
			if tr.Stopped {
				t.Errorf("stopped by the step budget")
			}
			if wantExit == 0 {
				assertDrained(t, tr)
			}
		})
	}
	if ran == 0 {
		t.Fatalf("no cases with recorded %s output in %s", rt, dir)
	}
}

// assertDrained checks that a run that ended normally left the call stack
// and every queue empty.
func assertDrained(t *testing.T, tr *Trace) {
	t.Helper()
	s := tr.StateAt(len(tr.Steps) - 1)
	if len(s.Stack) != 0 {
		t.Errorf("the call stack is not empty at the end: %d frames", len(s.Stack))
	}
	for q, jobs := range s.Queues {
		if len(jobs) != 0 {
			t.Errorf("the %s queue is not empty at the end: %d jobs", Queue(q), len(jobs))
		}
	}
}

func TestBrowserCases(t *testing.T) {
	runCases(t, Browser, "testdata/browser")
}

// Node cases tagged "both" have Chromium's output recorded too.
func TestBothCasesInBrowser(t *testing.T) {
	runCases(t, Browser, "testdata/node")
}

func TestConformanceBrowser(t *testing.T) {
	if _, err := os.Stat(conformanceDir); err != nil {
		t.Skip("no ../shared/conformance here")
	}
	runCases(t, Browser, conformanceDir)
}
