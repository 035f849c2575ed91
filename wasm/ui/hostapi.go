//go:build js && wasm

package main

import (
	"syscall/js"
)

// The host API lets a page drive the playground: window.looplab on the
// same page, postMessage into an /embed iframe, with the same verbs. Every
// verb returns a promise (a reply, over postMessage):
//
//	load(code, {runtime, filename})  put code in the editor (not yet recorded) → state
//	play()                 record if needed, then play → state
//	pause()                → state
//	step(n = 1)            pause and move n steps (back when negative), once shown → state
//	seek(i)                pause and show step i (0-based), once shown → state
//	state()                → {ready, recording, playing, speed, runtime, code, step, steps, time, phase, text, stack, consoleLines, ...}
//	runToEnd()             record if needed, show the last step → {console: [lines], steps, exitCode, stopped}
//
// Over postMessage a host sends {looplab: 1, id, method, args: [...]} and
// gets {looplab: 1, id, result} or {looplab: 1, id, error}; the iframe says
// {looplab: 1, event: "ready"} to its parent once it listens. Arguments are
// only ever data: nothing a host sends is evaluated.

var hostVerbs = []string{"load", "play", "pause", "step", "seek", "state", "runToEnd"}

func (a *app) installHostAPI() {
	api := js.ValueOf(map[string]any{})
	for _, verb := range hostVerbs {
		verb := verb
		api.Set(verb, js.FuncOf(func(_ js.Value, args []js.Value) any {
			return a.call(verb, args)
		}))
	}
	global.Set("looplab", api)

	window.AddEventListener("message", false, func(ev domEvent) {
		e := ev.Underlying()
		data := e.Get("data")
		if data.Type() != js.TypeObject || num(data, "looplab") != 1 || str(data, "method") == "" {
			return
		}
		source, origin := e.Get("source"), e.Get("origin").String()
		if source.Type() != js.TypeObject {
			return
		}
		if origin == "null" || origin == "" {
			origin = "*"
		}
		id := field(data, "id")
		var args []js.Value
		each(field(data, "args"), func(v js.Value) { args = append(args, v) })
		p := a.call(str(data, "method"), args)
		var onOK, onErr js.Func
		reply := func(m map[string]any) {
			m["looplab"] = 1
			msg := js.ValueOf(m)
			msg.Set("id", id)
			source.Call("postMessage", msg, origin)
			onOK.Release()
			onErr.Release()
		}
		onOK = js.FuncOf(func(_ js.Value, r []js.Value) any {
			reply(map[string]any{"result": arg(r, 0)})
			return nil
		})
		onErr = js.FuncOf(func(_ js.Value, r []js.Value) any {
			reply(map[string]any{"error": arg(r, 0).Get("message")})
			return nil
		})
		p.Call("then", onOK, onErr)
	})
}

// restored runs the host API calls that came before the page had set
// itself up from its URL (a link's code must not land on top of a host's
// load), and tells an embedding page that it can call.
func (a *app) restored() {
	if a.ready {
		return
	}
	a.ready = true
	for _, f := range a.early {
		f()
	}
	a.early = nil
	if parent := global.Get("parent"); !parent.Equal(global) {
		parent.Call("postMessage", js.ValueOf(map[string]any{"looplab": 1, "event": "ready"}), "*")
	}
}

// call runs one verb and returns its promise.
func (a *app) call(verb string, args []js.Value) js.Value {
	p, resolve, reject := newPromise()
	if !a.ready {
		a.early = append(a.early, func() { a.do(verb, args, resolve, reject) })
		return p
	}
	a.do(verb, args, resolve, reject)
	return p
}

func (a *app) do(verb string, args []js.Value, resolve func(any), reject func(string)) {
	state := func() { resolve(a.state()) }
	switch verb {
	case "load":
		if len(args) == 0 || args[0].Type() != js.TypeString {
			reject("load(code, {runtime}): code must be a string")
			break
		}
		rt, file := a.runtime, ""
		if len(args) > 1 {
			if str(args[1], "runtime") != "" {
				rt = str(args[1], "runtime")
			}
			file = str(args[1], "filename")
		}
		a.load(args[0].String(), rt, file)
		state()
	case "play":
		a.ensureRecorded(func(ok bool) {
			if ok {
				a.setPlaying(true)
			}
			state()
		})
	case "pause":
		a.setPlaying(false)
		state()
	case "step", "seek":
		n := 1
		if len(args) > 0 && args[0].Type() == js.TypeNumber {
			n = args[0].Int()
		}
		a.setPlaying(false)
		a.ensureRecorded(func(ok bool) {
			if ok {
				if verb == "seek" {
					a.seek(n)
				} else {
					a.seek(max(a.target, 0) + n)
				}
			}
			a.until(a.settled, state, reject)
		})
	case "state":
		state()
	case "runToEnd":
		a.ensureRecorded(func(ok bool) {
			if !ok {
				resolve(a.result())
				return
			}
			a.setPlaying(false)
			a.seek(a.last())
			a.until(a.settled, func() { resolve(a.result()) }, reject)
		})
	default:
		reject("looplab has no verb " + verb)
	}
}

// result is what runToEnd resolves to.
func (a *app) result() map[string]any {
	r := map[string]any{"console": a.console.texts(), "steps": 0}
	if a.rec != nil {
		r["steps"], r["exitCode"], r["stopped"] = a.rec.steps, a.rec.exitCode, a.rec.stopped
		if se := a.rec.syntaxError; se != nil {
			r["syntaxError"] = map[string]any{"message": se.Message, "line": se.Line, "column": se.Column}
		}
		if a.rec.notice != "" {
			r["notice"] = a.rec.notice
		}
	}
	return r
}

// state is the page's state for the host API.
func (a *app) state() map[string]any {
	s := map[string]any{
		"ready": a.eng.ready, "recording": a.recording, "playing": a.playing, "speed": a.speed,
		"runtime": a.runtime, "code": a.ed.text(), "step": a.shown, "steps": 0, "embed": a.embed,
	}
	if a.rec != nil && a.rec.code == a.ed.text() {
		s["steps"], s["exitCode"], s["stopped"] = a.rec.steps, a.rec.exitCode, a.rec.stopped
		if se := a.rec.syntaxError; se != nil {
			s["syntaxError"] = map[string]any{"message": se.Message, "line": se.Line, "column": se.Column}
		}
	}
	if v := a.view; v != nil && a.shown >= 0 {
		stack := []any{}
		for _, f := range v.Stack {
			stack = append(stack, f.Name)
		}
		queues := map[string]any{}
		for _, q := range v.Queues {
			jobs := []any{}
			for _, j := range q.Jobs {
				jobs = append(jobs, j.Label)
			}
			queues[q.Name] = jobs
		}
		s["time"], s["phase"], s["text"], s["kind"] = v.Time, v.Phase, v.Text, v.Kind
		s["stack"], s["queues"], s["consoleLines"] = stack, queues, v.ConsoleTotal
	}
	return s
}
