package engine

import (
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"looplab/engine/internal/js_ast"
)

// Runtime names the event loop a program runs on.
type Runtime string

const (
	Node    Runtime = "node"
	Browser Runtime = "browser"
)

// A program that records traces (the CLI, the page's worker) should tune
// the collector with SetRecordingGC: recording allocates fast and keeps
// little, so with the default GOGC of 100 it spends a third of its time
// collecting garbage.
const (
	// RecordingGC is the GOGC while recording: the heap may grow to five
	// times what is live before a collection...
	RecordingGC = 400
	// ...but no further than RecordingMemoryLimit (a soft limit, see
	// debug.SetMemoryLimit), so a 1,000,000-step run still peaks near
	// 200 MB (see BENCHMARKS.md).
	RecordingMemoryLimit = 200 << 20
)

// SetRecordingGC sets RecordingGC and RecordingMemoryLimit for the whole
// program.
func SetRecordingGC() {
	debug.SetGCPercent(RecordingGC)
	debug.SetMemoryLimit(RecordingMemoryLimit)
}

// DefaultMaxSteps is the step budget when Options.MaxSteps is 0.
const DefaultMaxSteps = 1_000_000

// Options configure a run.
type Options struct {
	Runtime  Runtime // Node (the default) or Browser
	Filename string  // the script's name, "main.js" by default
	MaxSteps int     // the step budget; DefaultMaxSteps when 0
	Seed     uint64  // seeds Math.random and crypto.randomBytes
	Inputs   []Input // user input delivered to a browser run
	// WallTimeout, when set, stops a run that takes longer in real time (a
	// safety net for native code that never reaches a hook: a regular
	// expression that backtracks forever, a billion-element array). The step
	// budget, which is deterministic, is what normally stops runs. It has no
	// effect in WebAssembly, where the page terminates the worker instead.
	WallTimeout time.Duration

	// modern keeps built-ins newer than Node 20 (Promise.withResolvers...)
	// in a Node run, and script runs it as a global script rather than a
	// CommonJS module: the test262 suite needs both.
	modern, script bool
}

// Input is something the user does to the page of a browser run, from
// outside the script: a click on an element or a key press, at a virtual
// time after the script started.
type Input struct {
	Kind   string // "click" or "key"
	Target string // a CSS selector: "#id", ".class" or a tag name
	Key    string // for "key": the key, e.g. "Enter" or "a"
	At     int64  // virtual time, ns
}

// SyntaxError is a program that does not parse. Line and Column are 1-based;
// Column counts UTF-16 code units, as editors do.
type SyntaxError struct {
	Message      string
	Line, Column int
	Offset       int
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%d:%d: SyntaxError: %s", e.Line, e.Column, e.Message)
}

// Trace is the record of one run: an append-only list of steps plus the
// tables they refer to. The state at any step is derived (StateAt).
type Trace struct {
	Runtime  Runtime
	Source   *js_ast.Source
	Steps    []Step
	Frames   []Frame
	Funcs    []Func
	Jobs     []Job
	Lines    []Line
	Messages []Message
	Loops    []LoopRun
	targets  []Target
	ExitCode int
	Stopped  bool // the step budget ran out
	Wall     time.Duration

	index index
}

var utcOnce sync.Once

// Run compiles src and runs it to the end (or to the step budget). A program
// that does not parse returns a *SyntaxError and no trace; everything else,
// uncaught exceptions included, is part of the trace.
func Run(src string, opts Options) (*Trace, error) {
	if opts.Runtime == "" {
		opts.Runtime = Node
	}
	if opts.Filename == "" {
		opts.Filename = "main.js"
	}
	if opts.MaxSteps <= 0 {
		opts.MaxSteps = DefaultMaxSteps
	}
	// Dates print in the virtual machine's time zone, UTC, on every host.
	utcOnce.Do(func() { time.Local = time.UTC })

	// Source text is Unicode: bytes that are not UTF-8 read as U+FFFD, as
	// Node's decoder reads them.
	src = strings.ToValidUTF8(src, "\uFFFD")
	start := time.Now()
	p, err := compile(opts.Filename, src, opts.Runtime == Node && !opts.script)
	if err != nil {
		return nil, err
	}
	t := &Trace{Runtime: opts.Runtime, Source: p.source, Funcs: p.funcs}
	r := &run{t: t, prog: p, opts: opts, labels: map[*goja.Object]int32{}}
	if opts.WallTimeout > 0 {
		stopWatch := watchdog(r, opts.WallTimeout)
		defer stopWatch()
	}
	func() {
		defer r.recoverInternal()
		switch opts.Runtime {
		case Browser:
			runBrowser(r)
		default:
			runNode(r)
		}
	}()
	t.Wall = time.Since(start)
	return t, nil
}

// Stats summarizes a run: `looplab trace --stats`.
type Stats struct {
	Steps     int
	VirtualMS string
	WallMS    int64
}

func (t *Trace) Stats() Stats {
	var last int64
	if n := len(t.Steps); n > 0 {
		last = t.Steps[n-1].Time
	}
	return Stats{Steps: len(t.Steps), VirtualMS: ftoa3(float64(last) / 1e6), WallMS: t.Wall.Milliseconds()}
}
