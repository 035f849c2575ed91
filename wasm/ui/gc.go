//go:build js && wasm

package main

import (
	"runtime"
	"syscall/js"
)

// The page's Go heap holds little (well under a megabyte stays live), but
// playback makes garbage steadily: each view's JSON and decoded jobs, and a
// js.Value for every string and node handed to the browser, each with a
// finalizer; about 40 kB a view drawn. Left to itself the collector starts
// wherever an allocation crosses the heap goal, which is inside a frame:
// on two cores, in the first seconds after a recording (while V8 optimises
// the engine's code), such a frame took 25 ms. So the page collects in the
// browser's idle time instead, between frames: after every idleGCViews
// views drawn, and when a recording starts (while the worker records, the
// page has nothing to draw). The collector's own trigger is the backstop
// for a browser that is never idle, with a heap goal of 16 MB (web/main.js
// sets GOGC=400: runtime/debug.SetGCPercent would link 77 kB more).
const (
	idleGCViews  = 50 // about 2 MB of garbage
	idleGCMinMS  = 6  // the idle time a collection needs (3-6 ms on two cores)
	idleGCWaitMS = 2000
)

var (
	gcQueued     bool
	gcAskedAt    float64 // performance.now() when the collection was asked for
	viewsSinceGC int
	gcIdle       js.Func
	gcIdleOption js.Value
)

func init() {
	gcIdleOption = js.ValueOf(map[string]any{"timeout": idleGCWaitMS})
	gcIdle = js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) == 0 || args[0].Get("didTimeout").Bool() || args[0].Call("timeRemaining").Float() >= idleGCMinMS || now()-gcAskedAt >= idleGCWaitMS {
			gcQueued = false
			collect()
		} else {
			requestIdle() // a longer idle period, by the first deadline
		}
		return nil
	})
}

// drewView counts a view drawn, and asks for a collection after every
// idleGCViews.
func drewView() {
	viewsSinceGC++
	if viewsSinceGC >= idleGCViews {
		collectWhenIdle()
	}
}

// collectWhenIdle asks for a collection in the browser's next idle period
// long enough for one, or within idleGCWaitMS.
func collectWhenIdle() {
	if gcQueued {
		return
	}
	gcQueued, gcAskedAt = true, now()
	requestIdle()
}

// requestIdle calls gcIdle in the next idle period; a browser without
// requestIdleCallback (Safari) calls it from a timer task instead, still
// outside any frame's callbacks.
func requestIdle() {
	if hasIdleCallbacks {
		global.Call("requestIdleCallback", gcIdle, gcIdleOption)
	} else {
		global.Call("setTimeout", gcIdle, 0)
	}
}

var hasIdleCallbacks = global.Get("requestIdleCallback").Truthy()

func collect() {
	runtime.GC()
	viewsSinceGC = 0
}
