package engine

import (
	"slices"
	"sort"

	"looplab/engine/internal/js_ast"
)

// ThreadPoolSize is libuv's default number of thread-pool workers
// (UV_THREADPOOL_SIZE).
const ThreadPoolSize = 4

// Activation is a frame on the call stack as the page shows it.
type Activation struct {
	Frame int32        // index into Trace.Frames
	Func  int32        // index into Trace.Funcs
	At    js_ast.Range // the statement this frame is running (or called from)
}

// State is everything the page shows at one step: the call stack, every
// queue, the work the runtime's APIs hold, the thread pool, how much of the
// console has been written, the clock and the loop's phase.
type State struct {
	Step     int // index of the last step applied; -1 before the first
	Time     int64
	Phase    Phase
	Stack    []Activation
	Queues   [numQueues][]int32 // jobs waiting in each queue, oldest first
	APIs     []int32            // jobs held by APIs: timers armed, I/O in flight
	Workers  [ThreadPoolSize]int32
	Console  int          // number of Trace.Lines written so far
	Current  js_ast.Range // the statement about to run
	Exited   bool
	ExitCode int
	Stopped  bool // the step budget ran out
}

func newState() State {
	s := State{Step: -1}
	for i := range s.Workers {
		s.Workers[i] = -1
	}
	return s
}

// clone returns a deep copy.
func (s *State) clone() State {
	c := *s
	c.Stack = slices.Clone(s.Stack)
	c.APIs = slices.Clone(s.APIs)
	for q := range s.Queues {
		c.Queues[q] = slices.Clone(s.Queues[q])
	}
	return c
}

// size is a rough measure of how much copying a snapshot of s costs.
func (s *State) size() int {
	n := len(s.Stack) + len(s.APIs)
	for q := range s.Queues {
		n += len(s.Queues[q])
	}
	return n
}

// apply applies step i (which must be the next one) of t to s.
func (s *State) apply(t *Trace, i int) {
	st := &t.Steps[i]
	s.Step = i
	s.Time = st.Time
	switch st.Kind {
	case KindStatement:
		s.Current = st.Src
		if n := len(s.Stack); n > 0 {
			s.Stack[n-1].At = st.Src
		}
	case KindPush:
		s.Stack = append(s.Stack, Activation{Frame: st.Ref, Func: t.Frames[st.Ref].Func, At: st.Src})
		s.Current = st.Src
	case KindPop:
		for j := len(s.Stack) - 1; j >= 0; j-- {
			if s.Stack[j].Frame == st.Ref {
				s.Stack = s.Stack[:j]
				break
			}
		}
	case KindAPIStart:
		s.APIs = append(s.APIs, st.Ref)
	case KindAPIDone:
		s.APIs = remove(s.APIs, st.Ref)
	case KindEnqueue:
		s.Queues[st.Queue] = append(s.Queues[st.Queue], st.Ref)
	case KindDequeue:
		s.Queues[st.Queue] = remove(s.Queues[st.Queue], st.Ref)
	case KindWorkerStart:
		s.Workers[st.Aux] = st.Ref
	case KindWorkerDone:
		s.Workers[st.Aux] = -1
	case KindPhase:
		s.Phase = Phase(st.Aux)
	case KindConsole:
		s.Console = int(st.Ref) + 1
	case KindExit:
		s.Exited = true
		s.ExitCode = int(st.Aux)
		s.Stack = s.Stack[:0]
	case KindStopped:
		s.Stopped = true
	}
}

// remove deletes the first occurrence of v (searching from the front, where
// queues are consumed) and keeps the order of the rest.
func remove(list []int32, v int32) []int32 {
	for i, x := range list {
		if x == v {
			return append(list[:i], list[i+1:]...)
		}
	}
	return list
}

// A snapshot is the full state after one step. Snapshots are spaced so that
// reaching any step replays a bounded number of steps: at least
// minSnapshotGap apart, and farther when the state is large, so their total
// memory stays proportional to the number of steps.
type snapshot struct {
	state State
}

const minSnapshotGap = 2048

// index keeps the snapshots of a trace; it extends itself as steps arrive.
type index struct {
	snaps []snapshot
	live  State // state after the last indexed step
	since int   // steps applied since the last snapshot
}

func (x *index) extend(t *Trace) {
	if x.snaps == nil {
		x.live = newState()
		x.snaps = append(x.snaps, snapshot{x.live.clone()})
	}
	for i := x.live.Step + 1; i < len(t.Steps); i++ {
		x.live.apply(t, i)
		x.since++
		if x.since >= minSnapshotGap && x.since >= 4*x.live.size() {
			x.snaps = append(x.snaps, snapshot{x.live.clone()})
			x.since = 0
		}
	}
}

// StateAt returns the state after step i (i = -1: before the first step).
// It copies the nearest snapshot at or before i and replays the steps after
// it, so any step is reached in bounded time, forward or backward.
func (t *Trace) StateAt(i int) State {
	if i >= len(t.Steps) {
		i = len(t.Steps) - 1
	}
	t.index.extend(t)
	snaps := t.index.snaps
	k := sort.Search(len(snaps), func(k int) bool { return snaps[k].state.Step > i }) - 1
	s := snaps[k].state.clone()
	for j := s.Step + 1; j <= i; j++ {
		s.apply(t, j)
	}
	return s
}
