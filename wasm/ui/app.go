//go:build js && wasm

package main

import (
	"strconv"

	"looplab/wasm/protocol"
)

// maxSteps is the engine's step budget for the page's runs: it stops
// `while (true) {}` after a few seconds of recording.
const maxSteps = 1_000_000

// runawayMS is how long a recording may take in real time before the page
// terminates the worker: the step budget stops nearly everything sooner,
// this stops the rest (a regular expression that backtracks forever).
const runawayMS = 60_000

// recording is one finished run of the engine: the trace stays in the
// worker, the page keeps what it needs to ask for views of it.
type recording struct {
	code, runtime string
	inputs        []protocol.Input // user input delivered on top of the script's own `// Input:` lines
	steps         int
	syntaxError   *protocol.SyntaxError
	exitCode      int
	stopped       bool
	targets       []protocol.Target
	notice        string
	wallMS        int64
	console       []protocol.Line // the whole run's console, once the worker sent it
}

// app is the playground's state: what is recorded, which step is shown,
// whether it plays. The panels only draw it.
type app struct {
	eng     *engineWorker
	ed      *editor
	panels  *panels
	console *consolePanel

	runtime  string  // "node" or "browser": the switch's value
	filename string  // the example's file name, which stack traces show; "" is main.js
	speed    float64 // steps per second; 0 is instant
	embed    bool

	rec         *recording   // the latest finished recording
	recording   bool         // a run is in the worker now
	gen         int          // bumps with every run: replies about older runs are dropped
	afterRecord []func(bool) // called when the run in flight ends (true: there are steps to show)
	abandoned   bool         // while afterRecord runs for a run that was stopped
	inputs      []protocol.Input
	startStep   int // the step to show first after the next recording (a link's step)

	view         *protocol.View // the view shown
	more         protocol.Value // how many jobs the worker left out of it, by list
	shown        int            // its step, -1 for none
	target       int            // the step playback wants shown
	playing      bool
	acc          float64 // fractional steps owed to playback
	sinceAsk     float64 // ms since playback last asked for a step's view
	drawMS       float64 // how long the last view took to draw
	recordedAt   float64 // performance.now() when the latest recording finished
	viewInFlight bool
	drawn        bool // the view has been drawn
	waiters      []waiter

	ready bool     // the page has set itself up from its URL
	early []func() // host API calls made before that

	warmed bool // warmUp has run
}

// waiter is a host API call waiting for the page to reach a state.
type waiter struct {
	done    func() bool
	resolve func()
	reject  func(string)
}

// current reports whether the latest recording is of the editor's code on
// the chosen runtime (user input delivered since is part of it).
func (a *app) current() bool {
	return a.rec != nil && !a.recording && a.rec.code == a.ed.text() && a.rec.runtime == a.runtime
}

// ensureRecorded calls then once there is a recording of the editor's code
// (recording it first when needed); ok is false when it has no steps (a
// syntax error, an engine failure).
func (a *app) ensureRecorded(then func(ok bool)) {
	switch {
	case a.current():
		then(a.rec.steps > 0)
	case a.recording:
		// A run of other code (or on the other runtime) is in flight: when
		// it ends, look again, unless it was stopped.
		a.afterRecord = append(a.afterRecord, func(bool) {
			if a.abandoned {
				then(false)
				return
			}
			a.ensureRecorded(then)
		})
	default:
		a.afterRecord = append(a.afterRecord, then)
		a.record()
	}
}

// record sends the editor's code to the engine.
func (a *app) record() {
	code := a.ed.text()
	if a.rec != nil && (a.rec.code != code || a.rec.runtime != a.runtime) {
		a.inputs = nil // clicks delivered to another program do not carry over
	}
	a.gen++
	gen := a.gen
	a.recording = true
	after(runawayMS, func() {
		if a.recording && a.gen == gen {
			a.stop("The run took over a minute of real time, so it was stopped.")
		}
	})
	a.setPlaying(false)
	a.panels.status("recording…", false)
	a.panels.setRecording(true)
	inputs := []any{}
	for _, in := range a.inputs {
		inputs = append(inputs, map[string]any{"kind": in.Kind, "target": in.Target, "key": in.Key, "at": in.At})
	}
	req := map[string]any{"op": "run", "code": code, "runtime": a.runtime, "filename": a.filename, "maxSteps": maxSteps, "inputs": inputs}
	rec := &recording{code: code, runtime: a.runtime, inputs: append([]protocol.Input(nil), a.inputs...)}
	collectWhenIdle() // while the worker records, the page has nothing to draw
	a.eng.send(req, func(r reply) {
		if gen != a.gen {
			return
		}
		if protocol.Str(r, "op") == "error" {
			rec.notice = protocol.Str(r, "message")
		} else {
			rec.steps, rec.exitCode, rec.stopped = protocol.Int(r, "steps"), protocol.Int(r, "exitCode"), protocol.Bool(r, "stopped")
			rec.notice, rec.wallMS = protocol.Str(r, "notice"), int64(protocol.Num(r, "wallMs"))
			rec.targets = protocol.DecodeTargets(protocol.List(r, "targets"))
			if se := protocol.Get(r, "syntaxError"); se != nil {
				rec.syntaxError = &protocol.SyntaxError{Message: protocol.Str(se, "message"), Line: protocol.Int(se, "line"), Column: protocol.Int(se, "column")}
			}
		}
		if rec.steps == 0 {
			a.finishRecording(rec)
			return
		}
		a.eng.send(map[string]any{"op": "output"}, func(r reply) {
			if gen != a.gen {
				return
			}
			rec.console = protocol.DecodeLines(protocol.List(r, "console"))
			a.finishRecording(rec)
		})
	})
}

func (a *app) finishRecording(rec *recording) {
	a.recording = false
	a.rec = rec
	a.panels.setRecording(false)
	a.ed.setError(rec.syntaxError)
	a.console.reset(rec.console)
	a.panels.setTargets(rec)
	a.view, a.shown, a.drawn, a.viewInFlight = nil, -1, false, false
	a.recordedAt = now()
	a.target = min(max(a.startStep, 0), max(rec.steps-1, 0))
	a.startStep = 0
	requestFrame()
	switch {
	case rec.syntaxError != nil:
		a.panels.status("syntax error", false)
		a.panels.clear("The program did not parse: fix the marked line and run again.")
	case rec.notice != "":
		a.panels.status("not recorded", false)
		a.panels.clear(rec.notice)
		showNotice(rec.notice, true)
	default:
		s := "recorded " + strconv.Itoa(rec.steps) + " steps in " + protocol.Fixed(float64(rec.wallMS)/1000, 1) + " s"
		if rec.stopped {
			s += " (stopped by the step budget)"
		}
		a.panels.status(s, true)
	}
	then := a.afterRecord
	a.afterRecord = nil
	for _, f := range then {
		f(rec.steps > 0)
	}
	a.settle()
}

// stop ends a recording in flight by restarting the engine.
func (a *app) stop(reason string) {
	if !a.recording {
		return
	}
	a.gen++
	a.recording = false
	a.eng.restart()
	a.panels.setRecording(false)
	a.panels.status("loading the engine…", false)
	showNotice(reason, true)
	then := a.afterRecord
	a.afterRecord = nil
	a.abandoned = true
	for _, f := range then {
		f(false)
	}
	a.abandoned = false
	for _, w := range a.waiters {
		w.reject(reason)
	}
	a.waiters = nil
}

// last is the last step of the recording (-1 when there is none).
func (a *app) last() int {
	if a.rec == nil {
		return -1
	}
	return a.rec.steps - 1
}

// seek asks for step i to be shown (the next frame requests its view).
func (a *app) seek(i int) {
	if a.rec == nil || a.rec.steps == 0 {
		return
	}
	a.target = min(max(i, 0), a.last())
	a.acc = 0
	requestFrame()
}

func (a *app) setPlaying(on bool) {
	if on && (a.rec == nil || a.rec.steps == 0) {
		on = false
	}
	if on && a.shown >= a.last() && a.target >= a.last() {
		a.seek(0) // play at the end starts over
	}
	a.playing = on
	a.acc = 0
	a.sinceAsk = fastPlayMaxMS // the first frame draws, however slow the last draw was
	a.panels.setPlaying(on)
	if on {
		requestFrame()
	}
}

// play records when needed, then plays.
func (a *app) play() {
	a.ensureRecorded(func(ok bool) {
		if ok {
			a.setPlaying(true)
		}
	})
}

func (a *app) togglePlay() {
	if a.playing {
		a.setPlaying(false)
		return
	}
	a.play()
}

// stepBy pauses and moves n steps (back when negative).
func (a *app) stepBy(n int) {
	a.setPlaying(false)
	a.ensureRecorded(func(ok bool) {
		if ok && a.shown >= 0 {
			a.seek(a.target + n)
		}
	})
}

// deliver re-runs the program with one more user input, at the virtual
// time of the step shown: runs are deterministic, so the new recording is
// the old one up to that moment, and then the input's task.
func (a *app) deliver(in protocol.Input) {
	if a.view != nil {
		in.At = a.view.Time
	}
	a.inputs = append(append([]protocol.Input(nil), a.inputs...), in)
	a.startStep = a.shown + 1
	wasPlaying := a.playing
	a.record()
	a.afterRecord = append(a.afterRecord, func(ok bool) {
		if ok && wasPlaying {
			a.setPlaying(true)
		}
	})
}

// requestView asks the worker for the target step's view unless one is on
// its way: views arrive at most one per round trip, so a fast playback
// skips steps rather than queueing requests.
func (a *app) requestView() {
	if a.viewInFlight || a.recording || a.rec == nil || a.rec.steps == 0 || a.target == a.shown {
		return
	}
	a.viewInFlight = true
	gen := a.gen
	a.eng.askView(a.target, func(r reply) {
		if gen != a.gen {
			return
		}
		a.viewInFlight = false
		v := protocol.ReplyView(r)
		if v == nil {
			return
		}
		a.view = v
		a.more = protocol.Get(r, "more")
		a.shown = a.view.Step
		a.drawn = false // the next frame draws it, then settles waiters
		requestFrame()
	})
}

// tick is the page's one animation-frame callback: it advances playback by
// the time elapsed, asks for the view to show, and draws what changed.
func (a *app) tick(dt float64) {
	if a.playing && !a.recording && a.rec != nil {
		if a.speed == 0 {
			a.target = a.last()
		} else {
			a.acc += dt / 1000 * a.speed
			if n := int(a.acc); n > 0 {
				a.acc -= float64(n)
				a.target = min(a.target+n, a.last())
			}
		}
		if a.shown == a.last() {
			a.setPlaying(false)
		}
		a.sinceAsk += dt
		if a.speed > fastPlay && a.target != a.last() && a.sinceAsk < a.fastPlayWait() {
			return
		}
		a.sinceAsk = 0
	}
	a.requestView()
	if !a.drawn && a.view != nil {
		a.drawn = true
		start := now()
		a.paint(a.view, a.more)
		a.console.show(a.view.ConsoleTotal)
		a.drawMS = now() - start
		drewView()
		a.settle()
		if !a.warmed && !a.playing {
			a.warmUp()
		}
		return
	}
	a.ed.frame() // typing
}

// Faster than one step a frame (over fastPlay steps a second), playback
// asks for a view and draws at most every fastPlayMS (30 times a second,
// each drawing several steps on, rather than 60), and less often while
// drawing is slow: the next waits four times as long as the last took,
// up to fastPlayMaxMS. Nobody reads 240 steps a second, and the drawing
// saved leaves the cores to the browser: on two cores, in the first
// seconds after a recording, V8's optimising compiler (tiering up the
// engine's code the recording made hot), the compositor and the worker
// all want them too, and the page's frames were the ones that waited
// (BENCHMARKS.md, "Half the drawing when playing fast"). The last step is
// drawn at once. For afterRecordMS after a recording finishes, fast
// playback draws every fastPlayMaxMS: that is when V8 optimises the
// engine's code the recording made hot (three compiler threads on two
// cores, in a Chrome trace) and then frees the code it replaced, on the
// page's thread (BENCHMARKS.md, "Less garbage, collected between frames").
const (
	fastPlay      = 60 // steps a second
	fastPlayMS    = 30
	fastPlayMaxMS = 100
	afterRecordMS = 2000
)

// fastPlayWait is how long fast playback waits between draws.
func (a *app) fastPlayWait() float64 {
	if now()-a.recordedAt < afterRecordMS {
		return fastPlayMaxMS
	}
	return min(fastPlayMaxMS, max(fastPlayMS, 4*a.drawMS))
}

// busy reports whether the next frame has anything to do: playback to
// advance, a view to ask for or to draw, typing to color.
func (a *app) busy() bool {
	return a.playing || a.ed.dirty || (a.view != nil && !a.drawn) ||
		(!a.recording && a.rec != nil && a.rec.steps > 0 && a.target != a.shown)
}

// paint draws a view in the editor and the panels (the console apart).
func (a *app) paint(v *protocol.View, more protocol.Value) {
	a.ed.setCurrent(v.Span)
	a.panels.draw(v, more, a.rec.runtime)
	a.panels.setPosition(v, a.last())
	a.ed.frame()
}

// warmViews is how many views of the first recording warmUp draws.
const warmViews = 8

// warmUp draws views from across the first recording out of sight, once.
// The browser compiles WebAssembly one function at a time, on its first
// call, so without this the first playback after a load compiles the
// editor's and the panels' code (marking the step's line, decoding views,
// keyed lists, queue rows) as it goes, in frames of 30-70 ms. Each view
// arrives in its own task, is painted, and the view on screen is painted
// again in the same task (with the editor's scroll position): the browser
// paints only between tasks, so nothing of it is seen (or announced).
func (a *app) warmUp() {
	a.warmed = true
	gen, last := a.gen, a.last()
	for i := 1; i <= warmViews; i++ {
		a.eng.askView(last*i/warmViews, func(r reply) {
			v := protocol.ReplyView(r)
			if gen != a.gen || a.playing || a.view == nil || v == nil {
				return
			}
			scroll := a.ed.scrollTop
			a.paint(v, protocol.Get(r, "more"))
			a.paint(a.view, a.more)
			a.ed.setScroll(scroll)
		})
	}
}

// settle resolves the host API calls whose condition now holds.
func (a *app) settle() {
	var still []waiter
	for _, w := range a.waiters {
		if w.done() {
			w.resolve()
		} else {
			still = append(still, w)
		}
	}
	a.waiters = still
}

// until calls resolve once done() holds (checked now and after every view
// and recording).
func (a *app) until(done func() bool, resolve func(), reject func(string)) {
	if done() {
		resolve()
		return
	}
	a.waiters = append(a.waiters, waiter{done, resolve, reject})
}

// settled reports whether the page shows (has drawn) the step playback
// wants.
func (a *app) settled() bool {
	return !a.recording && (a.rec == nil || a.rec.steps == 0 || (a.shown == a.target && a.view != nil && a.drawn))
}

// setRuntime switches the event loop the next run simulates.
func (a *app) setRuntime(rt string) {
	if rt != "browser" {
		rt = "node"
	}
	a.runtime = rt
	a.panels.setRuntime(rt)
}

// load puts code in the editor (the examples menu, links, the host API);
// filename is what its stack traces call it ("" for main.js).
func (a *app) load(code, runtime, filename string) {
	a.setPlaying(false)
	a.filename = filename
	a.ed.setText(code)
	a.setRuntime(runtime)
	a.inputs = nil
}
