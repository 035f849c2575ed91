// Package protocol is what the page's two WebAssembly programs say to each
// other: the UI (wasm/ui) asks, the engine's Web Worker (wasm/worker)
// answers. Every message is one JSON text posted with postMessage: a
// string from the UI, UTF-8 bytes in a Uint8Array (its buffer transferred)
// from the worker, which the UI copies into Go once, as it could not a
// string. (The worker's "ready" and web/worker.js's own messages are
// strings.)
//
// Requests carry an id that the answer repeats:
//
//	{"op":"run","id":1,"code":"…","runtime":"node","filename":"main.js","maxSteps":1000000,
//	 "inputs":[{"kind":"click","target":"#go","at":12.5}]}
//	  → {"op":"ran","id":1,"steps":840,"runtime":"node","syntaxError":null,
//	     "exitCode":0,"stopped":false,"targets":[…],"notice":""}
//	{"op":"view","id":2,"step":17}
//	  → {"op":"view","id":2,"view":{…the state after step 17…}}
//	{"op":"output","id":3}
//	  → {"op":"output","id":3,"console":[{"level":"log","text":"hi\n"}]}
//
// A view leaves its console out: the UI asks for the run's whole console
// once ("output") and shows its first View.ConsoleTotal lines at each step.
// It carries at most MaxJobs jobs per list, and "more" counts the rest.
// The worker says {"op":"ready"} once the engine has loaded, and answers a
// request it cannot serve with {"op":"error","id":…,"message":"…"}. The
// worker keeps only the latest run: "view" and "output" refer to it.
//
// This package imports neither the engine nor syscall/js, so the UI can
// decode views without linking the engine.
package protocol

// MaxJobs bounds the jobs a view carries per list: a queue of thousands of
// timers would cost the page more to decode and draw than a frame allows,
// and a panel shows a few dozen at most.
const MaxJobs = 40

// Request is a message from the UI to the worker.
type Request struct {
	Op       string  `json:"op"` // "run", "view", "output"
	ID       int     `json:"id"`
	Code     string  `json:"code,omitempty"`
	Filename string  `json:"filename,omitempty"` // what stack traces call the script; "main.js" when empty
	Runtime  string  `json:"runtime,omitempty"`  // "node" or "browser"
	MaxSteps int     `json:"maxSteps,omitempty"`
	Inputs   []Input `json:"inputs,omitempty"`
	Step     int     `json:"step,omitempty"`
}

// Input is a user click or key press delivered to a browser run.
type Input struct {
	Kind   string  `json:"kind"` // "click" or "key"
	Target string  `json:"target"`
	Key    string  `json:"key,omitempty"`
	At     float64 `json:"at"` // virtual ms after the script started
}

// Reply is a message from the worker to the UI. Which fields are set
// depends on Op.
type Reply struct {
	Op string `json:"op"` // "ready", "ran", "view", "output", "error"
	ID int    `json:"id,omitempty"`

	// ran
	Steps       int          `json:"steps,omitempty"`
	Runtime     string       `json:"runtime,omitempty"`
	SyntaxError *SyntaxError `json:"syntaxError,omitempty"`
	ExitCode    int          `json:"exitCode,omitempty"`
	Stopped     bool         `json:"stopped,omitempty"`
	Targets     []Target     `json:"targets,omitempty"`
	Notice      string       `json:"notice,omitempty"` // the engine could not run this at all (an internal message)
	WallMS      int64        `json:"wallMs,omitempty"`

	// view: an engine.View, which View mirrors for the UI's decoding, with
	// at most MaxJobs jobs per queue and in the APIs; More counts the rest
	// (by queue name, and "apis"), which the page shows as "+N more".
	View any            `json:"view,omitempty"`
	More map[string]int `json:"more,omitempty"`

	// output
	Console []Line `json:"console,omitempty"`

	// error
	Message string `json:"message,omitempty"`
}

type SyntaxError struct {
	Message string `json:"message"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
}

// Target is an element of a browser run with listeners for user input.
type Target struct {
	Selector string   `json:"selector"`
	Label    string   `json:"label"`
	Events   []string `json:"events"`
}

// View mirrors engine.View (engine/view.go), field for field; a test keeps
// the two in step.
type View struct {
	Step         int     `json:"step"`
	Steps        int     `json:"steps"`
	Time         float64 `json:"time"`
	Phase        string  `json:"phase"`
	Kind         string  `json:"kind"`
	Text         string  `json:"text"`
	Race         bool    `json:"race,omitempty"`
	Span         *Span   `json:"span,omitempty"`
	Stack        []Frame `json:"stack"`
	Queues       []Queue `json:"queues"`
	APIs         []Job   `json:"apis"`
	Workers      []*Job  `json:"workers,omitempty"`
	Console      []Line  `json:"console"`
	ConsoleTotal int     `json:"consoleTotal"`
	Exited       bool    `json:"exited,omitempty"`
	ExitCode     int     `json:"exitCode,omitempty"`
	Stopped      bool    `json:"stopped,omitempty"`
	Error        string  `json:"error,omitempty"`
}

type Span struct {
	Line    int `json:"line"`
	Col     int `json:"col"`
	EndLine int `json:"endLine"`
	EndCol  int `json:"endCol"`
}

type Frame struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	Span *Span  `json:"span,omitempty"`
}

type Queue struct {
	Name string `json:"name"`
	Jobs []Job  `json:"jobs"`
}

type Job struct {
	ID        int     `json:"id"`
	Kind      string  `json:"kind"`
	API       string  `json:"api"`
	Label     string  `json:"label"`
	Due       float64 `json:"due,omitempty"`
	Remaining float64 `json:"remaining,omitempty"`
	Worker    int     `json:"worker,omitempty"`
}

// Line is one console line; Text ends with "\n".
type Line struct {
	Level  string `json:"level"`
	Text   string `json:"text"`
	Stderr bool   `json:"stderr,omitempty"`
}

// UnescapeHTML turns json.Marshal's escapes of <, > and & (\u003c, \u003e,
// \u0026) in the JSON b back into the characters themselves, in place, and
// returns the shorter JSON. The worker sends its replies so: the page reads
// a string without escapes where it lies, but copies every one that has
// any, and nearly every job label has an arrow function's "=>".
// (json.Encoder.SetEscapeHTML does the same while encoding, but links about
// 20 kB more of compressed WebAssembly into the worker.)
func UnescapeHTML(b []byte) []byte {
	w := 0
	for r := 0; r < len(b); {
		c := b[r]
		if c != '\\' || r+1 >= len(b) {
			b[w] = c
			w, r = w+1, r+1
			continue
		}
		// An escape: \uXXXX, or a backslash and one character (which may
		// be a second backslash, so the pair is copied whole).
		n := 2
		if b[r+1] == 'u' && r+6 <= len(b) {
			n = 6
			switch string(b[r+2 : r+6]) {
			case "003c":
				c = '<'
			case "003e":
				c = '>'
			case "0026":
				c = '&'
			}
		}
		if c != '\\' {
			b[w] = c
			w, r = w+1, r+n
			continue
		}
		w += copy(b[w:], b[r:r+n])
		r += n
	}
	return b[:w]
}
