package engine

import "math"

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
