//go:build js && wasm

// Command worker runs looplab's engine in a Web Worker (web/worker.js starts
// it), so that no snippet can freeze the page: the UI's thread never runs
// goja, and a run that never ends can be stopped with Worker.terminate().
// It speaks the JSON messages of looplab/wasm/protocol; syscall/js is used
// only to receive and post them.
package main

import (
	"encoding/json"
	"errors"
	"syscall/js"

	"looplab/engine"
	"looplab/wasm/protocol"
)

// trace is the latest run; "view" and "output" read it.
var trace *engine.Trace

func main() {
	// Recording allocates fast and keeps little: collect less often, as
	// `looplab trace` does.
	engine.SetRecordingGC()
	self := js.Global()
	onMessage := js.FuncOf(func(_ js.Value, args []js.Value) any {
		data := args[0].Get("data")
		if data.Type() != js.TypeString {
			return nil
		}
		req, err := protocol.DecodeRequest(data.String())
		if err != nil {
			post(protocol.Reply{Op: "error", Message: "bad request: " + err.Error()})
			return nil
		}
		post(answer(req))
		return nil
	})
	self.Call("addEventListener", "message", onMessage)
	// Said as a literal: marshalling it would compile encoding/json's
	// reflection paths (WebAssembly is compiled lazily, function by
	// function) before the engine can say it is ready; the first request
	// pays that instead, while the UI is already usable.
	self.Call("postMessage", `{"op":"ready"}`)
	select {} // onMessage lives as long as the worker
}

// post sends a reply: its JSON as UTF-8 bytes in a Uint8Array whose buffer
// is transferred, not copied (a string would reach the page's Go as two
// copies, one of them garbage at once; the page copies these bytes once),
// with <, > and & unescaped (protocol.UnescapeHTML).
func post(r protocol.Reply) {
	msg, err := json.Marshal(r)
	if err != nil {
		msg, _ = json.Marshal(protocol.Reply{Op: "error", ID: r.ID, Message: err.Error()})
	}
	msg = protocol.UnescapeHTML(msg)
	u8 := uint8Array.New(len(msg))
	js.CopyBytesToJS(u8, msg)
	js.Global().Call("postMessage", u8, []any{u8.Get("buffer")})
}

var uint8Array = js.Global().Get("Uint8Array")

func answer(req protocol.Request) protocol.Reply {
	switch req.Op {
	case "run":
		return run(req)
	case "view":
		if trace == nil {
			return protocol.Reply{Op: "error", ID: req.ID, Message: "nothing has run yet"}
		}
		v := trace.View(req.Step)
		v.Console = nil // the UI has the whole console from "output"
		more := map[string]int{}
		for i, q := range v.Queues {
			if n := len(q.Jobs); n > protocol.MaxJobs {
				v.Queues[i].Jobs, more[q.Name] = q.Jobs[:protocol.MaxJobs], n-protocol.MaxJobs
			}
		}
		if n := len(v.APIs); n > protocol.MaxJobs {
			v.APIs, more["apis"] = v.APIs[:protocol.MaxJobs], n-protocol.MaxJobs
		}
		return protocol.Reply{Op: "view", ID: req.ID, View: v, More: more}
	case "output":
		if trace == nil {
			return protocol.Reply{Op: "error", ID: req.ID, Message: "nothing has run yet"}
		}
		lines := make([]protocol.Line, len(trace.Lines))
		for i, l := range trace.Lines {
			lines[i] = protocol.Line{Level: l.Level.String(), Text: l.Text, Stderr: l.Stderr}
		}
		return protocol.Reply{Op: "output", ID: req.ID, Console: lines}
	}
	return protocol.Reply{Op: "error", ID: req.ID, Message: "unknown op " + req.Op}
}

func run(req protocol.Request) protocol.Reply {
	trace = nil
	rt := engine.Node
	if req.Runtime == string(engine.Browser) {
		rt = engine.Browser
	}
	// The script's own `// Input:` lines first (as `looplab trace` reads
	// them), then what the user did on the page.
	inputs, err := engine.ParseInputs(req.Code)
	if err != nil {
		return protocol.Reply{Op: "error", ID: req.ID, Message: err.Error()}
	}
	for _, in := range req.Inputs {
		inputs = append(inputs, engine.Input{Kind: in.Kind, Target: in.Target, Key: in.Key, At: int64(in.At * 1e6)})
	}
	t, err := engine.Run(req.Code, engine.Options{Runtime: rt, Filename: req.Filename, MaxSteps: req.MaxSteps, Inputs: inputs})
	reply := protocol.Reply{Op: "ran", ID: req.ID, Runtime: string(rt)}
	var se *engine.SyntaxError
	if errors.As(err, &se) {
		reply.SyntaxError = &protocol.SyntaxError{Message: se.Message, Line: se.Line, Column: se.Column}
		reply.ExitCode = 1
		return reply
	}
	if err != nil {
		return protocol.Reply{Op: "error", ID: req.ID, Message: err.Error()}
	}
	trace = t
	reply.Steps = len(t.Steps)
	reply.ExitCode = t.ExitCode
	reply.Stopped = t.Stopped
	reply.WallMS = t.Wall.Milliseconds()
	for _, tg := range t.Targets() {
		reply.Targets = append(reply.Targets, protocol.Target{Selector: tg.Selector, Label: tg.Label, Events: tg.Events})
	}
	for _, m := range t.Messages {
		if m.Kind == "internal" {
			reply.Notice = m.Text
		}
	}
	return reply
}
