package engine

// View is the state after one step, spelled out for the page: names instead
// of indexes, positions as line:column, times in milliseconds. The worker
// sends it to the UI as JSON; the UI only renders it.
type View struct {
	Step         int         `json:"step"`  // index of the step shown
	Steps        int         `json:"steps"` // steps in the whole trace
	Time         float64     `json:"time"`  // virtual ms
	Phase        string      `json:"phase"`
	Kind         string      `json:"kind"`
	Text         string      `json:"text"` // the step's sentence
	Race         bool        `json:"race,omitempty"`
	Span         *Span       `json:"span,omitempty"`    // what the step points at in the source
	Stack        []FrameView `json:"stack"`             // outermost first
	Queues       []QueueView `json:"queues"`            // the runtime's queues, in display order
	APIs         []JobView   `json:"apis"`              // held by the runtime's APIs (timers, I/O, thread pool)
	Workers      []*JobView  `json:"workers,omitempty"` // Node: the thread pool's workers (nil = idle)
	Console      []LineView  `json:"console"`           // the console so far (the last MaxViewLines)
	ConsoleTotal int         `json:"consoleTotal"`
	Exited       bool        `json:"exited,omitempty"`
	ExitCode     int         `json:"exitCode,omitempty"`
	Stopped      bool        `json:"stopped,omitempty"`
	Error        string      `json:"error,omitempty"` // the step's error message, for error steps
}

// Span is a source range: 1-based lines, UTF-16 columns.
type Span struct {
	Line    int `json:"line"`
	Col     int `json:"col"`
	EndLine int `json:"endLine"`
	EndCol  int `json:"endCol"`
}

type FrameView struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	Span *Span  `json:"span,omitempty"` // where this frame is
}

type QueueView struct {
	Name string    `json:"name"`
	Jobs []JobView `json:"jobs"`
}

type JobView struct {
	ID        int     `json:"id"`
	Kind      string  `json:"kind"`
	API       string  `json:"api"`
	Label     string  `json:"label"`
	Due       float64 `json:"due,omitempty"`       // ms, timers
	Remaining float64 `json:"remaining,omitempty"` // ms until due, timers
	Worker    int     `json:"worker,omitempty"`    // 1-based thread-pool worker running it
}

type LineView struct {
	Level  string `json:"level"`
	Text   string `json:"text"`
	Stderr bool   `json:"stderr,omitempty"`
}

// MaxViewLines bounds the console lines a View carries.
const MaxViewLines = 500

func (t *Trace) span(r jsRange) *Span {
	if r == (jsRange{}) {
		return nil
	}
	l, c := t.Source.Position(r.Start)
	el, ec := t.Source.Position(r.End)
	return &Span{Line: l, Col: c, EndLine: el, EndCol: ec}
}

func (t *Trace) jobView(id int32, now int64) JobView {
	j := &t.Jobs[id]
	v := JobView{ID: int(id), Kind: j.Kind.String(), API: j.API, Label: j.Label}
	if j.Kind == JobTimeout || j.Kind == JobInterval || j.Kind == JobAnimationFrame {
		v.Due = float64(j.Due) / 1e6
		if j.Due > now {
			v.Remaining = float64(j.Due-now) / 1e6
		}
	}
	return v
}

// View returns the state after step i, for the page.
func (t *Trace) View(i int) View {
	if len(t.Steps) == 0 {
		return View{Steps: 0, Step: -1}
	}
	if i < 0 {
		i = 0
	}
	if i >= len(t.Steps) {
		i = len(t.Steps) - 1
	}
	s := t.StateAt(i)
	st := &t.Steps[i]
	v := View{
		Step: i, Steps: len(t.Steps), Time: float64(s.Time) / 1e6, Phase: s.Phase.String(),
		Kind: st.Kind.String(), Text: t.Describe(i), Race: st.Flags&FlagRace != 0,
		Span: t.span(st.Src), Exited: s.Exited, ExitCode: s.ExitCode, Stopped: s.Stopped,
		Stack: []FrameView{}, Queues: []QueueView{}, APIs: []JobView{}, Console: []LineView{},
	}
	if st.Kind == KindError {
		v.Error = t.Messages[st.Ref].Text
	}
	for _, a := range s.Stack {
		f := &t.Funcs[a.Func]
		name := t.FuncLabel(a.Func)
		if f.Kind == "script" {
			name = "(main script)"
		}
		v.Stack = append(v.Stack, FrameView{Name: name, Kind: f.Kind, Span: t.span(a.At)})
	}
	queues := NodeQueues
	if t.Runtime == Browser {
		queues = BrowserQueues
	}
	for _, q := range queues {
		qv := QueueView{Name: q.String(), Jobs: []JobView{}}
		for _, id := range s.Queues[q] {
			qv.Jobs = append(qv.Jobs, t.jobView(id, s.Time))
		}
		v.Queues = append(v.Queues, qv)
	}
	working := map[int32]int{}
	if t.Runtime != Browser {
		v.Workers = make([]*JobView, ThreadPoolSize)
		for w, id := range s.Workers {
			if id >= 0 {
				jv := t.jobView(id, s.Time)
				jv.Worker = w + 1
				v.Workers[w] = &jv
				working[id] = w + 1
			}
		}
	}
	for _, id := range s.APIs {
		jv := t.jobView(id, s.Time)
		jv.Worker = working[id]
		v.APIs = append(v.APIs, jv)
	}
	v.ConsoleTotal = s.Console
	from := max(0, s.Console-MaxViewLines)
	for _, l := range t.Lines[from:s.Console] {
		v.Console = append(v.Console, LineView{Level: l.Level.String(), Text: l.Text, Stderr: l.Stderr})
	}
	return v
}

// Target is an element of a browser run that listens for user input: the
// page offers a button that clicks it (Options.Inputs replays the click).
type Target struct {
	Selector string   `json:"selector"` // "#id", or "tag:nth-of-type(k)"
	Label    string   `json:"label"`    // what the button says: tag, id, text
	Events   []string `json:"events"`   // the events it listens for: "click", "keydown", ...
}

// Targets lists the elements of a browser run that have listeners, as they
// were at the end of the run (nil for Node runs).
func (t *Trace) Targets() []Target {
	return t.targets
}
