package engine

import "looplab/engine/internal/js_ast"

// Kind says what a Step records. Every kind is a delta on State: applying
// the steps of a trace in order to an empty State gives the state at any
// step (see State.apply).
type Kind uint8

const (
	KindStatement   Kind = iota // a statement (or loop test) is about to run; Src is its range
	KindPush                    // a function's frame was pushed; Ref is the Frame
	KindPop                     // a frame was popped (with any frames above it); Ref is the Frame
	KindAPIStart                // a callback was handed to an API (timer armed, I/O started); Ref is the Job
	KindAPIDone                 // an API finished with a job (it is queued next, or was cancelled); Ref is the Job
	KindEnqueue                 // a job entered Queue; Ref is the Job
	KindDequeue                 // a job left Queue to run (or was removed); Ref is the Job
	KindWorkerStart             // a thread-pool worker picked up a job; Ref is the Job, Aux the worker
	KindWorkerDone              // a thread-pool worker finished a job; Ref is the Job, Aux the worker
	KindPhase                   // the event loop entered Phase(Aux)
	KindCheckpoint              // a microtask checkpoint began (Aux 1) or ended (Aux 0)
	KindConsole                 // a console line was written; Ref is the Line
	KindError                   // an error was reported (uncaught exception, unhandled rejection); Ref is the Message
	KindRender                  // the browser updated the rendering (style, layout, paint)
	KindExit                    // the program ended; Aux is the exit code
	KindStopped                 // the step budget ran out; the run was stopped here
	KindLoop                    // a loop ran many iterations, fast-forwarded; Ref is the LoopRun
	numKinds
)

var kindNames = [...]string{
	KindStatement:   "statement",
	KindPush:        "push",
	KindPop:         "pop",
	KindAPIStart:    "api-start",
	KindAPIDone:     "api-done",
	KindEnqueue:     "enqueue",
	KindDequeue:     "dequeue",
	KindWorkerStart: "worker-start",
	KindWorkerDone:  "worker-done",
	KindPhase:       "phase",
	KindCheckpoint:  "checkpoint",
	KindConsole:     "console",
	KindError:       "error",
	KindRender:      "render",
	KindExit:        "exit",
	KindStopped:     "stopped",
	KindLoop:        "loop",
}

func (k Kind) String() string { return kindNames[k] }

// Flag marks a step with something the page should say about it.
type Flag uint8

const (
	// FlagRace marks an ordering that real Node.js does not guarantee (a
	// top-level setTimeout(f, 0) against setImmediate): looplab picked one.
	FlagRace Flag = 1 << iota
	// FlagCancel marks a job leaving an API or a queue because it was
	// cancelled (clearTimeout, clearImmediate...), not because it ran.
	FlagCancel
)

// Step is one entry of a trace. It is small and fixed-size so that a
// million-step run stays compact; its sentence and source position are
// derived on demand (Trace.Describe, Trace.Position).
type Step struct {
	Time  int64        // virtual time in nanoseconds
	Src   js_ast.Range // source range, {0,0} when none
	Ref   int32        // index into the table named by Kind (-1 when unused)
	Kind  Kind
	Queue Queue // the queue of an enqueue/dequeue
	Aux   int16 // phase, worker index, exit code, checkpoint begin/end
	Flags Flag
}

// Frame is one activation of a function: every call, and every resumption
// of a generator or async function, pushes a new Frame.
type Frame struct {
	Func int32 // index into Trace.Funcs
}

// Func is a function of the user's program, as the instrumenter found it.
type Func struct {
	Name string       // "tick", "Counter.increment", "(anonymous)"
	Src  js_ast.Range // the whole function
	Kind string       // "function", "arrow", "method", "async", "generator", "async generator", "class", "script"
}

// JobKind says what a job is, for labels and sentences.
type JobKind uint8

const (
	JobTimeout JobKind = iota
	JobInterval
	JobImmediate
	JobNextTick
	JobMicrotask  // queueMicrotask
	JobReaction   // a promise reaction: a then/catch/finally callback
	JobAwait      // an async function resuming after await
	JobThenable   // NewPromiseResolveThenableJob: calling a thenable's then
	JobIO         // an I/O completion (fs, network)
	JobThreadPool // work on libuv's thread pool (crypto, fs)
	JobClose      // a close callback
	JobTask       // a browser task (posted message, event, fetch...)
	JobAnimationFrame
	JobMutation // a MutationObserver notification
	JobIdle     // a requestIdleCallback callback
	JobScript   // the main script itself
)

var jobKindNames = [...]string{
	JobTimeout:        "timeout",
	JobInterval:       "interval",
	JobImmediate:      "immediate",
	JobNextTick:       "nextTick",
	JobMicrotask:      "microtask",
	JobReaction:       "reaction",
	JobAwait:          "await",
	JobThenable:       "thenable",
	JobIO:             "io",
	JobThreadPool:     "threadpool",
	JobClose:          "close",
	JobTask:           "task",
	JobAnimationFrame: "animation-frame",
	JobMutation:       "mutation",
	JobIdle:           "idle",
	JobScript:         "script",
}

func (k JobKind) String() string { return jobKindNames[k] }

// Job is a callback on its way through the runtime: handed to an API, queued,
// run. Its Label names the callback as the page shows it.
type Job struct {
	Kind  JobKind
	API   string       // the API that took it: "setTimeout", "fs.readFile", "then", ...
	Label string       // the callback: "tick", "() => console.log('a')", "resume main"
	Src   js_ast.Range // where the callback was handed over
	Due   int64        // timers: virtual time it falls due (ns); I/O: when it completes
	Delay int64        // timers: the delay asked for (ns), after Node's/the browser's clamping
}

// Level is a console method's level.
type Level uint8

const (
	LevelLog Level = iota
	LevelInfo
	LevelDebug
	LevelWarn
	LevelError
)

var levelNames = [...]string{"log", "info", "debug", "warn", "error"}

func (l Level) String() string { return levelNames[l] }

// Stderr reports whether Node writes this level to standard error.
func (l Level) Stderr() bool { return l >= LevelWarn }

// Line is one console line (possibly several text lines, as one call wrote it).
type Line struct {
	Level Level
	Text  string
	// Stderr is true when Node writes it to standard error (warn, error,
	// uncaught exceptions); the browser console has one stream.
	Stderr bool
}

// Message is an error the runtime reported.
type Message struct {
	Kind string // "uncaught", "unhandled-rejection", "stopped", "syntax"
	Text string // as the runtime prints it
}
