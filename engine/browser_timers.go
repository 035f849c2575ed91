package engine

import (
	"container/heap"
	"math"
	"time"

	"github.com/dop251/goja"
)

// Browser timers, as Chromium runs them: a timer with no delay is queued as
// a task at once (so it keeps its place among tasks posted meanwhile); a
// delayed timer waits in a heap ordered by (due, creation order) and is
// queued when it falls due. After five levels of nesting (a timer set by a
// timer set by ...), delays are clamped to at least 4 ms.

const (
	maxTimerNesting = 5
	minNestedDelay  = 4 * int64(time.Millisecond)
)

type browserTimer struct {
	id      int64
	job     int32
	handler goja.Value // a function, or code to run
	args    []goja.Value
	delay   int64 // ns, after clamping
	repeat  bool
	nesting int // the nesting level its task runs at
	due     int64
	seq     int64 // creation order, for equal due times
	cleared bool
	task    *task // when queued
	index   int   // in the heap
}

type timerHeap []*browserTimer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].due != h[j].due {
		return h[i].due < h[j].due
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*browserTimer)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

func popTimer(h *timerHeap) *browserTimer { return heap.Pop(h).(*browserTimer) }

// setTimer is setTimeout and setInterval (HTML's timer initialization steps).
func (b *browser) setTimer(call goja.FunctionCall, repeat bool) goja.Value {
	handler := call.Argument(0)
	if _, isFn := goja.AssertFunction(handler); !isFn {
		// A string (or anything else) is code, compiled when the timer runs.
		handler = b.vm.ToValue(handler.String())
	}
	ms := call.Argument(1).ToFloat()
	if math.IsNaN(ms) || ms < 0 || goja.IsUndefined(call.Argument(1)) {
		ms = 0
	}
	if ms > maxTimeout {
		ms = 0
	}
	var args []goja.Value
	if len(call.Arguments) > 2 {
		args = append(args, call.Arguments[2:]...)
	}
	b.lastTimer++
	t := &browserTimer{id: b.lastTimer, handler: handler, args: args, repeat: repeat, delay: int64(ms) * int64(time.Millisecond)}
	nesting := 0
	if b.running != nil {
		nesting = b.running.nesting
	}
	if nesting > maxTimerNesting && t.delay < minNestedDelay {
		t.delay = minNestedDelay
	}
	t.nesting = nesting + 1
	b.timerByID[t.id] = t
	api, kind := "setTimeout", JobTimeout
	if repeat {
		api, kind = "setInterval", JobInterval
	}
	label := "(code)"
	if _, isFn := goja.AssertFunction(handler); isFn {
		label = b.funcLabel(handler)
	} else {
		label = excerpt(handler.String(), 40)
	}
	t.job = b.newJob(Job{Kind: kind, API: api, Label: label, Due: b.now + t.delay, Delay: t.delay})
	b.emitJob(KindAPIStart, QueueNone, t.job)
	b.arm(t)
	return b.vm.ToValue(t.id)
}

// arm schedules a timer: at once as a task when it has no delay, else in
// the heap until it falls due.
func (b *browser) arm(t *browserTimer) {
	b.seq++
	t.seq = b.seq
	t.due = b.now + t.delay
	b.t.Jobs[t.job].Due = t.due
	if t.delay == 0 {
		b.queueTimerTask(t)
		return
	}
	heap.Push(&b.timers, t)
}

func (b *browser) queueTimerTask(t *browserTimer) {
	b.emitJob(KindAPIDone, QueueNone, t.job)
	b.seq++
	tk := &task{job: t.job, source: QueueTimerTask, seq: b.seq, nesting: t.nesting}
	tk.run = func() *goja.Exception { return b.runTimer(t) }
	t.task = tk
	b.tasks = append(b.tasks, tk)
	b.emitJob(KindEnqueue, QueueTimerTask, t.job)
}

// runTimer runs a timer's task: the callback (or code), then an interval
// re-arms itself with the next nesting level.
func (b *browser) runTimer(t *browserTimer) *goja.Exception {
	t.task = nil
	if t.cleared {
		return nil
	}
	if !t.repeat {
		delete(b.timerByID, t.id)
	}
	var exc *goja.Exception
	if _, isFn := goja.AssertFunction(t.handler); isFn {
		_, exc = b.call(t.handler, b.vm.GlobalObject(), t.args...)
	} else {
		exc = b.runCode(t.handler.String(), b.t.Jobs[t.job].Src)
	}
	if t.repeat && !t.cleared && !b.stopped {
		if t.nesting > maxTimerNesting && t.delay < minNestedDelay {
			t.delay = minNestedDelay
		}
		t.nesting++
		old := b.t.Jobs[t.job]
		t.job = b.newJob(Job{Kind: JobInterval, API: "setInterval", Label: old.Label, Src: old.Src, Delay: t.delay})
		b.emitJob(KindAPIStart, QueueNone, t.job)
		b.arm(t)
	}
	return exc
}

// clearTimer is clearTimeout and clearInterval.
func (b *browser) clearTimer(call goja.FunctionCall) goja.Value {
	id := call.Argument(0).ToInteger()
	t := b.timerByID[id]
	if t == nil || t.cleared {
		return goja.Undefined()
	}
	t.cleared = true
	delete(b.timerByID, id)
	if t.task != nil {
		t.task.cancelled = true
		b.cancelJob(KindDequeue, QueueTimerTask, t.job)
	} else if t.index >= 0 && t.index < len(b.timers) && b.timers[t.index] == t {
		heap.Remove(&b.timers, t.index)
		b.cancelJob(KindAPIDone, QueueNone, t.job)
	}
	return goja.Undefined()
}

// runCode runs a string handler as a classic script in the global scope,
// instrumented like the page's script; its steps point at the call that
// passed it.
func (b *browser) runCode(code string, at jsRange) *goja.Exception {
	prg, err := b.prog.extend(code, at)
	b.t.Funcs = b.prog.funcs
	if err != nil {
		return exceptionOf(b.vm, b.newError("SyntaxError", err.Message))
	}
	b.advance(costCallback)
	depth := len(b.stack)
	_, rerr := b.vm.RunProgram(prg)
	b.unwindTo(depth)
	if rerr != nil {
		return b.classify(rerr)
	}
	return nil
}
