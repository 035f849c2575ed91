package engine

import (
	"strconv"
	"strings"
)

// Position returns the 1-based line and UTF-16 column where step i's source
// range starts (0, 0 when it has none).
func (t *Trace) Position(i int) (line, col int) {
	s := &t.Steps[i]
	if s.Src.End == 0 && s.Src.Start == 0 {
		return 0, 0
	}
	return t.Source.Position(s.Src.Start)
}

// Describe is step i in one plain-English sentence, as the page shows it.
func (t *Trace) Describe(i int) string {
	s := &t.Steps[i]
	text := t.describe(s)
	if s.Flags&FlagRace != 0 {
		text += " (In real Node.js this race can go either way: it depends on how long the loop takes to start.)"
	}
	return text
}

func (t *Trace) describe(s *Step) string {
	switch s.Kind {
	case KindStatement:
		line, _ := t.Source.Position(s.Src.Start)
		return "Runs line " + strconv.Itoa(line) + ": " + quote(t.snippet(s.Src))
	case KindPush:
		fn := t.Frames[s.Ref].Func
		if t.Funcs[fn].Kind == "script" {
			return "The main script starts: its frame goes on the call stack."
		}
		return quote(t.FuncLabel(fn)) + " runs: its frame goes on the call stack."
	case KindPop:
		fn := t.Frames[s.Ref].Func
		if t.Funcs[fn].Kind == "script" {
			return "The main script has run to its end: the call stack is empty."
		}
		return quote(t.FuncLabel(fn)) + " returns: its frame leaves the call stack."
	case KindAPIStart:
		return t.describeAPIStart(&t.Jobs[s.Ref])
	case KindAPIDone:
		j := &t.Jobs[s.Ref]
		if s.Flags&FlagCancel != 0 {
			return "The " + j.API + " for " + quote(j.Label) + " was cancelled."
		}
		switch j.Kind {
		case JobTimeout, JobInterval:
			return "The timer for " + quote(j.Label) + " is due (it was due at " + ms(j.Due) + ")."
		}
		return j.API + " finished: " + quote(j.Label) + " can be called back."
	case KindEnqueue:
		j := &t.Jobs[s.Ref]
		return t.jobName(j) + " enters the " + s.Queue.String() + " queue."
	case KindDequeue:
		j := &t.Jobs[s.Ref]
		if s.Flags&FlagCancel != 0 {
			return t.jobName(j) + " is removed from the " + s.Queue.String() + " queue before it ran."
		}
		return t.jobName(j) + " leaves the " + s.Queue.String() + " queue and runs."
	case KindWorkerStart:
		j := &t.Jobs[s.Ref]
		return "Thread-pool worker " + strconv.Itoa(int(s.Aux)+1) + " starts " + j.API + "."
	case KindWorkerDone:
		j := &t.Jobs[s.Ref]
		return "Thread-pool worker " + strconv.Itoa(int(s.Aux)+1) + " finished " + j.API + ": its callback waits for the poll phase."
	case KindPhase:
		p := Phase(s.Aux)
		switch p {
		case PhaseScript:
			if t.Runtime == Browser {
				return "The browser runs the script as its first task."
			}
			return "Node runs the main script."
		case PhaseBeforeExit:
			return "The loop has nothing left to do: Node emits 'beforeExit'."
		case PhaseExit:
			return "Node emits 'exit'."
		case PhaseTask:
			return "The event loop takes the oldest runnable task."
		case PhaseRendering:
			return "A rendering opportunity: animation frame callbacks, then style, layout and paint."
		case PhaseIdle:
			return "Nothing to run: the event loop waits."
		}
		return "The event loop enters the " + p.String() + " phase."
	case KindCheckpoint:
		if s.Aux == 1 {
			return "Microtask checkpoint: microtasks run until the queue is empty."
		}
		return "The microtask queue is empty: the checkpoint ends."
	case KindConsole:
		l := &t.Lines[s.Ref]
		return "console." + l.Level.String() + " prints " + quote(excerpt(strings.TrimRight(l.Text, "\n"), 60)) + "."
	case KindError:
		return t.Messages[s.Ref].Text
	case KindRender:
		return "The browser updates the rendering (style, layout, paint)."
	case KindExit:
		return "The process exits with code " + strconv.Itoa(int(s.Aux)) + "."
	case KindLoop:
		l := &t.Loops[s.Ref]
		line, _ := t.Source.Position(s.Src.Start)
		return "The loop at line " + strconv.Itoa(line) + " ran " + strconv.FormatInt(l.Iterations, 10) +
			" more times (" + ms(l.End-l.Start) + " of virtual time): looplab fast-forwarded them."
	case KindStopped:
		return "Stopped after " + strconv.Itoa(len(t.Steps)-1) + " steps: the step budget ran out."
	}
	return s.Kind.String()
}

func (t *Trace) describeAPIStart(j *Job) string {
	switch j.Kind {
	case JobTimeout, JobInterval:
		return j.API + " handed " + quote(j.Label) + " to the timers API, due at " + ms(j.Due) + "."
	case JobThreadPool:
		return j.API + " handed " + quote(j.Label) + " to libuv's thread pool."
	case JobIO:
		return j.API + " started I/O; " + quote(j.Label) + " will be called back when it completes."
	}
	return j.API + " took " + quote(j.Label) + "."
}

// FuncLabel names function fn for the page: its name, or a short excerpt
// of its source when it has none.
func (t *Trace) FuncLabel(fn int32) string {
	f := &t.Funcs[fn]
	if f.Name != "(anonymous)" {
		return f.Name
	}
	return excerpt(t.Source.Text[f.Src.Start:f.Src.End], 40)
}

// jobName names a job in a sentence: "Promise reaction `log`".
func (t *Trace) jobName(j *Job) string {
	switch j.Kind {
	case JobTimeout:
		return "The timeout callback " + quote(j.Label)
	case JobInterval:
		return "The interval callback " + quote(j.Label)
	case JobImmediate:
		return "The immediate " + quote(j.Label)
	case JobNextTick:
		return "The nextTick callback " + quote(j.Label)
	case JobMicrotask:
		return "The microtask " + quote(j.Label)
	case JobReaction:
		return "The promise reaction " + quote(j.Label)
	case JobAwait:
		return "The job " + quote(j.Label) + " (after await)"
	case JobThenable:
		return "The job to " + j.Label
	case JobAnimationFrame:
		return "The animation frame callback " + quote(j.Label)
	}
	return "The " + j.API + " callback " + quote(j.Label)
}

// snippet is the first line of a source range, shortened.
func (t *Trace) snippet(r jsRange) string {
	s := t.Source.Text[r.Start:r.End]
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimRight(s[:i], "\r") + " …"
	}
	return excerpt(s, 60)
}

func quote(s string) string { return "`" + s + "`" }
