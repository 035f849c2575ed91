package engine

import (
	"sort"
	"time"

	"github.com/dop251/goja"
)

// The browser runtime: the HTML event loop of a page whose one classic
// script is the last thing in <body>, as Chromium runs it. See doc.go.
//
// Tasks wait in queues by task source and run oldest first; after each
// task, and after each callback the loop itself invokes (an event
// listener of a user event, an animation frame callback), the microtask
// queue is drained. Rendering opportunities come at 60 Hz of virtual time:
// they run the animation frame callbacks registered before the frame
// began, then style, layout and paint, shown as one render step.

// frameInterval is the display's refresh period (60 Hz).
const frameInterval = int64(time.Second) / 60

type browser struct {
	*run

	phase   Phase
	tasks   []*task // queued tasks, in the order they were queued
	seq     int64
	running *task // the task running now

	timers    timerHeap
	timerByID map[int64]*browserTimer
	lastTimer int64

	frames    []*animationFrame // callbacks for the next rendering opportunity
	frameByID map[int64]*animationFrame
	lastFrame int64
	nextFrame int64 // the next rendering opportunity, at a 60 Hz boundary
	dirty     bool  // the DOM changed since the last paint

	inputs []Input // user input still to come, by time

	idle     []*idleCallback // requestIdleCallback callbacks waiting for an idle period
	lastIdle int64

	dom      *goja.Object // dom.js's exports
	document *goja.Object

	rejections browserRejections
	reporting  bool // reporting an exception: one in an error listener is not reported again
}

// task is an HTML task: a callback that runs on its own, from the event loop.
type task struct {
	job       int32
	source    Queue
	seq       int64
	nesting   int // a timer task's timer nesting level
	cancelled bool
	run       func() *goja.Exception
}

type idleCallback struct {
	id        int64
	job       int32
	callback  goja.Value
	deadline  int64 // the timeout option: run by then even if never idle (-1: none)
	cancelled bool
}

type animationFrame struct {
	id        int64
	job       int32
	callback  goja.Value
	cancelled bool
}

func runBrowser(r *run) {
	b := &browser{run: r, timerByID: map[int64]*browserTimer{}, frameByID: map[int64]*animationFrame{}}
	b.rejections.init()
	r.onUncaught = b.reportException
	r.trackRejection = b.rejections.track
	r.setup()
	b.install()
	b.main()
}

// main runs the page: the script is the first task; the parser then
// finishes (DOMContentLoaded) and the page loads (load); then the event loop
// runs until nothing is left to happen.
func (b *browser) main() {
	b.setPhase(PhaseScript)
	b.runScript()
	b.checkpoint()
	b.queueDocumentLoad()
	b.inputs = append(b.inputs, b.opts.Inputs...)
	sort.SliceStable(b.inputs, func(i, j int) bool { return b.inputs[i].At < b.inputs[j].At })
	b.eventLoop()
	if !b.stopped {
		b.t.targets = b.findTargets()
		b.emit(Step{Kind: KindExit, Ref: -1})
	}
}

// eventLoop is HTML's event loop processing model: take the oldest runnable
// task and run it, perform a microtask checkpoint, update the rendering when
// a frame is due; wait when there is nothing to do.
func (b *browser) eventLoop() {
	for !b.stopped {
		b.queueDueWork()
		ran := false
		if t := b.oldestTask(); t != nil {
			b.runTask(t)
			ran = true
		}
		if b.stopped {
			return
		}
		if b.renderingOpportunity() {
			b.updateTheRendering()
			ran = true
		}
		if ran {
			continue
		}
		if b.runIdleCallbacks() {
			continue
		}
		next := b.nextWake()
		if next < 0 {
			return
		}
		if b.phase != PhaseIdle {
			b.setPhase(PhaseIdle)
		}
		b.waitUntil(next)
	}
}

func (b *browser) setPhase(p Phase) {
	b.phase = p
	b.enterPhase(p)
}

// queueTask queues a task on a task source.
func (b *browser) queueTask(source Queue, j Job, run func() *goja.Exception) *task {
	b.seq++
	t := &task{job: b.newJob(j), source: source, seq: b.seq, run: run}
	b.tasks = append(b.tasks, t)
	b.emitJob(KindEnqueue, source, t.job)
	return t
}

func (b *browser) oldestTask() *task {
	for len(b.tasks) > 0 {
		t := b.tasks[0]
		b.tasks = b.tasks[1:]
		if !t.cancelled {
			return t
		}
	}
	return nil
}

// runTask runs one task, then performs a microtask checkpoint.
func (b *browser) runTask(t *task) {
	b.setPhase(PhaseTask)
	b.emitJob(KindDequeue, t.source, t.job)
	b.running = t
	exc := t.run()
	b.running = nil
	if exc != nil {
		b.reportException(exc)
	}
	b.checkpoint()
}

// checkpoint performs a microtask checkpoint, then notifies about rejected
// promises (HTML: at the end of the checkpoint).
func (b *browser) checkpoint() {
	b.performMicrotaskCheckpoint()
	b.notifyRejectedPromises()
}

// afterListener is HTML's "clean up after running script" for a callback
// the DOM invoked: if no script is on the stack (the loop itself called it),
// perform a microtask checkpoint — so microtasks run between the listeners
// of a user's click, and not between those of element.click().
func (b *browser) afterListener() {
	if len(b.stack) == 0 {
		b.checkpoint()
	}
}

// queueDueWork turns timers that fell due into timer tasks and user input
// whose time has come into user interaction tasks.
func (b *browser) queueDueWork() {
	for len(b.timers) > 0 && b.timers[0].due <= b.now {
		t := popTimer(&b.timers)
		b.queueTimerTask(t)
	}
	for len(b.inputs) > 0 && b.inputs[0].At <= b.now {
		in := b.inputs[0]
		b.inputs = b.inputs[1:]
		b.queueInput(in)
	}
}

// renderingOpportunity: a frame is due and there is something to render
// (animation frame callbacks, or DOM changes to paint).
func (b *browser) renderingOpportunity() bool {
	return b.now >= b.nextFrame && (len(b.frames) > 0 || b.dirty)
}

// updateTheRendering runs the animation frame callbacks registered before
// this frame began (those they register wait for the next), each followed
// by a microtask checkpoint, then style, layout and paint.
func (b *browser) updateTheRendering() {
	b.setPhase(PhaseRendering)
	frameTime := b.vm.ToValue(float64(b.now+perfOrigin) / 1e6)
	callbacks := b.frames
	b.frames = nil
	for _, f := range callbacks {
		if f.cancelled || b.stopped {
			continue
		}
		delete(b.frameByID, f.id)
		b.emitJob(KindDequeue, QueueAnimationFrame, f.job)
		if _, exc := b.call(f.callback, b.vm.GlobalObject(), frameTime); exc != nil {
			b.reportException(exc)
		}
		b.checkpoint()
	}
	b.emit(Step{Kind: KindRender, Ref: -1})
	b.dirty = false
	b.nextFrame = (b.now/frameInterval + 1) * frameInterval
}

// runIdleCallbacks runs the requestIdleCallback callbacks in an idle
// period: nothing to run, no frame due. Each is its own task, with a
// deadline of at most 50 ms (less when a timer or a frame comes sooner).
// It reports whether any ran.
func (b *browser) runIdleCallbacks() bool {
	if len(b.idle) == 0 {
		return false
	}
	end := b.now + 50*int64(time.Millisecond)
	if len(b.timers) > 0 {
		end = min(end, b.timers[0].due)
	}
	if len(b.frames) > 0 || b.dirty {
		end = min(end, b.nextFrame)
	}
	callbacks := b.idle
	b.idle = nil
	ran := false
	for i, c := range callbacks {
		if c.cancelled {
			continue
		}
		if b.stopped || b.now >= end && ran {
			b.idle = append(callbacks[i:], b.idle...)
			break
		}
		ran = true
		b.setPhase(PhaseTask)
		b.emitJob(KindDequeue, QueueIdle, c.job)
		deadline := b.idleDeadline(end, false)
		if _, exc := b.call(c.callback, b.vm.GlobalObject(), deadline); exc != nil {
			b.reportException(exc)
		}
		b.checkpoint()
	}
	return ran
}

// idleDeadline is the IdleDeadline object an idle callback receives.
func (b *browser) idleDeadline(end int64, timedOut bool) goja.Value {
	d := b.vm.NewObject()
	defineMethod(b.vm, d, "timeRemaining", 0, func(goja.FunctionCall) goja.Value {
		return b.vm.ToValue(float64(max(0, end-b.now)) / 1e6)
	})
	d.Set("didTimeout", timedOut)
	return d
}

func (b *browser) requestIdleCallback(call goja.FunctionCall) goja.Value {
	cb := call.Argument(0)
	if _, ok := goja.AssertFunction(cb); !ok {
		b.throwError("TypeError", "Failed to execute 'requestIdleCallback' on 'Window': The callback provided as parameter 1 is not a function.")
	}
	b.lastIdle++
	c := &idleCallback{id: b.lastIdle, callback: cb, deadline: -1}
	if o, ok := call.Argument(1).(*goja.Object); ok {
		if t := o.Get("timeout"); t != nil && t.ToFloat() > 0 {
			c.deadline = b.now + int64(t.ToFloat()*float64(time.Millisecond))
		}
	}
	c.job = b.newJob(Job{Kind: JobIdle, API: "requestIdleCallback", Label: b.funcLabel(cb)})
	b.idle = append(b.idle, c)
	b.emitJob(KindEnqueue, QueueIdle, c.job)
	return b.vm.ToValue(c.id)
}

func (b *browser) cancelIdleCallback(call goja.FunctionCall) goja.Value {
	id := call.Argument(0).ToInteger()
	for i, c := range b.idle {
		if c.id == id {
			c.cancelled = true
			b.idle = append(b.idle[:i], b.idle[i+1:]...)
			b.cancelJob(KindDequeue, QueueIdle, c.job)
			break
		}
	}
	return goja.Undefined()
}

// nextWake is when something can next happen, or -1 when nothing will.
func (b *browser) nextWake() int64 {
	next := int64(-1)
	consider := func(t int64) {
		if t >= 0 && (next < 0 || t < next) {
			next = t
		}
	}
	if len(b.timers) > 0 {
		consider(b.timers[0].due)
	}
	if len(b.inputs) > 0 {
		consider(b.inputs[0].At)
	}
	if len(b.frames) > 0 || b.dirty {
		consider(b.nextFrame)
	}
	consider(b.nextEvent())
	if next >= 0 && next < b.now {
		next = b.now
	}
	return next
}

// ---------------------------------------------------------------- requestAnimationFrame

func (b *browser) requestAnimationFrame(call goja.FunctionCall) goja.Value {
	cb := call.Argument(0)
	if _, ok := goja.AssertFunction(cb); !ok {
		b.throwError("TypeError", "Failed to execute 'requestAnimationFrame' on 'Window': The callback provided as parameter 1 is not a function.")
	}
	b.lastFrame++
	f := &animationFrame{id: b.lastFrame, callback: cb}
	f.job = b.newJob(Job{Kind: JobAnimationFrame, API: "requestAnimationFrame", Label: b.funcLabel(cb)})
	b.frames = append(b.frames, f)
	b.frameByID[f.id] = f
	b.emitJob(KindEnqueue, QueueAnimationFrame, f.job)
	return b.vm.ToValue(f.id)
}

func (b *browser) cancelAnimationFrame(call goja.FunctionCall) goja.Value {
	// The callback may wait for the next frame or be later in the list of
	// the frame running now.
	f := b.frameByID[call.Argument(0).ToInteger()]
	if f == nil || f.cancelled {
		return goja.Undefined()
	}
	f.cancelled = true
	delete(b.frameByID, f.id)
	for i, g := range b.frames {
		if g == f {
			b.frames = append(b.frames[:i], b.frames[i+1:]...)
			break
		}
	}
	b.cancelJob(KindDequeue, QueueAnimationFrame, f.job)
	return goja.Undefined()
}
