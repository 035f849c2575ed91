//go:build !js

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"looplab/engine"
)

// traceMain is `looplab trace`: it runs a script and prints what it prints,
// as node (or Chromium's console) would, and exits with its exit code.
func traceMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("trace", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runtime := fs.String("runtime", "node", "node or browser")
	asJSON := fs.Bool("json", false, "print the trace as JSON Lines")
	maxSteps := fs.Int("max-steps", engine.DefaultMaxSteps, "the step budget")
	stats := fs.Bool("stats", false, "print steps, virtual and wall time on stderr")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: looplab trace [--runtime node|browser] [--json] [--max-steps N] [--stats] FILE.js")
		return 2
	}
	if *runtime != "node" && *runtime != "browser" {
		fmt.Fprintf(stderr, "looplab trace: unknown runtime %q (want node or browser)\n", *runtime)
		return 2
	}
	name := fs.Arg(0)
	var src []byte
	var err error
	if name == "-" {
		src, err = io.ReadAll(stdin)
		name = "main.js"
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintln(stderr, "looplab trace:", err)
		return 2
	}
	inputs, err := engine.ParseInputs(string(src))
	if err != nil {
		fmt.Fprintln(stderr, "looplab trace:", err)
		return 2
	}
	engine.SetRecordingGC()
	t, err := engine.Run(string(src), engine.Options{
		Runtime:  engine.Runtime(*runtime),
		Filename: name,
		MaxSteps: *maxSteps,
		Inputs:   inputs,
	})
	var se *engine.SyntaxError
	if errors.As(err, &se) {
		fmt.Fprintf(stderr, "%s:%d:%d: SyntaxError: %s\n", fs.Arg(0), se.Line, se.Column, se.Message)
		return 1
	}
	if err != nil {
		fmt.Fprintln(stderr, "looplab trace:", err)
		return 1
	}
	if *asJSON {
		if err := t.WriteJSONLines(stdout); err != nil {
			fmt.Fprintln(stderr, "looplab trace:", err)
			return 1
		}
	} else {
		for _, l := range t.Lines {
			if l.Stderr {
				io.WriteString(stderr, l.Text)
			} else {
				io.WriteString(stdout, l.Text)
			}
		}
	}
	internal := false
	for _, m := range t.Messages {
		if m.Kind == "internal" { // a bug in looplab, never the snippet's fault
			fmt.Fprintln(stderr, m.Text)
			internal = true
		}
	}
	if t.Stopped {
		fmt.Fprintf(stderr, "looplab: stopped after %d steps (the step budget); raise it with --max-steps\n", *maxSteps)
	}
	if *stats {
		s := t.Stats()
		fmt.Fprintf(stderr, "steps=%d virtual_ms=%s wall_ms=%d\n", s.Steps, s.VirtualMS, s.WallMS)
	}
	if internal {
		return 70
	}
	if t.Stopped {
		return 124
	}
	return t.ExitCode
}
