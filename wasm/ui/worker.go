//go:build js && wasm

package main

import (
	"syscall/js"
	"unsafe"

	"looplab/wasm/protocol"
)

// reply is a parsed message from the worker (protocol.Reply's fields).
type reply = protocol.Value

// engineWorker talks to the engine's Web Worker (wasm/worker) in the
// messages of looplab/wasm/protocol. Requests made before the engine has
// loaded wait in a queue; a run that never ends is stopped by terminating
// the worker and starting a fresh one (restart), which is the only way to
// stop goja in WebAssembly.
type engineWorker struct {
	worker    js.Value
	onMessage js.Func
	ready     bool
	nextID    int
	waiting   []string            // requests sent before the engine was ready
	replies   map[int]func(reply) // by request id
	readyAt   float64             // performance.now() when the engine said ready

	onReady func()
	onError func(msg string) // the engine failed outside any request
}

func newEngineWorker() *engineWorker {
	e := &engineWorker{replies: map[int]func(reply){}}
	e.onMessage = js.FuncOf(func(_ js.Value, args []js.Value) any {
		e.receive(args[0].Get("data"))
		return nil
	})
	boot := global.Get("looplabBoot")
	e.attach(boot.Get("worker"), boot.Get("early"))
	return e
}

// attach takes over a worker and handles what it said before the UI was
// listening.
func (e *engineWorker) attach(w, early js.Value) {
	e.worker = w
	w.Set("onmessage", e.onMessage)
	each(early, e.receive)
}

// restart ends the current worker, whatever it is doing, and starts a
// fresh engine. Unanswered requests are dropped.
func (e *engineWorker) restart() {
	e.worker.Call("terminate")
	e.ready = false
	e.waiting = nil
	e.replies = map[int]func(reply){}
	boot := global.Get("looplabBoot")
	e.attach(boot.Call("spawn"), boot.Get("early"))
}

// send posts a request (a protocol.Request spelled as a map) and calls then
// with the worker's reply to it.
func (e *engineWorker) send(req map[string]any, then func(reply)) {
	e.nextID++
	req["id"] = e.nextID
	e.post(e.nextID, stringify(req), then)
}

// askView asks for the view of one step: the request a playback makes
// dozens of times a second, spelled without building a JavaScript object.
func (e *engineWorker) askView(step int, then func(reply)) {
	e.nextID++
	e.post(e.nextID, protocol.ViewRequest(e.nextID, step), then)
}

// post sends request id, spelled msg, or queues it until the engine is
// ready.
func (e *engineWorker) post(id int, msg string, then func(reply)) {
	e.replies[id] = then
	if !e.ready {
		e.waiting = append(e.waiting, msg)
		return
	}
	e.worker.Call("postMessage", msg)
}

func (e *engineWorker) receive(data js.Value) {
	msg, ok := messageText(data)
	if !ok {
		return
	}
	r, err := protocol.ParseReply(msg)
	if err != nil {
		return
	}
	switch op := protocol.Str(r, "op"); {
	case op == "ready":
		e.ready = true
		e.readyAt = now()
		global.Get("performance").Call("mark", "looplab:engine-ready")
		for _, msg := range e.waiting {
			e.worker.Call("postMessage", msg)
		}
		e.waiting = nil
		if e.onReady != nil {
			e.onReady()
		}
	case op == "error" && protocol.Int(r, "id") == 0:
		if e.onError != nil {
			e.onError(protocol.Str(r, "message"))
		}
	default:
		id := protocol.Int(r, "id")
		if then, ok := e.replies[id]; ok {
			delete(e.replies, id)
			then(r)
		}
	}
}

var uint8Array = global.Get("Uint8Array")

// messageText is a message's JSON: a string, or UTF-8 bytes in a
// Uint8Array (the worker's replies, see package protocol). The bytes are
// copied once and never written again, so the string can share them; a
// js.Value's String() makes two copies, and views arrive dozens of times a
// second.
func messageText(data js.Value) (string, bool) {
	switch {
	case data.Type() == js.TypeString:
		return data.String(), true
	case data.InstanceOf(uint8Array):
		b := make([]byte, data.Get("byteLength").Int())
		js.CopyBytesToGo(b, data)
		return unsafe.String(unsafe.SliceData(b), len(b)), true
	}
	return "", false
}
