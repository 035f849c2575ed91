//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"honnef.co/go/js/dom/v2"
)

// wireControls connects the toolbar, the scrubber, the runtime switch, the
// examples menu, the dialogs and the keyboard shortcuts to the app.
func (a *app) wireControls() {
	onClick := func(id string, f func()) {
		byID(id).AddEventListener("click", false, func(dom.Event) { f() })
	}
	onClick("run", func() {
		if a.recording {
			a.stop("Stopped the run.")
			return
		}
		a.record()
		a.afterRecord = append(a.afterRecord, func(ok bool) {
			if ok {
				a.setPlaying(true)
			}
		})
	})
	onClick("play", a.togglePlay)
	onClick("back", func() { a.stepBy(-1) })
	onClick("forward", func() { a.stepBy(1) })
	onClick("restart", func() {
		a.ensureRecorded(func(ok bool) { a.seek(0) })
	})
	onClick("help", func() { showDialog("help-dialog") })
	onClick("copy-link", func() { go a.copyLink() })
	onClick("short-link", func() { go a.shortLink() })
	onClick("embed", func() { go a.showEmbed() })
	for _, d := range queryAll("dialog .close") {
		d.AddEventListener("click", false, func(ev dom.Event) {
			d.Call("closest", "dialog").Call("close")
		})
	}

	speed := selectByID("speed")
	speed.AddEventListener("change", false, func(dom.Event) {
		n, _ := strconv.Atoi(speed.Value())
		a.speed = float64(n)
	})
	scrubber := inputByID("scrubber")
	scrubber.AddEventListener("input", false, func(dom.Event) {
		a.setPlaying(false)
		i, _ := strconv.Atoi(scrubber.Value())
		a.seek(i)
	})
	for _, el := range queryAll("#runtime input") {
		in := &dom.HTMLInputElement{BasicHTMLElement: el}
		in.AddEventListener("change", false, func(dom.Event) {
			if in.Checked() {
				a.setRuntime(in.Value())
				a.record()
			}
		})
	}
	examples := selectByID("examples")
	examples.AddEventListener("change", false, func(dom.Event) {
		file := examples.Value()
		if file == "" {
			return
		}
		runtime := "node"
		if opt := examples.Underlying().Get("selectedOptions").Index(0); opt.Truthy() {
			runtime = opt.Call("getAttribute", "data-runtime").String()
		}
		go a.openExample(file, runtime)
	})
	doc.AddEventListener("keydown", false, a.shortcut)
}

// shortcut handles the page's keys: Space plays or pauses, arrows step,
// Home and End go to the ends, ? lists the keys, Ctrl+Enter runs. Keys
// typed into a field, or that a focused control uses itself (Space on a
// button, arrows on the scrubber), are left alone.
func (a *app) shortcut(ev dom.Event) {
	k := ev.Underlying()
	key := k.Get("key").String()
	ctrl := k.Get("ctrlKey").Bool() || k.Get("metaKey").Bool()
	if k.Get("defaultPrevented").Bool() || k.Get("altKey").Bool() {
		return
	}
	if !docJS.Call("querySelector", "dialog[open]").IsNull() {
		return
	}
	target := k.Get("target")
	tag, kind := "", ""
	if target.Type() == js.TypeObject && target.Get("tagName").Type() == js.TypeString {
		tag = target.Get("tagName").String()
		if t := target.Get("type"); t.Type() == js.TypeString {
			kind = t.String()
		}
	}
	typing := tag == "TEXTAREA" || tag == "SELECT" || tag == "INPUT" && kind != "range" && kind != "radio"
	if ctrl && key == "Enter" {
		ev.PreventDefault()
		byID("run").Click()
		return
	}
	if typing || ctrl {
		return
	}
	onControl := tag == "BUTTON" || tag == "INPUT" || tag == "A"
	switch key {
	case " ":
		if onControl {
			return
		}
		a.togglePlay()
	case "ArrowRight", "ArrowLeft":
		if tag == "INPUT" {
			return // the scrubber and the runtime switch move themselves
		}
		n := 1
		if k.Get("shiftKey").Bool() {
			n = 10
		}
		if key == "ArrowLeft" {
			n = -n
		}
		a.stepBy(n)
	case "Home":
		a.setPlaying(false)
		a.ensureRecorded(func(bool) { a.seek(0) })
	case "End":
		a.setPlaying(false)
		a.ensureRecorded(func(bool) { a.seek(a.last()) })
	case "?":
		showDialog("help-dialog")
	default:
		return
	}
	ev.PreventDefault()
}

func showDialog(id string) {
	d := byID(id).Underlying()
	if !d.Get("open").Bool() {
		d.Call("showModal")
	}
}

// openExample loads examples/file into the editor and records it.
func (a *app) openExample(file, runtime string) {
	code, err := fetchText(global.Get("looplabBoot").Get("root").String() + "examples/" + file)
	if err != nil {
		showNotice("Could not load the example: "+err.Error(), true)
		return
	}
	a.load(code, runtime, file)
	a.record()
}

// fetchText GETs a URL of the site and returns its body.
func fetchText(url string) (string, error) {
	resp, err := await(global.Call("fetch", url))
	if err != nil {
		return "", err
	}
	if !resp.Get("ok").Bool() {
		return "", errorString("HTTP " + strconv.Itoa(resp.Get("status").Int()))
	}
	body, err := await(resp.Call("text"))
	if err != nil {
		return "", err
	}
	return body.String(), nil
}

type errorString string

func (e errorString) Error() string { return string(e) }

// showNotice says something short above the panels; bad notices are red.
func showNotice(msg string, bad bool) {
	n := byID("notice")
	n.SetTextContent(msg)
	setClass(n, "bad", bad)
	n.RemoveAttribute("hidden")
}

func hideNotice() { byID("notice").SetAttribute("hidden", "") }
