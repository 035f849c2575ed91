//go:build !js

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// `looplab trace`, through traceMain, as a table: arguments and input in,
// stdout, stderr and exit status out.
func TestTrace(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	order := write("order.js", "setTimeout(() => console.log('timeout'), 0);\nPromise.resolve().then(() => console.log('promise'));\nprocess.nextTick(() => console.log('tick'));\nconsole.log('sync');\nconsole.error('to stderr');\n")
	crash := write("crash.js", "console.log('before');\nsetTimeout(() => { throw new Error('boom'); }, 1);\n")
	syntax := write("syntax.js", "console.log('ok');\nlet x = ;\n")
	endless := write("endless.js", "console.log('start');\nwhile (true) {}\n")
	exitCode := write("exit.js", "process.exitCode = 3;\nconsole.log('bye');\n")
	browser := write("page.js", "const b = document.createElement('button');\nb.addEventListener('click', () => console.log('clicked', {n: 1}));\nb.click();\nsetTimeout(() => console.log('later'), 0);\n")

	cases := []struct {
		name     string
		args     []string
		stdin    string
		stdout   string // exact, unless empty and stdoutRe set
		stdoutRe string
		stderrRe string
		exit     int
	}{
		{name: "node order", args: []string{order}, stdout: "sync\ntick\npromise\ntimeout\n", stderrRe: `^to stderr\n$`},
		{name: "uncaught error", args: []string{crash}, stdout: "before\n", stderrRe: `(?s)/app/crash.js:2\n.*Error: boom\n    at .*Node.js v20.20.2\n$`, exit: 1},
		{name: "syntax error", args: []string{syntax}, stdout: "", stderrRe: `syntax.js:2:9: SyntaxError: Unexpected token ';'\n$`, exit: 1},
		{name: "step budget", args: []string{"--max-steps", "5000", endless}, stdout: "start\n", stderrRe: `stopped after 5000 steps`, exit: 124},
		{name: "exit code", args: []string{exitCode}, stdout: "bye\n", exit: 3},
		{name: "stdin", args: []string{"-"}, stdin: "console.log([1, 2, 3], {a: 'x'})", stdout: "[ 1, 2, 3 ] { a: 'x' }\n"},
		{name: "browser", args: []string{"--runtime", "browser", browser}, stdout: "clicked {n: 1}\nlater\n"},
		{name: "stats", args: []string{"--stats", order}, stdout: "sync\ntick\npromise\ntimeout\n", stderrRe: `(?m)^steps=\d+ virtual_ms=[0-9.]+ wall_ms=\d+$`},
		{name: "unknown runtime", args: []string{"--runtime", "deno", order}, stderrRe: `unknown runtime "deno"`, exit: 2},
		{name: "no file", args: []string{}, stderrRe: `usage: looplab trace`, exit: 2},
		{name: "missing file", args: []string{filepath.Join(dir, "nope.js")}, stderrRe: `no such file`, exit: 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := traceMain(c.args, strings.NewReader(c.stdin), &stdout, &stderr)
			if code != c.exit {
				t.Errorf("exit %d, want %d\nstderr: %s", code, c.exit, stderr.String())
			}
			if stdout.String() != c.stdout {
				t.Errorf("stdout %q, want %q", stdout.String(), c.stdout)
			}
			if c.stderrRe != "" && !regexp.MustCompile(c.stderrRe).MatchString(stderr.String()) {
				t.Errorf("stderr %q does not match %s", stderr.String(), c.stderrRe)
			}
		})
	}

	t.Run("json", func(t *testing.T) {
		var stdout, stderr bytes.Buffer
		if code := traceMain([]string{"--json", order}, nil, &stdout, &stderr); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
		kinds := map[string]bool{}
		for i, l := range lines {
			var step struct {
				I    int     `json:"i"`
				T    float64 `json:"t"`
				Kind string  `json:"kind"`
				Text string  `json:"text"`
			}
			if err := json.Unmarshal([]byte(l), &step); err != nil {
				t.Fatalf("line %d is not JSON: %v: %s", i, err, l)
			}
			if step.I != i || step.Text == "" {
				t.Fatalf("line %d: %s", i, l)
			}
			kinds[step.Kind] = true
		}
		for _, k := range []string{"phase", "push", "statement", "api-start", "enqueue", "dequeue", "console", "checkpoint", "pop", "exit"} {
			if !kinds[k] {
				t.Errorf("no %q step in the JSON trace", k)
			}
		}
		if !strings.Contains(stdout.String(), `"queue":"microtask"`) || !regexp.MustCompile(`"due":1[,.}]`).MatchString(stdout.String()) {
			t.Errorf("JSON lacks queue or due fields")
		}
	})
}
