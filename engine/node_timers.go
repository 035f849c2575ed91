package engine

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
	"time"

	"github.com/dop251/goja"
)

// Node's timers, as lib/internal/timers.js keeps them. Timers with the same
// duration share a list, in creation order; the lists wait in a priority
// queue ordered by (expiry, list id). The timers phase takes the list that
// expires first and runs every timer of it that is due, then the next list:
// so at a late loop iteration a 2 ms timer due at 12 ms can run before a
// 10 ms timer due at 10 ms, exactly as in real Node.
//
// Only one libuv timer stands for all of them (Node arms it for the
// earliest list); looplab keeps the lists and lets the timers phase and the
// poll timeout consult them directly.

// maxTimeout is TIMEOUT_MAX: larger delays become 1 ms (with a warning).
const maxTimeout = 2147483647

type nodeTimer struct {
	job       int32
	obj       *goja.Object // the Timeout object returned to JavaScript
	callback  goja.Value   // nil once cleared (Node's _onTimeout = null)
	args      []goja.Value
	msecs     int64 // _idleTimeout, ms; -1 when cleared
	repeat    int64 // setInterval's period, ms; 0 for setTimeout
	start     int64 // _idleStart, ns, a whole millisecond (libuv's clock)
	list      *timerList
	refed     bool
	started   bool // shown as held by the timers API in the trace
	queued    bool // shown waiting in the timers queue
	fromMain  bool // created by the main script (for the setImmediate race)
	destroyed bool
}

type timerList struct {
	msecs  int64
	expiry int64 // ns
	id     int64
	timers []*nodeTimer // in insertion order
	index  int          // position in the priority queue
}

type timerQueue []*timerList

func (q timerQueue) Len() int { return len(q) }
func (q timerQueue) Less(i, j int) bool {
	if q[i].expiry != q[j].expiry {
		return q[i].expiry < q[j].expiry
	}
	return q[i].id < q[j].id
}
func (q timerQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *timerQueue) Push(x any) {
	l := x.(*timerList)
	l.index = len(*q)
	*q = append(*q, l)
}
func (q *timerQueue) Pop() any {
	old := *q
	l := old[len(old)-1]
	*q = old[:len(old)-1]
	return l
}

type nodeTimers struct {
	lists    map[int64]*timerList
	queue    timerQueue
	nextID   int64
	refCount int
	byObj    map[*goja.Object]*nodeTimer
	byID     map[int64]*nodeTimer // for clearTimeout(number)
	asyncID  int64
}

func msToNs(ms int64) int64 { return ms * int64(time.Millisecond) }

// msFloor is libuv's clock: uv_now counts whole milliseconds, and Node's
// timers start (_idleStart) and fall due by it. Two timers set 1 µs apart
// in the same millisecond start together and fall due together.
func msFloor(ns int64) int64 { return ns / int64(time.Millisecond) * int64(time.Millisecond) }

// insert puts t at the end of the list for its duration (creating the list
// if needed), starting at start.
func (ts *nodeTimers) insert(t *nodeTimer, msecs, start int64) {
	t.start = start
	t.msecs = msecs
	l := ts.lists[msecs]
	if l == nil {
		l = &timerList{msecs: msecs, expiry: start + msToNs(msecs), id: ts.nextID}
		ts.nextID++
		ts.lists[msecs] = l
		heap.Push(&ts.queue, l)
	}
	l.timers = append(l.timers, t)
	t.list = l
}

// unlink removes t from its list, dropping the list when it empties.
func (ts *nodeTimers) unlink(t *nodeTimer) {
	l := t.list
	if l == nil {
		return
	}
	for i, x := range l.timers {
		if x == t {
			l.timers = append(l.timers[:i], l.timers[i+1:]...)
			break
		}
	}
	t.list = nil
	if len(l.timers) == 0 && ts.lists[l.msecs] == l {
		delete(ts.lists, l.msecs)
		heap.Remove(&ts.queue, l.index)
	}
}

// nextExpiry is when the earliest list expires, or -1 when none is ref'd.
func (ts *nodeTimers) nextExpiry() int64 {
	if len(ts.queue) == 0 || ts.refCount == 0 {
		return -1
	}
	return ts.queue[0].expiry
}

// ---------------------------------------------------------------- the JavaScript API

// clampDelay applies Node's rule: a delay that is not a number in
// [1, TIMEOUT_MAX] becomes 1 ms.
func (n *node) clampDelay(v goja.Value) int64 {
	d := v.ToFloat()
	if v == nil || goja.IsUndefined(v) {
		d = 1
	}
	if !(d >= 1 && d <= maxTimeout) {
		if d > maxTimeout {
			n.emitWarning("TimeoutOverflowWarning", n.vm.ToValue(d).String()+" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.")
		}
		return 1
	}
	return int64(math.Trunc(d))
}

// setTimer implements setTimeout and setInterval.
func (n *node) setTimer(call goja.FunctionCall, repeat bool) goja.Value {
	api := "setTimeout"
	kind := JobTimeout
	if repeat {
		api, kind = "setInterval", JobInterval
	}
	cb := call.Argument(0)
	n.validateFunction(cb, "callback")
	msecs := n.clampDelay(call.Argument(1))
	var args []goja.Value
	if len(call.Arguments) > 2 {
		args = append(args, call.Arguments[2:]...)
	}
	t := &nodeTimer{callback: cb, args: args, refed: true, fromMain: n.phase == PhaseScript, msecs: msecs}
	if repeat {
		t.repeat = msecs
	}
	n.timers.asyncID++
	t.obj = n.newTimeoutObject(t, n.timers.asyncID)
	n.timers.byObj[t.obj] = t
	n.timers.byID[n.timers.asyncID] = t
	n.timers.insert(t, msecs, msFloor(n.now))
	n.timers.refCount++
	t.job = n.newJob(Job{Kind: kind, API: api, Label: n.funcLabel(cb), Due: t.start + msToNs(msecs), Delay: msToNs(msecs)})
	t.started = true
	n.emitJob(KindAPIStart, QueueNone, t.job)
	return t.obj
}

// clearTimer implements clearTimeout and clearInterval (which are the same
// function in Node: either clears either).
func (n *node) clearTimer(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	var t *nodeTimer
	if o, ok := v.(*goja.Object); ok {
		t = n.timers.byObj[o]
	} else if !goja.IsUndefined(v) && !goja.IsNull(v) {
		t = n.timers.byID[v.ToInteger()]
	}
	if t == nil || t.callback == nil {
		return goja.Undefined()
	}
	t.callback = nil
	n.unenroll(t)
	return goja.Undefined()
}

// unenroll takes a timer out of the lists for good.
func (n *node) unenroll(t *nodeTimer) {
	if t.destroyed {
		return
	}
	n.timers.unlink(t)
	t.msecs = -1
	t.destroyed = true
	if t.refed {
		n.timers.refCount--
	}
	n.syncTimeout(t)
	if t.started {
		t.started = false
		n.cancelJob(KindAPIDone, QueueNone, t.job)
	}
	if t.queued {
		t.queued = false
		n.cancelJob(KindDequeue, QueueTimers, t.job)
	}
}

// ---------------------------------------------------------------- the timers phase

// runTimers is the timers phase: Node's processTimers(now).
func (n *node) runTimers() {
	n.enterPhase(PhaseTimers)
	now := msFloor(n.loopTime)
	n.queueDueTimers(now)
	for len(n.timers.queue) > 0 && !n.stopped {
		list := n.timers.queue[0]
		if list.expiry > now {
			return
		}
		n.listOnTimeout(list, now)
	}
}

// queueDueTimers shows the timers that are due when the phase starts (the
// ones it will run) moving from the timers API into the timers queue, in
// the order they will run.
func (n *node) queueDueTimers(now int64) {
	lists := slices.Clone(n.timers.queue)
	slices.SortFunc(lists, func(a, b *timerList) int {
		if a.expiry != b.expiry {
			return cmp.Compare(a.expiry, b.expiry)
		}
		return cmp.Compare(a.id, b.id)
	})
	for _, l := range lists {
		if l.expiry > now {
			break
		}
		for _, t := range l.timers {
			if now-t.start < msToNs(l.msecs) {
				break
			}
			if t.started {
				t.started = false
				n.emitJob(KindAPIDone, QueueNone, t.job)
			}
			t.queued = true
			n.emitJob(KindEnqueue, QueueTimers, t.job)
		}
	}
}

// listOnTimeout runs the due timers of one list, in order.
func (n *node) listOnTimeout(list *timerList, now int64) {
	msecs := msToNs(list.msecs)
	for len(list.timers) > 0 && !n.stopped {
		t := list.timers[0]
		if now-t.start < msecs {
			// The rest of the list is not due yet: it waits for its first timer.
			list.expiry = max(t.start+msecs, now+int64(time.Millisecond))
			list.id = n.timers.nextID
			n.timers.nextID++
			heap.Fix(&n.timers.queue, list.index)
			return
		}
		list.timers = list.timers[1:]
		t.list = nil
		if t.queued {
			t.queued = false
			n.emitJob(KindDequeue, QueueTimers, t.job)
		}
		if t.callback == nil {
			if !t.destroyed {
				t.destroyed = true
				if t.refed {
					n.timers.refCount--
				}
			}
			continue
		}
		if t.fromMain && t.msecs <= 1 && n.iteration == 1 && !n.raced && n.mainImmediatePending() {
			// A top-level setTimeout(f, 0) runs before a top-level
			// setImmediate: in real Node it could go either way.
			n.raced = true
			n.t.Steps[len(n.t.Steps)-1].Flags |= FlagRace
		}
		start := msFloor(n.now)
		_, exc := n.callVia(viaTimeout, t.callback, t.obj, t.args...)
		if t.repeat > 0 && t.msecs != -1 && t.callback != nil {
			n.timers.insert(t, t.repeat, start)
			t.job = n.newJob(Job{Kind: JobInterval, API: "setInterval", Label: n.t.Jobs[t.job].Label, Src: n.t.Jobs[t.job].Src, Due: start + msToNs(t.repeat), Delay: msToNs(t.repeat)})
			t.started = true
			n.emitJob(KindAPIStart, QueueNone, t.job)
		} else if t.list == nil && !t.destroyed {
			t.destroyed = true
			if t.refed {
				n.timers.refCount--
			}
		}
		n.syncTimeout(t)
		if exc != nil {
			n.uncaught(exc)
			// The exception leaves processTimers, which Node calls again:
			// the list's next due timer runs with no runNextTicks before it.
			if n.timersCaller(list, now) == fromListOnTimeout {
				continue
			}
		}
		// Between timers, and after the last: the nextTick queue and the
		// microtasks (Node's runNextTicks).
		n.processTicksAndRejections(n.timersCaller(list, now))
	}
	if n.timers.lists[list.msecs] == list {
		delete(n.timers.lists, list.msecs)
		heap.Remove(&n.timers.queue, list.index)
	}
}

// timersCaller is who runs the nextTick queue and the microtasks after a
// timer of list: listOnTimeout when another timer of the list is due,
// processTimers when another list is, C++ after the last.
func (n *node) timersCaller(list *timerList, now int64) tickCaller {
	if len(list.timers) > 0 && now-list.timers[0].start >= msToNs(list.msecs) {
		return fromListOnTimeout
	}
	for _, l := range n.timers.queue {
		if l != list && l.expiry <= now {
			return fromProcessTimers
		}
	}
	return fromNative
}

// ---------------------------------------------------------------- Timeout objects

// newTimeoutObject makes the Timeout object setTimeout returns: Node's
// shape (its own _idleTimeout, _onTimeout, _repeat... fields, kept up to
// date by syncTimeout) with Node's methods on its prototype.
func (n *node) newTimeoutObject(t *nodeTimer, id int64) *goja.Object {
	vm := n.vm
	o := vm.NewObject()
	o.SetPrototype(n.timeoutProto)
	o.Set("_idleTimeout", t.msecs)
	o.Set("_idlePrev", n.timersList)
	o.Set("_idleNext", n.timersList)
	o.Set("_idleStart", msFloor(n.now)/int64(time.Millisecond))
	o.Set("_onTimeout", t.callback)
	if len(t.args) > 0 {
		o.Set("_timerArgs", vm.NewArray(valuesToAny(t.args)...))
	} else {
		o.Set("_timerArgs", goja.Undefined())
	}
	if t.repeat > 0 {
		o.Set("_repeat", t.repeat)
	} else {
		o.Set("_repeat", goja.Null())
	}
	o.Set("_destroyed", false)
	o.SetSymbol(n.symbols.refed, true)
	o.SetSymbol(n.symbols.hasPrimitive, false)
	o.SetSymbol(n.symbols.asyncID, id)
	o.SetSymbol(n.symbols.triggerID, 1)
	return o
}

func valuesToAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// syncTimeout updates a Timeout object's fields after the timer changed.
func (n *node) syncTimeout(t *nodeTimer) {
	if t.obj == nil {
		return
	}
	t.obj.Set("_destroyed", t.destroyed)
	if t.destroyed {
		t.obj.Set("_idlePrev", goja.Null())
		t.obj.Set("_idleNext", goja.Null())
		if t.msecs == -1 {
			t.obj.Set("_idleTimeout", -1) // unenrolled (clearTimeout)
		}
		if t.callback == nil {
			t.obj.Set("_onTimeout", goja.Null())
		}
	} else {
		t.obj.Set("_idleStart", t.start/int64(time.Millisecond))
	}
	t.obj.SetSymbol(n.symbols.refed, t.refed)
}

func (n *node) makeTimeoutProto() *goja.Object {
	vm := n.vm
	proto := vm.NewObject()
	timer := func(call goja.FunctionCall) *nodeTimer {
		if o, ok := call.This.(*goja.Object); ok {
			return n.timers.byObj[o]
		}
		return nil
	}
	method := func(name string, f func(t *nodeTimer, call goja.FunctionCall) goja.Value) {
		defineMethod(vm, proto, name, 0, func(call goja.FunctionCall) goja.Value {
			t := timer(call)
			if t == nil {
				return call.This
			}
			defer n.syncTimeout(t)
			return f(t, call)
		})
	}
	method("ref", func(t *nodeTimer, call goja.FunctionCall) goja.Value {
		if !t.refed {
			t.refed = true
			if !t.destroyed {
				n.timers.refCount++
			}
		}
		return call.This
	})
	method("unref", func(t *nodeTimer, call goja.FunctionCall) goja.Value {
		if t.refed {
			t.refed = false
			if !t.destroyed {
				n.timers.refCount--
			}
		}
		return call.This
	})
	method("hasRef", func(t *nodeTimer, call goja.FunctionCall) goja.Value {
		return vm.ToValue(t.refed)
	})
	method("refresh", func(t *nodeTimer, call goja.FunctionCall) goja.Value {
		if t.msecs >= 0 && t.callback != nil {
			n.timers.unlink(t)
			if t.destroyed {
				t.destroyed = false
				if t.refed {
					n.timers.refCount++
				}
			}
			n.timers.insert(t, t.msecs, msFloor(n.now))
			n.t.Jobs[t.job].Due = t.start + msToNs(t.msecs)
			if !t.started {
				t.started = true
				n.emitJob(KindAPIStart, QueueNone, t.job)
			}
		}
		return call.This
	})
	method("close", func(t *nodeTimer, call goja.FunctionCall) goja.Value {
		t.callback = nil
		n.unenroll(t)
		return call.This
	})
	toPrimitive := namedFunc(vm, "[Symbol.toPrimitive]", 0, func(call goja.FunctionCall) goja.Value {
		t := timer(call)
		if t == nil {
			return goja.Undefined()
		}
		t.obj.SetSymbol(n.symbols.hasPrimitive, true)
		return t.obj.GetSymbol(n.symbols.asyncID)
	})
	proto.DefineDataPropertySymbol(goja.SymToPrimitive, toPrimitive, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	ctor := namedFunc(vm, "Timeout", 5, func(goja.FunctionCall) goja.Value {
		panic(vm.NewTypeError("Illegal constructor"))
	})
	ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return proto
}
