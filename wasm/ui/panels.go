//go:build js && wasm

package main

import (
	"strconv"
	"strings"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"looplab/wasm/protocol"
)

// The loop diagrams: each runtime's phases in the order its loop visits
// them, named as the engine names them (libuv's phases; the HTML event
// loop's task, update the rendering and idle).
var (
	nodePhases    = []string{"main script", "timers", "pending callbacks", "idle, prepare", "poll", "check", "close callbacks", "beforeExit", "exit"}
	browserPhases = []string{"main script", "task", "update the rendering", "idle"}
)

// panels draws views: the call stack, the runtime's APIs and thread pool,
// the queues, the loop diagram and the current step's position, clock and
// sentence. Lists are keyed (frames by depth, jobs by id), so a step
// changes only the items that changed, and a job that appears animates in.
type panels struct {
	stack, apis                                  *keyedList
	workers, queues, loop, race                  element
	clock, count, sentence, statusEl, apisTitle  element
	scrubber                                     *dom.HTMLInputElement
	runButton, playButton, inputPane, targetsBox element

	runtime   string
	queueRows map[string]*queueRow
	phaseEls  map[string]element
	workerEls []element
	phase     string
	max       int // the scrubber's max
	onTarget  func(protocol.Input)

	targetFuncs []js.Func // the user input buttons' listeners
}

func newPanels() *panels {
	p := &panels{
		stack: newKeyedList(byID("stack"), "li"), apis: newKeyedList(byID("apis"), "li"),
		workers: byID("workers"), queues: byID("queues"), loop: byID("loop"), race: byID("race"),
		clock: byID("clock"), count: byID("step-count"), sentence: byID("sentence"), statusEl: byID("engine-status"),
		apisTitle: byID("apis-title"), scrubber: inputByID("scrubber"),
		runButton: byID("run"), playButton: byID("play"), inputPane: byID("input-pane"), targetsBox: byID("targets"),
	}
	return p
}

// setRuntime lays the panels out for a runtime: its queues, its loop, its
// APIs' name, the thread pool (Node) or the user input buttons (browser).
func (p *panels) setRuntime(rt string) {
	if rt == p.runtime {
		return
	}
	p.runtime = rt
	body := wrap(docJS.Get("body"))
	queues, phases := nodeQueues, nodePhases
	if rt == "browser" {
		queues, phases = browserQueues, browserPhases
		body.Class().Add("browser")
		p.apisTitle.SetTextContent("Web APIs")
		p.inputPane.RemoveAttribute("hidden")
		p.workers.SetAttribute("hidden", "")
	} else {
		body.Class().Remove("browser")
		p.apisTitle.SetTextContent("Node APIs")
		p.inputPane.SetAttribute("hidden", "")
		p.workers.RemoveAttribute("hidden")
	}
	for _, el := range queryAll("#runtime input") {
		in := &dom.HTMLInputElement{BasicHTMLElement: el}
		in.SetChecked(in.Value() == rt)
	}
	p.queues.SetTextContent("")
	p.queueRows = map[string]*queueRow{}
	for _, q := range queues {
		row := create("div", "queue")
		title := text("h3", "", q)
		row.AppendChild(title)
		ol := create("ol", "")
		ol.SetAttribute("aria-label", q+" queue")
		row.AppendChild(ol)
		p.queues.AppendChild(row)
		p.queueRows[q] = &queueRow{name: q, title: title, ol: ol, jobs: newKeyedList(ol, "li")}
	}
	p.loop.SetTextContent("")
	p.phaseEls = map[string]element{}
	for _, ph := range phases {
		li := text("li", "", ph)
		p.loop.AppendChild(li)
		p.phaseEls[ph] = li
	}
	p.phase = ""
	p.workers.SetTextContent("")
	p.workerEls = nil
	for i := 1; i <= 4; i++ {
		d := text("div", "", strconv.Itoa(i)+": idle")
		p.workers.AppendChild(d)
		p.workerEls = append(p.workerEls, d)
	}
	p.stack.update(nil)
	p.apis.update(nil)
}

// The queues each runtime shows, in the engine's order (engine.NodeQueues,
// engine.BrowserQueues), so that the panel has its rows before any view.
var (
	nodeQueues    = []string{"timers", "pending", "poll", "check", "close", "nextTick", "microtask"}
	browserQueues = []string{"timer tasks", "posted messages", "user interaction", "networking", "DOM manipulation", "microtask", "animation frame callbacks"}
)

// draw shows a view; more counts the jobs the worker left out of each
// list (by queue name, and "apis").
func (p *panels) draw(v *protocol.View, more protocol.Value, rt string) {
	p.setRuntime(rt)
	var frames []item
	for i := len(v.Stack) - 1; i >= 0; i-- {
		f := v.Stack[i]
		frames = append(frames, item{key: strconv.Itoa(i) + ":" + f.Name, text: f.Name})
	}
	p.stack.update(frames)

	var apis []item
	for _, j := range v.APIs {
		apis = append(apis, item{key: strconv.Itoa(j.ID), text: jobText(j), note: jobNote(j)})
	}
	p.apis.update(withMore(apis, protocol.Int(more, "apis")))
	for i, el := range p.workerEls {
		label, busy := strconv.Itoa(i+1)+": idle", false
		if i < len(v.Workers) && v.Workers[i] != nil {
			label, busy = strconv.Itoa(i+1)+": "+shortAPI(v.Workers[i].API), true
		}
		if el.TextContent() != label {
			el.SetTextContent(label)
			setClass(el, "busy", busy)
			if busy {
				el.SetAttribute("title", v.Workers[i].API+": "+v.Workers[i].Label)
			} else {
				el.RemoveAttribute("title")
			}
		}
	}
	for _, q := range v.Queues {
		row := p.queueRows[q.Name]
		if row == nil {
			continue
		}
		row.update(q.Jobs, len(q.Jobs)+protocol.Int(more, q.Name))
	}
	if v.Phase != p.phase {
		if el := p.phaseEls[p.phase]; el != nil {
			el.RemoveAttribute("aria-current")
		}
		if el := p.phaseEls[v.Phase]; el != nil {
			el.SetAttribute("aria-current", "step")
		}
		p.phase = v.Phase
	}
	if v.Race {
		p.race.RemoveAttribute("hidden")
	} else {
		p.race.SetAttribute("hidden", "")
	}
}

// setPosition shows where the view is: the scrubber, the step count, the
// clock and the step's sentence.
func (p *panels) setPosition(v *protocol.View, last int) {
	if last != p.max {
		p.scrubber.Set("max", last)
		p.scrubber.Set("disabled", false)
		p.max = last
	}
	p.scrubber.Set("value", v.Step)
	p.scrubber.SetAttribute("aria-valuetext", "step "+strconv.Itoa(v.Step+1)+" of "+strconv.Itoa(last+1))
	p.count.SetTextContent("step " + strconv.Itoa(v.Step+1) + " / " + strconv.Itoa(last+1))
	p.clock.SetTextContent(ms(v.Time))
	s := v.Text
	if v.Error != "" && s == "" {
		s = v.Error
	}
	p.sentence.SetTextContent(s)
}

// clear empties the panels when there is nothing to show.
func (p *panels) clear(sentence string) {
	p.stack.update(nil)
	p.apis.update(nil)
	for _, row := range p.queueRows {
		row.update(nil, 0)
	}
	p.scrubber.Set("max", 0)
	p.scrubber.Set("value", 0)
	p.scrubber.Set("disabled", true)
	p.max = 0
	p.count.SetTextContent("step 0 / 0")
	p.clock.SetTextContent(ms(0))
	p.sentence.SetTextContent(sentence)
}

func (p *panels) status(s string, ready bool) {
	p.statusEl.SetTextContent(s)
	setClass(p.statusEl, "ready", ready)
}

func (p *panels) setRecording(on bool) {
	if on {
		p.runButton.SetTextContent("Stop")
		p.runButton.SetAttribute("aria-label", "Stop recording")
	} else {
		p.runButton.SetTextContent("Run")
		p.runButton.RemoveAttribute("aria-label")
	}
}

func (p *panels) setPlaying(on bool) {
	if on {
		p.playButton.SetTextContent("Pause")
		p.playButton.SetAttribute("aria-pressed", "true")
	} else {
		p.playButton.SetTextContent("Play")
		p.playButton.SetAttribute("aria-pressed", "false")
	}
}

// setTargets offers a button per element of a browser run that listens
// for clicks or keys.
func (p *panels) setTargets(rec *recording) {
	// The old buttons go, and their listeners' functions with them.
	for _, f := range p.targetFuncs {
		f.Release()
	}
	p.targetFuncs = nil
	p.targetsBox.SetTextContent("")
	if len(rec.targets) == 0 {
		p.targetsBox.AppendChild(text("p", "hint", "Elements the program listens on get a button here."))
		return
	}
	for _, t := range rec.targets {
		keyed := false
		for _, ev := range t.Events {
			var in protocol.Input
			var label string
			switch ev {
			case "click":
				in, label = protocol.Input{Kind: "click", Target: t.Selector}, "Click "+t.Label
			case "keydown", "keyup", "keypress":
				if keyed {
					continue // one key button per element
				}
				keyed = true
				in, label = protocol.Input{Kind: "key", Key: "Enter", Target: t.Selector}, "Press Enter on "+t.Label
			default:
				continue
			}
			b := text("button", "target", label)
			b.SetAttribute("type", "button")
			b.SetAttribute("data-selector", t.Selector)
			p.targetFuncs = append(p.targetFuncs, b.AddEventListener("click", false, func(dom.Event) { p.onTarget(in) }))
			p.targetsBox.AppendChild(b)
		}
	}
}

// shortAPI is an API's last name ("pbkdf2" for "crypto.pbkdf2"), for the
// thread pool's narrow worker boxes.
func shortAPI(api string) string {
	if i := strings.LastIndexByte(api, '.'); i >= 0 {
		return api[i+1:]
	}
	return api
}

// queueChips is how many of a queue's jobs its row shows: the row is one
// line, cut off at the pane's edge, so more would never be seen (and each
// costs the page a keyed element to update at every step). The row's
// heading says how many jobs the queue holds.
const queueChips = 8

// queueRow is one queue's row: its heading and its first jobs.
type queueRow struct {
	name      string
	title, ol element
	jobs      *keyedList
	n         int // the length the heading shows
}

// update shows the first of a queue's jobs and its length, n (jobs holds
// n or fewer: the worker sends at most protocol.MaxJobs).
func (r *queueRow) update(jobs []protocol.Job, n int) {
	var items []item
	for _, j := range jobs[:min(len(jobs), queueChips)] {
		items = append(items, item{key: strconv.Itoa(j.ID), text: j.Label, title: j.Kind + " · " + j.API})
	}
	r.jobs.update(withMore(items, n-len(items)))
	if n != r.n {
		r.n = n
		if n == 0 {
			r.title.RemoveAttribute("data-n")
			r.ol.SetAttribute("aria-label", r.name+" queue")
		} else {
			r.title.SetAttribute("data-n", strconv.Itoa(n))
			r.ol.SetAttribute("aria-label", r.name+" queue, "+strconv.Itoa(n)+" jobs")
		}
	}
}

// withMore ends a list with a "+N more" item for the jobs not sent.
func withMore(items []item, n int) []item {
	if n > 0 {
		items = append(items, item{key: "more", text: "+" + strconv.Itoa(n) + " more"})
	}
	return items
}

// jobText names a job held by an API: the API first ("setTimeout",
// "crypto.pbkdf2"), then what it will call.
func jobText(j protocol.Job) string {
	if j.API == "" {
		return j.Label
	}
	return j.API + ": " + j.Label
}

// jobNote says where the job is: its time left, or its worker.
func jobNote(j protocol.Job) string {
	switch {
	case j.Worker > 0:
		return "on worker " + strconv.Itoa(j.Worker)
	case j.Remaining > 0:
		return shortMS(j.Remaining) + " left"
	case j.Due > 0:
		return "due"
	}
	return ""
}

func setClass(el element, class string, on bool) {
	if on {
		el.Class().Add(class)
	} else {
		el.Class().Remove(class)
	}
}

// item is one entry of a keyed list.
type item struct{ key, text, note, title string }

// keyedList keeps a list element's children in step with a list of items,
// touching only the children whose item changed.
type keyedList struct {
	el    element
	tag   string
	nodes map[string]element
	shown map[string]item
	order []string
}

func newKeyedList(el element, tag string) *keyedList {
	return &keyedList{el: el, tag: tag, nodes: map[string]element{}, shown: map[string]item{}}
}

func (l *keyedList) update(items []item) {
	keep := map[string]bool{}
	order := make([]string, 0, len(items))
	for _, it := range items {
		keep[it.key] = true
		order = append(order, it.key)
	}
	for _, k := range l.order {
		if !keep[k] {
			l.el.RemoveChild(l.nodes[k])
			delete(l.nodes, k)
			delete(l.shown, k)
		}
	}
	same := true
	var kept []string
	for _, k := range l.order {
		if keep[k] {
			kept = append(kept, k)
		}
	}
	for _, it := range items {
		n, ok := l.nodes[it.key]
		if !ok {
			n = create(l.tag, "job enter")
			l.nodes[it.key] = n
			same = false
		}
		if l.shown[it.key] != it || !ok {
			n.SetTextContent(it.text)
			if it.note != "" {
				n.AppendChild(text("small", "", " — "+it.note))
			}
			if it.title != "" {
				n.SetAttribute("title", it.title)
			}
			l.shown[it.key] = it
		}
	}
	if same && len(kept) == len(order) {
		for i := range kept {
			if kept[i] != order[i] {
				same = false
				break
			}
		}
	} else {
		same = false
	}
	if !same {
		// Put each node in its place, moving only those out of place: a
		// node moved out and back in would replay its entry animation.
		// The list's children are kept, in that order (the new nodes are
		// not in it yet), so their order is followed here, not read back.
		list := l.el.Underlying()
		placed := make(map[string]bool, len(order))
		c := 0 // kept[c] is the first child not yet passed or placed
		for _, k := range order {
			for c < len(kept) && placed[kept[c]] {
				c++
			}
			placed[k] = true
			if c < len(kept) && kept[c] == k {
				c++
				continue
			}
			before := js.Null()
			if c < len(kept) {
				before = l.nodes[kept[c]].Underlying()
			}
			list.Call("insertBefore", l.nodes[k].Underlying(), before)
		}
	}
	l.order = order
}
