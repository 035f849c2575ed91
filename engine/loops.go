package engine

import (
	"math"

	"github.com/dop251/goja"
)

// Hot loops. A loop that keeps iterating in one activation (more than
// hotThreshold times) is fast-forwarded: its statements, and the calls it
// makes, still run and still cost virtual time, but stop being recorded one
// by one until the loop is left; one KindLoop step then says how many
// iterations ran. Anything else that happens meanwhile (console output, a
// timer armed, a promise job queued, I/O completing) is still recorded.
//
// Without this, `for (let i = 0; i < 1e6; i++) sum += i` would take two
// million steps and the step budget, and no one wants to step through it.
// Fast-forwarded statements count a tenth of a step against the budget, so
// `while (true) {}` still stops.
const (
	hotThreshold = 10
	skipPerStep  = 10
)

type hotLoop struct {
	active     bool
	head       int32 // the loop's head site
	depth      int   // the stack depth of the activation running it
	iterations int64 // iterations fast-forwarded
	statements int64 // statements fast-forwarded
	start      int64 // when fast-forwarding began
}

// LoopRun is a stretch of a loop that looplab fast-forwarded.
type LoopRun struct {
	Iterations int64
	Statements int64
	Start, End int64 // virtual time
}

func (r *run) budgetUsed() int {
	return len(r.t.Steps) + int(r.skipped/skipPerStep)
}

// statement is a statement (or a loop head) about to run at site id.
func (r *run) statement(id int32) {
	site := &r.prog.sites[id]
	if r.hot.active {
		d := len(r.stack)
		if d > r.hot.depth || (d == r.hot.depth && r.prog.inLoop(id, r.hot.head)) {
			r.cur = site.Range
			r.lastStmt = site.Range
			r.hot.statements++
			r.skipped++
			if id == r.hot.head {
				r.hot.iterations++
			}
			if d == r.hot.depth {
				r.stack[d-1].lastSite = id
				r.stack[d-1].at, r.stack[d-1].resumed = site.Range, false
			}
			r.advance(costStatement)
			if r.skipped%skipPerStep == 0 && r.budgetUsed() >= r.opts.MaxSteps {
				r.halt(stopBudget)
			}
			return
		}
		r.endHotLoop()
	}
	r.cur = site.Range
	r.lastStmt = site.Range
	if n := len(r.stack); n > 0 {
		top := &r.stack[n-1]
		if site.Head && r.countIteration(top, id) > hotThreshold {
			r.hot = hotLoop{active: true, head: id, depth: n, start: r.now}
		}
		top.lastSite = id
		top.at, top.resumed = site.Range, false
	}
	r.emit(Step{Kind: KindStatement, Src: r.cur, Ref: id})
	r.advance(costStatement)
}

// hookCountLoop is $$cl(head, i, limit, mode): the next value of the
// counter of an empty counting loop (`for (let i = 0; i < 1e9; i++) {}`,
// see js_instrument's countingLoop). Until the loop is fast-forwarded it is
// just i+1 (or i-1); then it is the counter's last value, the iterations in
// between counted and charged as if they had run, so a loop that only
// burns time takes its virtual time without taking real time.
func (r *run) hookCountLoop(call goja.FunctionCall) goja.Value {
	head := int32(call.Argument(0).ToInteger())
	i := call.Argument(1).ToFloat()
	mode := call.Argument(3).ToInteger()
	step := 1.0
	if mode >= 2 {
		step = -1
	}
	next := i + step
	if !r.hot.active || r.hot.head != head || len(r.stack) != r.hot.depth {
		return r.vm.ToValue(next)
	}
	limit := call.Argument(2).ToNumber().ToFloat()
	var k float64 // how far the counter moves: to its first value failing the test
	switch mode {
	case 0: // i < limit
		k = math.Ceil(limit - i)
	case 1: // i <= limit
		k = math.Floor(limit-i) + 1
	case 2: // i > limit
		k = math.Ceil(i - limit)
	case 3: // i >= limit
		k = math.Floor(i-limit) + 1
	}
	const exact = 1 << 53 // beyond this, counting by one is not exact
	if k != k || k <= 1 || math.Abs(i) >= exact || math.Abs(limit) >= exact {
		return r.vm.ToValue(next)
	}
	skipped := int64(k) - 1 // iterations not run: each a test, charged as one
	r.hot.iterations += skipped
	r.hot.statements += skipped
	r.advance(skipped * costStatement)
	return r.vm.ToValue(i + step*k)
}

// countIteration counts an iteration of the loop with head site head in
// activation f: it continues the count if f was last inside the loop, and
// starts again otherwise.
func (r *run) countIteration(f *liveFrame, head int32) int32 {
	inside := r.prog.inLoop(f.lastSite, head)
	for i := range f.loops {
		if f.loops[i].head == head {
			if inside {
				f.loops[i].n++
			} else {
				f.loops[i].n = 1
			}
			return f.loops[i].n
		}
	}
	f.loops = append(f.loops, loopCount{head: head, n: 1})
	return 1
}

// endHotLoop records the fast-forwarded stretch as one step.
func (r *run) endHotLoop() {
	if !r.hot.active {
		return
	}
	s := r.hotLoopStep()
	r.hot.active = false
	r.emit(s)
}

func (r *run) hotLoopStep() Step {
	h := &r.hot
	r.t.Loops = append(r.t.Loops, LoopRun{Iterations: h.iterations, Statements: h.statements, Start: h.start, End: r.now})
	ref := len(r.t.Loops) - 1
	if ref > math.MaxInt32 {
		ref = math.MaxInt32
	}
	return Step{Time: r.now, Kind: KindLoop, Src: r.prog.sites[h.head].Range, Ref: int32(ref)}
}
