//go:build js && wasm

// Command ui is looplab's page: the editor, the panels and the controls,
// drawn with honnef.co/go/js/dom/v2. It knows nothing of the engine: it
// asks the engine's Web Worker (wasm/worker) for recordings and views and
// only renders them. One requestAnimationFrame callback, kept for the life
// of the page, advances playback and draws what changed.
package main

import (
	"strconv"
	"strings"
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

type domEvent = dom.Event

func main() {
	// One collection first, with the heap still empty: the browser
	// compiles WebAssembly one function at a time, on first call, and the
	// Go collector's first cycle would otherwise compile its code in the
	// middle of the first playback, a frame of 60-140 ms. Here it costs
	// that compilation only: 15-75 ms on a first load, 2 ms on a reload
	// (V8 caches the compiled code). Later ones run in idle time (gc.go).
	collect()
	a := &app{
		eng: newEngineWorker(), ed: newEditor(), panels: newPanels(), console: newConsolePanel(),
		shown: -1, speed: 10, runtime: "node",
	}
	a.filename = byID("code").GetAttribute("data-filename")
	a.panels.onTarget = a.deliver
	a.ed.onRun = func() { byID("run").Click() }
	a.ed.onChange = func() {
		if a.rec != nil && !a.recording {
			a.panels.status("edited: Run to record again", false)
		}
	}
	a.eng.onReady = func() {
		if !a.recording {
			a.panels.status("engine ready", true)
		}
	}
	a.eng.onError = func(msg string) { showNotice("The engine stopped: "+msg, true) }

	a.embed = isEmbed(global.Get("location").Get("pathname").String())
	if a.embed {
		wrap(docJS.Get("body")).Class().Add("embed")
	}
	a.setRuntime("node")
	a.wireControls()
	a.installHostAPI()
	startFrames(a)
	go a.restore()
	global.Get("window").Call("addEventListener", "hashchange", js.FuncOf(func(js.Value, []js.Value) any {
		go a.restore()
		return nil
	}))
	select {} // the callbacks above live as long as the page
}

// The page's one requestAnimationFrame loop runs only while something moves:
// playback, a view to ask for or draw, typing to color. An idle page asks
// the browser for no frames at all (it asked for 60 a second before, each a
// callback into Go and a rendering pass). Whatever changes the state calls
// requestFrame.
var (
	frameFunc   js.Func // undefined until startFrames
	frameQueued bool
	lastFrame   float64 // the previous frame's time; 0 after the loop slept
)

// startFrames sets up the loop for a and draws the first frame.
func startFrames(a *app) {
	frameFunc = js.FuncOf(func(_ js.Value, args []js.Value) any {
		frameQueued = false
		t := args[0].Float()
		dt := t - lastFrame
		if lastFrame == 0 || dt > 250 {
			dt = 1000.0 / 60 // woken up, or back from a hidden tab: no burst of steps
		}
		lastFrame = t
		safely(func() { a.tick(dt) })
		if a.busy() {
			requestFrame()
		} else {
			lastFrame = 0
		}
		return nil
	})
	requestFrame()
}

// requestFrame makes sure a frame comes: the loop runs one more time and
// keeps running while the app is busy.
func requestFrame() {
	if frameQueued || frameFunc.IsUndefined() {
		return
	}
	frameQueued = true
	global.Call("requestAnimationFrame", frameFunc)
}

// safely runs f, turning a panic into a visible error rather than a dead
// page (a panic in a callback would end the Go program).
func safely(f func()) {
	defer func() {
		if r := recover(); r != nil {
			msg := "looplab: internal error"
			if err, ok := r.(error); ok {
				msg += ": " + err.Error()
			} else if s, ok := r.(string); ok {
				msg += ": " + s
			}
			global.Get("console").Call("error", msg)
			showNotice(msg, true)
		}
	}()
	f()
}

func isEmbed(path string) bool {
	return strings.HasSuffix(path, "/embed") || strings.HasSuffix(path, "/embed/")
}

// shortID returns the id of a short link's path (/s/{id}), or "".
func shortID(path string) string {
	i := strings.LastIndex(path, "/s/")
	if i < 0 {
		return ""
	}
	id := strings.TrimSuffix(path[i+3:], "/")
	if len(id) == 0 || len(id) > 64 {
		return ""
	}
	for _, c := range id {
		if !(c == '-' || c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return ""
		}
	}
	return id
}

// panelNames are the panels an embed may hide (?hide=console,queues).
var panelNames = map[string]bool{"stack": true, "apis": true, "queues": true, "loop": true, "console": true, "input": true}

// restore sets the page up from its URL: a short link (/s/{id}) or a
// fragment link, then the query's options (autoplay, readonly, step,
// runtime, speed, hide), then records. Everything in the URL is data.
func (a *app) restore() {
	loc := global.Get("location")
	q := global.Get("URLSearchParams").New(loc.Get("search"))
	get := func(k string) string {
		if v := q.Call("get", k); v.Type() == js.TypeString {
			return v.String()
		}
		return ""
	}
	step, speed := -1, -1
	if id := shortID(loc.Get("pathname").String()); id != "" {
		a.openShortLink(id)
	} else if frag := strings.TrimPrefix(loc.Get("hash").String(), "#"); frag != "" {
		s, err := decodeFragment(frag)
		switch {
		case err == errFutureLink:
			showNotice("This link was made by a newer looplab; here is the default example.", true)
		case err != nil:
			showNotice("This link could not be opened ("+err.Error()+"); here is the default example.", true)
		default:
			hideNotice()
			a.load(s.code, s.runtime, "")
			step, speed = s.step, int(s.speed)
		}
	}
	if rt := get("runtime"); rt == "node" || rt == "browser" {
		a.setRuntime(rt)
	}
	if v, err := strconv.Atoi(get("step")); err == nil {
		step = v
	}
	if v, err := strconv.Atoi(get("speed")); err == nil {
		speed = v
	}
	if speed >= 0 {
		a.setSpeed(speed)
	}
	if get("readonly") == "1" {
		a.ed.setReadOnly(true)
	}
	for _, name := range strings.Split(get("hide"), ",") {
		if panelNames[name] {
			for _, el := range queryAll(`[data-panel="` + name + `"]`) {
				el.SetAttribute("hidden", "")
			}
		}
	}
	if a.embed {
		byID("open-full").SetAttribute("href", global.Get("looplabBoot").Get("root").String()+loc.Get("hash").String())
	}
	a.startStep = max(step, 0)
	autoplay := get("autoplay") == "1"
	a.ensureRecorded(func(ok bool) {
		if ok && autoplay {
			a.setPlaying(true)
		}
	})
	a.restored()
}

// setSpeed picks the speed menu's closest setting (0 is instant, and only
// instant is closest to it).
func (a *app) setSpeed(v int) {
	best, bestD := 10, -1
	for _, o := range queryAll("#speed option") {
		ov, _ := strconv.Atoi(o.GetAttribute("value"))
		d := ov - v
		if d < 0 {
			d = -d
		}
		if (v == 0) != (ov == 0) {
			continue
		}
		if bestD < 0 || d < bestD {
			best, bestD = ov, d
		}
	}
	selectByID("speed").SetValue(strconv.Itoa(best))
	a.speed = float64(best)
}
