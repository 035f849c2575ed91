package engine

import (
	"container/heap"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"

	"looplab/engine/internal/js_ast"
)

// maxStackDepth is where runaway recursion stops with
// "RangeError: Maximum call stack size exceeded" (V8 stops simple recursion
// at about 11,000 frames with Node's default stack).
const maxStackDepth = 10000

// run is one execution of one program: the JavaScript VM, the virtual clock,
// the trace being recorded and what both runtimes share (the call stack, the
// microtask queue, background events). The runtimes (node.go, browser.go)
// build their loops on it.
//
// A run is used by a single goroutine, as goja's Runtime is.
type run struct {
	vm   *goja.Runtime
	t    *Trace
	prog *program
	opts Options

	now     int64        // the virtual clock, ns; moves only in advance and waitUntil
	cur     js_ast.Range // the statement running now
	stack   []liveFrame  // the shadow call stack
	stopped bool         // the budget ran out or the process exited: run no more JavaScript
	stop    stopReason

	stdioOpen    [2]bool // Node created its stdout/stderr stream
	hot          hotLoop // the loop being fast-forwarded, if any
	hiddenFrames int32   // ids of frames not recorded count down from -1
	skipped      int64   // statements fast-forwarded in all hot loops

	micro  deque[microtask] // the microtask queue
	events eventHeap        // background events (I/O completing, workers finishing) by time
	seq    int64

	labels  map[*goja.Object]int32 // function object -> Func index (-1: not the user's)
	fixed   map[*goja.Object]bool  // errors fixError has put in V8's shape
	throwAt map[*goja.Object]int32 // where those were thrown (source offset)

	// How the runtime called the JavaScript running now, for stack traces:
	// via (a callback), microVia (the microtasks of a checkpoint).
	via, microVia *via
	// emitting holds the EventEmitters whose emit is calling listeners
	// (events.js keeps it), outermost first; emitSingleLine is the line of
	// events.js's call of a lone listener.
	thrownAt js_ast.Range // the statement the last uncaught exception escaped from
	lastStmt js_ast.Range // the statement that ran last
	// jsonFailures holds the text of each JSON.parse that failed, by its
	// error: Node shows that text above the error when it is uncaught.
	jsonFailures map[*goja.Object]string
	// internalSites holds, for an error Node's own code throws (assert),
	// the place an uncaught one shows as thrown.
	internalSites map[*goja.Object]string
	rethrown      bool // the uncaught exception was caught and handed on (queueMicrotask)
	// immediateStacks are the stacks not read yet of errors made in the
	// running immediate (stack.go).
	immediateStacks map[*goja.Object]*lazyStack
	emitting        *goja.Object
	emitSingleLine  int
	// promiseExecutorLine is the line of promise.js that calls an executor.
	promiseExecutorLine int

	// onUncaught reports an exception no JavaScript caught; the runtime
	// decides what happens next (Node: 'uncaughtException' or exit 1; the
	// browser: report and go on with the next task).
	onUncaught func(exc *goja.Exception)
	// trackRejection is HostPromiseRejectionTracker for the runtime.
	trackRejection func(p *goja.Object, reject bool)
	// armTimer arms a timer for the prelude's own use (AbortSignal.timeout).
	armTimer func(cb, ms goja.Value) goja.Value

	// The watchdog's view of the run (it runs on another goroutine).
	vmHandle    atomic.Pointer[goja.Runtime]
	wallExpired atomic.Bool

	// lib holds the prelude's exports (promise machinery, inspect).
	lib          lib
	hookValues   []goja.Value // the hooks, in js_instrument.Hooks order
	inspectHost  *goja.Object // the host object inspect.js consults
	eventEmitter *goja.Object
	web          *goja.Object
}

// recoverInternal turns a Go panic inside the engine (a bug) into a
// reported error at the end of the trace, never a crash.
func (r *run) recoverInternal() {
	if v := recover(); v != nil {
		r.stopped = true
		r.report("internal", fmt.Sprintf("looplab internal error: %v", v))
	}
}

type stopReason uint8

const (
	stopNone   stopReason = iota
	stopBudget            // the step budget ran out
	stopExit              // process.exit() or a fatal error
	stopWall              // Options.WallTimeout ran out
)

// interrupt is the value given to goja's Interrupt to unwind JavaScript that
// must not go on.
type interrupt struct{ reason stopReason }

type liveFrame struct {
	frame    int32        // index into Trace.Frames; negative when not recorded (inside a fast-forwarded loop)
	fn       int32        // index into Trace.Funcs
	lastSite int32        // the last site this activation passed, or -1
	at       js_ast.Range // the statement it runs, or the await it resumed at
	resumed  bool         // at is an await
	loops    []loopCount
}

// loopCount counts the iterations of a loop in one activation.
type loopCount struct {
	head int32
	n    int32
}

type microtask struct {
	job int32
	fn  goja.Value
}

// event is something that happens in the background at a virtual time: an
// I/O operation completing, a worker finishing, a timer falling due.
type event struct {
	at   int64
	seq  int64
	fire func()
}

type eventHeap []event

func (h eventHeap) Len() int { return len(h) }
func (h eventHeap) Less(i, j int) bool {
	if h[i].at != h[j].at {
		return h[i].at < h[j].at
	}
	return h[i].seq < h[j].seq
}
func (h eventHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *eventHeap) Push(x any)   { *h = append(*h, x.(event)) }
func (h *eventHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

// at schedules fire to happen at virtual time t (in creation order among
// events at the same time).
func (r *run) at(t int64, fire func()) {
	r.seq++
	heap.Push(&r.events, event{at: t, seq: r.seq, fire: fire})
}

// nextEvent is the time of the next background event, or -1.
func (r *run) nextEvent() int64 {
	if len(r.events) == 0 {
		return -1
	}
	return r.events[0].at
}

// advance moves the clock forward by d while JavaScript runs, firing the
// background events that happen meanwhile, at their own times.
func (r *run) advance(d int64) {
	r.waitUntil(r.now + d)
}

// waitUntil moves the clock to t, firing background events due by then.
func (r *run) waitUntil(t int64) {
	for len(r.events) > 0 && r.events[0].at <= t {
		e := heap.Pop(&r.events).(event)
		if e.at > r.now {
			r.now = e.at
		}
		e.fire()
	}
	if t > r.now {
		r.now = t
	}
}

// ---------------------------------------------------------------- recording

// emit appends a step at the current time and source position, and stops
// the run when the step budget is spent.
func (r *run) emit(s Step) {
	if r.stopped {
		return
	}
	s.Time = r.now
	if s.Src == (js_ast.Range{}) {
		s.Src = r.cur
	}
	if len(r.t.Steps) == cap(r.t.Steps) {
		r.growSteps()
	}
	r.t.Steps = append(r.t.Steps, s)
	if r.budgetUsed() >= r.opts.MaxSteps {
		r.halt(stopBudget)
	}
}

// growSteps doubles the trace's capacity (append grows large slices by a
// quarter at a time, copying a million-step trace many times over), never
// past the budget.
func (r *run) growSteps() {
	n := max(4096, 2*cap(r.t.Steps))
	n = min(n, r.opts.MaxSteps+64)
	if n <= cap(r.t.Steps) {
		n = cap(r.t.Steps) + 4096
	}
	grown := make([]Step, len(r.t.Steps), n)
	copy(grown, r.t.Steps)
	r.t.Steps = grown
}

// halt stops the run: no more JavaScript runs, and JavaScript running now is
// unwound through goja's interrupt, which user code cannot catch.
func (r *run) halt(why stopReason) {
	if r.stopped {
		return
	}
	r.stopped = true
	r.stop = why
	if why == stopBudget {
		r.t.Stopped = true
		if r.hot.active {
			r.t.Steps = append(r.t.Steps, r.hotLoopStep())
		}
		r.t.Steps = append(r.t.Steps, Step{Time: r.now, Kind: KindStopped, Src: r.cur, Ref: -1})
		r.report("stopped", fmt.Sprintf("looplab stopped the program after %d steps (the step budget): it may never finish, e.g. an endless loop, setInterval or microtask chain", r.opts.MaxSteps))
	}
	r.vm.Interrupt(interrupt{why})
}

// newJob adds a job to the trace's table and returns its index.
func (r *run) newJob(j Job) int32 {
	if j.Src == (js_ast.Range{}) {
		j.Src = r.cur
	}
	r.t.Jobs = append(r.t.Jobs, j)
	return int32(len(r.t.Jobs) - 1)
}

func (r *run) emitJob(k Kind, q Queue, job int32) {
	r.emit(Step{Kind: k, Queue: q, Ref: job})
}

// cancelJob records a job removed from an API or a queue without running.
func (r *run) cancelJob(k Kind, q Queue, job int32) {
	r.emit(Step{Kind: k, Queue: q, Ref: job, Flags: FlagCancel})
}

func (r *run) enterPhase(p Phase) {
	r.emit(Step{Kind: KindPhase, Aux: int16(p), Ref: -1})
}

// print records a console line.
func (r *run) print(level Level, text string, stderr bool) {
	if r.stopped {
		return
	}
	r.t.Lines = append(r.t.Lines, Line{Level: level, Text: text, Stderr: stderr})
	r.emit(Step{Kind: KindConsole, Ref: int32(len(r.t.Lines) - 1)})
}

// report records an error message the runtime reports (uncaught exceptions,
// unhandled rejections, the budget).
func (r *run) report(kind, text string) {
	r.t.Messages = append(r.t.Messages, Message{Kind: kind, Text: text})
	if !r.stopped {
		r.emit(Step{Kind: KindError, Ref: int32(len(r.t.Messages) - 1)})
	} else {
		r.t.Steps = append(r.t.Steps, Step{Time: r.now, Kind: KindError, Src: r.cur, Ref: int32(len(r.t.Messages) - 1)})
	}
}

// ---------------------------------------------------------------- the call stack

// push records a new activation of fn and returns its frame. Inside a
// fast-forwarded loop the frame is not recorded (a negative id).
func (r *run) push(fn int32, src js_ast.Range) int32 {
	var f int32
	if r.hot.active && len(r.stack) >= r.hot.depth {
		r.hiddenFrames--
		f = r.hiddenFrames
	} else {
		r.t.Frames = append(r.t.Frames, Frame{Func: fn})
		f = int32(len(r.t.Frames) - 1)
		r.emit(Step{Kind: KindPush, Ref: f, Src: src})
	}
	r.stack = append(r.stack, liveFrame{frame: f, fn: fn, lastSite: -1})
	return f
}

// pop removes frame f and any frames above it.
func (r *run) pop(f int32) {
	for i := len(r.stack) - 1; i >= 0; i-- {
		if r.stack[i].frame == f {
			if r.hot.active && i < r.hot.depth {
				r.endHotLoop()
			}
			r.stack = r.stack[:i]
			if f >= 0 {
				r.emit(Step{Kind: KindPop, Ref: f})
			}
			if i == 0 {
				r.cur = js_ast.Range{}
			}
			return
		}
	}
}

// onStack reports whether frame f is on the live stack.
func (r *run) onStack(f int32) bool {
	for i := len(r.stack) - 1; i >= 0; i-- {
		if r.stack[i].frame == f {
			return true
		}
	}
	return false
}

// unwindTo pops every frame above depth n (after an exception escaped the
// frames that should have popped themselves).
func (r *run) unwindTo(n int) {
	if len(r.stack) > n {
		r.pop(r.stack[n].frame)
	}
}

// ---------------------------------------------------------------- calling JavaScript

// call runs a JavaScript callback for the runtime. It returns the exception
// the callback threw, if any; the runtime decides whether it is uncaught.
func (r *run) call(fn goja.Value, this goja.Value, args ...goja.Value) (goja.Value, *goja.Exception) {
	if r.stopped {
		return goja.Undefined(), nil
	}
	f, ok := goja.AssertFunction(fn)
	if !ok {
		return goja.Undefined(), nil
	}
	r.advance(costCallback)
	depth := len(r.stack)
	v, err := f(this, args...)
	if err != nil {
		r.noteThrow()
	}
	r.unwindTo(depth)
	if err == nil {
		return v, nil
	}
	exc := r.classify(err)
	if exc != nil {
		r.fixError(exc.Value()) // while r.via still says who called
	}
	return nil, exc
}

// noteThrow remembers the statement an exception escaped from, before its
// frames are unwound: V8 points at a throw statement there.
func (r *run) noteThrow() {
	r.thrownAt = r.lastStmt
}

// classify turns a goja error into the JavaScript exception it stands for,
// or nil when the run was stopped (the budget, process.exit).
func (r *run) classify(err error) *goja.Exception {
	var exc *goja.Exception
	if errors.As(err, &exc) {
		return exc
	}
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		if r.wallExpired.Load() && !r.stopped {
			r.stopped = true
			r.t.Stopped = true
			r.report("stopped", "looplab stopped the program: it ran too long in real time without reaching a step (a regular expression that backtracks without end, or a huge built-in operation)")
		}
		return nil
	}
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		// goja's own limit (native recursion that our hooks do not see).
		v := r.newError("RangeError", "Maximum call stack size exceeded")
		return exceptionOf(r.vm, v)
	}
	// Anything else is a bug in the engine: say so instead of crashing.
	v := r.newError("Error", "looplab internal error: "+err.Error())
	return exceptionOf(r.vm, v)
}

// exceptionOf wraps a value as a goja exception by throwing and catching it.
func exceptionOf(vm *goja.Runtime, v goja.Value) *goja.Exception {
	thrower, _ := goja.AssertFunction(vm.ToValue(func(goja.FunctionCall) goja.Value { panic(v) }))
	_, err := thrower(goja.Undefined())
	var exc *goja.Exception
	errors.As(err, &exc)
	return exc
}

func (r *run) newError(ctor, msg string) goja.Value {
	c := r.vm.Get(ctor)
	o, err := r.vm.New(c, r.vm.ToValue(msg))
	if err != nil {
		return r.vm.ToValue(msg)
	}
	return o
}

// throwError throws a JavaScript error from a host function.
func (r *run) throwError(ctor, msg string) {
	panic(r.newError(ctor, msg))
}

// ---------------------------------------------------------------- the microtask queue

// enqueueMicrotask appends a job to the microtask queue.
func (r *run) enqueueMicrotask(j Job, fn goja.Value) {
	id := r.newJob(j)
	r.micro.push(microtask{job: id, fn: fn})
	r.emitJob(KindEnqueue, QueueMicrotask, id)
}

// performMicrotaskCheckpoint runs microtasks until the queue is empty,
// including those queued meanwhile (HTML's "perform a microtask checkpoint";
// V8's RunMicrotasks, which Node calls).
func (r *run) performMicrotaskCheckpoint() {
	if r.micro.len() == 0 || r.stopped {
		return
	}
	r.emit(Step{Kind: KindCheckpoint, Aux: 1, Ref: -1})
	for r.micro.len() > 0 && !r.stopped {
		m := r.micro.pop()
		r.emitJob(KindDequeue, QueueMicrotask, m.job)
		v := r.microVia
		if v != nil && r.opts.Runtime != Browser && r.t.Jobs[m.job].Kind == JobMicrotask {
			v = &via{below: append(slices.Clip(queueMicrotaskBelow), v.below...)}
		}
		if _, exc := r.callVia(v, m.fn, goja.Undefined()); exc != nil {
			if r.t.Jobs[m.job].Kind == JobMicrotask {
				// Node's queueMicrotask catches the error and hands it on:
				// V8 then places it where it was made, not where it was thrown.
				r.thrownAt = js_ast.Range{}
				r.rethrown = true
			}
			r.onUncaught(exc)
			r.rethrown = false
		}
	}
	r.emit(Step{Kind: KindCheckpoint, Aux: 0, Ref: -1})
}

// ---------------------------------------------------------------- the VM

func (r *run) newVM() {
	vm := goja.New()
	r.vm = vm
	r.vmHandle.Store(vm)
	vm.SetMaxCallStackSize(4 * maxStackDepth)
	vm.SetTimeSource(func() time.Time { return epoch.Add(time.Duration(r.now)) })
	src := rand.New(rand.NewPCG(r.opts.Seed, 0x6c6f6f706c6162)) // "looplab"
	vm.SetRandSource(src.Float64)
	vm.SetFieldNameMapper(goja.UncapFieldNameMapper())
}

// deque is a FIFO queue that reuses its storage.
type deque[T any] struct {
	items []T
	head  int
}

func (q *deque[T]) len() int { return len(q.items) - q.head }
func (q *deque[T]) push(v T) { q.items = append(q.items, v) }
func (q *deque[T]) pop() T {
	v := q.items[q.head]
	var zero T
	q.items[q.head] = zero
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	}
	return v
}
func (q *deque[T]) peek() T { return q.items[q.head] }
