package engine

import (
	"bufio"
	"encoding/json"
	"io"
	"strings"
)

// StepJSON is one line of `looplab trace --json`: a step with its position,
// its sentence and what it refers to, spelled out. README.md documents it.
type StepJSON struct {
	I       int          `json:"i"`
	T       float64      `json:"t"` // virtual time, ms
	Kind    string       `json:"kind"`
	Line    int          `json:"line,omitempty"`
	Col     int          `json:"col,omitempty"`
	EndLine int          `json:"endLine,omitempty"`
	EndCol  int          `json:"endCol,omitempty"`
	Text    string       `json:"text"`
	Queue   string       `json:"queue,omitempty"`
	Phase   string       `json:"phase,omitempty"`
	Job     *JobJSON     `json:"job,omitempty"`
	Frame   *FrameJSON   `json:"frame,omitempty"`
	Worker  *int         `json:"worker,omitempty"`
	Console *ConsoleJSON `json:"console,omitempty"`
	Exit    *int         `json:"exitCode,omitempty"`
	Race    bool         `json:"race,omitempty"`
	Cancel  bool         `json:"cancelled,omitempty"`
}

type JobJSON struct {
	ID    int     `json:"id"`
	Kind  string  `json:"kind"`
	API   string  `json:"api"`
	Label string  `json:"label"`
	Due   float64 `json:"due,omitempty"` // ms
}

type FrameJSON struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type ConsoleJSON struct {
	Level  string `json:"level"`
	Text   string `json:"text"`
	Stderr bool   `json:"stderr,omitempty"`
}

// StepJSON describes step i for JSON output.
func (t *Trace) StepJSON(i int) StepJSON {
	s := &t.Steps[i]
	out := StepJSON{I: i, T: float64(s.Time) / 1e6, Kind: s.Kind.String(), Text: t.Describe(i),
		Race: s.Flags&FlagRace != 0, Cancel: s.Flags&FlagCancel != 0}
	if s.Src != (jsRange{}) {
		out.Line, out.Col = t.Source.Position(s.Src.Start)
		out.EndLine, out.EndCol = t.Source.Position(s.Src.End)
	}
	switch s.Kind {
	case KindEnqueue, KindDequeue, KindAPIStart, KindAPIDone, KindWorkerStart, KindWorkerDone:
		j := &t.Jobs[s.Ref]
		out.Job = &JobJSON{ID: int(s.Ref), Kind: j.Kind.String(), API: j.API, Label: j.Label, Due: float64(j.Due) / 1e6}
		if s.Queue != QueueNone {
			out.Queue = s.Queue.String()
		}
		if s.Kind == KindWorkerStart || s.Kind == KindWorkerDone {
			w := int(s.Aux)
			out.Worker = &w
		}
	case KindPush, KindPop:
		out.Frame = &FrameJSON{ID: int(s.Ref), Name: t.Funcs[t.Frames[s.Ref].Func].Name}
	case KindPhase:
		out.Phase = Phase(s.Aux).String()
	case KindConsole:
		l := &t.Lines[s.Ref]
		out.Console = &ConsoleJSON{Level: l.Level.String(), Text: strings.TrimSuffix(l.Text, "\n"), Stderr: l.Stderr}
	case KindExit:
		c := int(s.Aux)
		out.Exit = &c
	}
	return out
}

// WriteJSONLines writes the trace as JSON Lines, one step per line.
func (t *Trace) WriteJSONLines(w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for i := range t.Steps {
		if err := enc.Encode(t.StepJSON(i)); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Stdout is everything the program wrote to standard output (Node) or the
// console (browser), in order.
func (t *Trace) Stdout() string { return t.output(false) }

// Stderr is everything the program wrote to standard error (Node).
func (t *Trace) Stderr() string { return t.output(true) }

func (t *Trace) output(stderr bool) string {
	var b strings.Builder
	for _, l := range t.Lines {
		if l.Stderr == stderr {
			b.WriteString(l.Text)
		}
	}
	return b.String()
}
