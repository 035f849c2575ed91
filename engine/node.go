package engine

import (
	"github.com/dop251/goja"
)

// node is the Node.js runtime: libuv's loop (uv_run) and Node's own queues
// (nextTick, immediates, timer lists) on top of a run. See doc.go for the
// loop, step by step.
type node struct {
	*run

	phase    Phase
	loopTime int64 // libuv's cached "now" (uv_now), set by updateTime

	timers     nodeTimers
	immediates []*immediate // queued for the next check phase
	ticks      deque[tick]
	pool       threadPool
	poll       deque[completion] // completed I/O waiting for the poll phase
	closing    deque[completion] // close callbacks
	pending    deque[completion] // I/O callbacks deferred to the next iteration
	requests   int               // active requests (I/O in flight): they keep the loop alive
	handles    int               // active ref'd handles (servers, sockets)

	process        *goja.Object
	nodeLib        *goja.Object // node.js's exports
	require        goja.Value
	listenerCount  goja.Callable // process.listenerCount
	timeoutProto   *goja.Object
	immediateProto *goja.Object
	immediateByObj map[*goja.Object]*immediate
	commonHostObj  *goja.Object
	timersList     *goja.Object // what a Timeout's _idlePrev/_idleNext show: [TimersList]
	symbols        struct{ refed, hasPrimitive, asyncID, triggerID *goja.Symbol }
	buffer         *goja.Object // Buffer
	files          *vfs
	net            netState

	rejections rejectionTracker
	exiting    bool // 'exit' is being emitted: no more ticks or callbacks
	iteration  int
	raced      bool // the top-level setTimeout/setImmediate race was flagged
}

type tick struct {
	job      int32
	callback goja.Value
	args     []goja.Value
}

type immediate struct {
	job       int32
	obj       *goja.Object
	callback  goja.Value
	args      []goja.Value
	refed     bool
	destroyed bool
	fromMain  bool
}

// completion is a callback the loop runs for finished work (I/O, thread
// pool, network, close): fire runs the JavaScript side.
type completion struct {
	job  int32
	fire func() *goja.Exception
}

func runNode(r *run) {
	n := &node{run: r}
	// Async ids count from 2, as in Node (1 is the main module).
	n.timers = nodeTimers{lists: map[int64]*timerList{}, byObj: map[*goja.Object]*nodeTimer{}, byID: map[int64]*nodeTimer{}, asyncID: 1}
	n.rejections.init()
	r.onUncaught = n.uncaught
	r.trackRejection = n.rejections.track
	r.setup()
	n.installGlobals()
	n.main()
}

// main is Node's process lifetime: the main module, then the event loop
// until nothing keeps it alive (with 'beforeExit' reviving it when a
// listener schedules more work), then 'exit'.
func (n *node) main() {
	n.setPhase(PhaseScript)
	n.runMainModule()
	if !n.stopped {
		n.processTicksAndRejections(fromNative)
	}
	n.advance(costLoopStart)
	for !n.stopped {
		n.uvRun()
		if n.stopped {
			break
		}
		if n.alive() {
			continue
		}
		n.emitBeforeExit()
		if !n.alive() {
			break
		}
	}
	n.exit(n.exitCodeValue())
}

// uvRun is libuv's uv_run(loop, UV_RUN_DEFAULT): one line per phase.
func (n *node) uvRun() {
	for n.alive() && !n.stopped {
		n.iteration++
		n.updateTime()
		n.runTimers()
		n.runPending()
		n.runIdlePrepare()
		n.runPoll(n.pollTimeout())
		n.runCheck()
		n.runClosing()
	}
}

func (n *node) setPhase(p Phase) {
	n.phase = p
	n.enterPhase(p)
}

// alive is uv__loop_alive: ref'd handles (the timers handle while a ref'd
// timer exists, the check handle while a ref'd immediate is queued, servers),
// active requests, or closing handles.
func (n *node) alive() bool {
	return n.timers.refCount > 0 || n.refedImmediates() > 0 || n.requests > 0 || n.handles > 0 ||
		n.closing.len() > 0 || n.pending.len() > 0 || n.poll.len() > 0
}

// updateTime is uv__update_time: libuv caches "now" once per iteration.
func (n *node) updateTime() {
	n.loopTime = n.now
}

// pollTimeout is uv_backend_timeout: how long the poll phase may block.
// Zero when there is something to do right away (immediates, closing
// handles, pending callbacks); until the next timer otherwise; forever (-1)
// when only I/O can wake the loop.
func (n *node) pollTimeout() int64 {
	if n.stopped || n.refedImmediates() > 0 || len(n.immediates) > 0 || n.closing.len() > 0 || n.pending.len() > 0 {
		return 0
	}
	if next := n.timers.nextExpiry(); next >= 0 {
		return max(0, next-n.now)
	}
	return -1
}

// runPending is the pending callbacks phase: I/O callbacks deferred from the
// previous iteration.
func (n *node) runPending() {
	n.setPhase(PhasePending)
	n.runQueue(&n.pending, QueuePending)
}

// runIdlePrepare is libuv's idle and prepare phases, which only libuv and
// Node use internally.
func (n *node) runIdlePrepare() {
	n.setPhase(PhaseIdlePrepare)
}

// runPoll is the poll phase: wait for I/O (up to timeout; -1: until some
// arrives), then run the callbacks of what completed.
func (n *node) runPoll(timeout int64) {
	n.setPhase(PhasePoll)
	if n.poll.len() == 0 && timeout != 0 {
		next := n.nextEvent()
		switch {
		case timeout < 0 && next >= 0:
			n.waitUntil(next)
		case timeout > 0 && next >= 0 && next < n.now+timeout:
			n.waitUntil(next)
		case timeout > 0:
			n.waitUntil(n.now + timeout)
		}
	}
	// Background events due by now (I/O finishing while the loop waited).
	n.waitUntil(n.now)
	n.runQueue(&n.poll, QueuePoll)
}

// runCheck is the check phase: Node's processImmediate. It runs the
// immediates queued before the phase began; those queued meanwhile wait for
// the next iteration.
func (n *node) runCheck() {
	n.setPhase(PhaseCheck)
	queue := n.immediates
	n.immediates = nil
	for i := 0; i < len(queue); i++ {
		im := queue[i]
		if n.stopped {
			return
		}
		if im.destroyed {
			continue
		}
		im.destroyed = true
		n.emitJob(KindDequeue, QueueCheck, im.job)
		if im.fromMain && n.iteration == 1 && !n.raced && n.mainTimerPending() {
			n.raced = true
			n.t.Steps[len(n.t.Steps)-1].Flags |= FlagRace
		}
		cb := im.callback
		im.callback = nil
		_, exc := n.callVia(viaImmediate, cb, im.obj, im.args...)
		n.immediateDone()
		if exc != nil {
			n.uncaught(exc)
			// The exception leaves processImmediate, which Node calls again
			// at once, with no nextTick queue between: it goes on with this
			// batch or, when that is done, runs the immediates queued since
			// (the ones that would have waited for the next iteration).
			if !anyLive(queue[i+1:]) {
				queue = append(queue, n.immediates...)
				n.immediates = nil
			}
			if anyLive(queue[i+1:]) {
				continue
			}
		}
		caller := fromNative
		if anyLive(queue[i+1:]) {
			caller = fromProcessImmediate
		}
		n.processTicksAndRejections(caller)
	}
}

// anyLive reports whether an immediate of ims is still to run.
func anyLive(ims []*immediate) bool {
	for _, im := range ims {
		if !im.destroyed {
			return true
		}
	}
	return false
}

// mainTimerPending reports whether a timer the main script created with a
// short delay has not run yet: whether it or a setImmediate from the main
// script runs first is a race in real Node (it depends on how long the loop
// took to start), so looplab flags the step.
func (n *node) mainTimerPending() bool {
	for _, l := range n.timers.lists {
		for _, t := range l.timers {
			if t.fromMain && t.msecs <= 1 {
				return true
			}
		}
	}
	return false
}

// mainImmediatePending reports whether an immediate the main script set
// has not run yet.
func (n *node) mainImmediatePending() bool {
	for _, im := range n.immediates {
		if im.fromMain && !im.destroyed {
			return true
		}
	}
	return false
}

func (n *node) refedImmediates() int {
	c := 0
	for _, im := range n.immediates {
		if im.refed && !im.destroyed {
			c++
		}
	}
	return c
}

// runClosing is the close callbacks phase.
func (n *node) runClosing() {
	n.setPhase(PhaseClose)
	n.runQueue(&n.closing, QueueClose)
}

// runQueue runs the completions queued when the phase began, each followed
// by the nextTick queue and the microtasks.
func (n *node) runQueue(q *deque[completion], queue Queue) {
	count := q.len()
	for i := 0; i < count && !n.stopped; i++ {
		c := q.pop()
		n.emitJob(KindDequeue, queue, c.job)
		exc := c.fire()
		if exc != nil {
			n.uncaught(exc)
		}
		n.processTicksAndRejections(fromNative)
	}
}

// completeInPoll finishes an API's job at virtual time at, queueing fire for
// the poll phase, as libuv reports finished I/O or an async handle's wakeup.
func (n *node) completeInPoll(job int32, at int64, fire func() *goja.Exception) {
	n.at(at, func() {
		n.emitJob(KindAPIDone, QueueNone, job)
		n.queueCompletion(QueuePoll, job, fire)
	})
}

// queueCompletion puts finished work's callback in a phase's queue.
func (n *node) queueCompletion(queue Queue, job int32, fire func() *goja.Exception) {
	c := completion{job: job, fire: fire}
	switch queue {
	case QueuePoll:
		n.poll.push(c)
	case QueueClose:
		n.closing.push(c)
	case QueuePending:
		n.pending.push(c)
	}
	n.emitJob(KindEnqueue, queue, job)
}

// ---------------------------------------------------------------- nextTick and microtasks

// processTicksAndRejections is Node's function of that name, run after
// every callback: the whole nextTick queue, then the microtasks, repeated
// until both are empty; then unhandled rejections are dealt with, which can
// queue more.
//
// caller says who runs it, for stack traces: when no nextTick is queued,
// the microtasks run first on their own (from C++, or from runNextTicks).
func (n *node) processTicksAndRejections(caller tickCaller) {
	if n.exiting {
		return
	}
	tickVia, microVia, checkpointVia := tickVias(caller)
	defer func(saved *via) { n.microVia = saved }(n.microVia)
	first := true
	for !n.stopped {
		n.microVia = microVia
		if first && n.ticks.len() == 0 {
			n.microVia = checkpointVia
		}
		first = false
		for n.ticks.len() > 0 && !n.stopped {
			tk := n.ticks.pop()
			n.emitJob(KindDequeue, QueueNextTick, tk.job)
			if _, exc := n.callVia(tickVia, tk.callback, goja.Undefined(), tk.args...); exc != nil {
				// The exception leaves processTicksAndRejections: what is
				// still queued waits for the next callback's turn.
				n.uncaught(exc)
				return
			}
		}
		n.performMicrotaskCheckpoint()
		if n.ticks.len() == 0 && !n.processPromiseRejections() {
			return
		}
	}
}

// nextTick is process.nextTick(callback, ...args).
func (n *node) nextTick(call goja.FunctionCall) goja.Value {
	cb := call.Argument(0)
	n.validateFunction(cb, "callback")
	if n.exiting {
		return goja.Undefined()
	}
	var args []goja.Value
	if len(call.Arguments) > 1 {
		args = append(args, call.Arguments[1:]...)
	}
	job := n.newJob(Job{Kind: JobNextTick, API: "process.nextTick", Label: n.funcLabel(cb)})
	n.ticks.push(tick{job: job, callback: cb, args: args})
	n.emitJob(KindEnqueue, QueueNextTick, job)
	return goja.Undefined()
}

// ---------------------------------------------------------------- setImmediate

func (n *node) setImmediate(call goja.FunctionCall) goja.Value {
	cb := call.Argument(0)
	n.validateFunction(cb, "callback")
	var args []goja.Value
	if len(call.Arguments) > 1 {
		args = append(args, call.Arguments[1:]...)
	}
	im := &immediate{callback: cb, args: args, refed: true, fromMain: n.phase == PhaseScript}
	im.obj = n.vm.NewObject()
	im.obj.SetPrototype(n.immediateProto)
	n.timers.asyncID++
	im.obj.Set("_idleNext", goja.Null())
	im.obj.Set("_idlePrev", goja.Null())
	im.obj.Set("_onImmediate", cb)
	if len(args) > 0 {
		im.obj.Set("_argv", n.vm.NewArray(valuesToAny(args)...))
	} else {
		im.obj.Set("_argv", goja.Undefined())
	}
	im.obj.Set("_destroyed", false)
	im.obj.SetSymbol(n.symbols.refed, true)
	im.obj.SetSymbol(n.symbols.asyncID, n.timers.asyncID)
	im.obj.SetSymbol(n.symbols.triggerID, 1)
	n.immediateByObj[im.obj] = im
	im.job = n.newJob(Job{Kind: JobImmediate, API: "setImmediate", Label: n.funcLabel(cb)})
	n.immediates = append(n.immediates, im)
	n.emitJob(KindEnqueue, QueueCheck, im.job)
	return im.obj
}

func (n *node) clearImmediate(call goja.FunctionCall) goja.Value {
	o, ok := call.Argument(0).(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	im := n.immediateByObj[o]
	if im == nil || im.destroyed {
		return goja.Undefined()
	}
	im.destroyed = true
	im.callback = nil
	n.cancelJob(KindDequeue, QueueCheck, im.job)
	return goja.Undefined()
}
