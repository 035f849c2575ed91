package engine

import (
	"strings"
	"time"

	"github.com/dop251/goja"
)

// install builds the page: the web globals, the DOM and its document, the
// window's own properties, timers and requestAnimationFrame.
func (b *browser) install() {
	vm := b.vm
	global := vm.GlobalObject()
	host := b.commonHost(false)
	host.Set("request", b.hostRequest)
	fn := func(f func(goja.FunctionCall) goja.Value, name string, length int) goja.Value {
		o := vm.ToValue(f).ToObject(vm)
		o.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		o.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return o
	}
	defineHidden(global, "setTimeout", fn(func(c goja.FunctionCall) goja.Value { return b.setTimer(c, false) }, "setTimeout", 1), true)
	defineHidden(global, "setInterval", fn(func(c goja.FunctionCall) goja.Value { return b.setTimer(c, true) }, "setInterval", 1), true)
	defineHidden(global, "clearTimeout", fn(b.clearTimer, "clearTimeout", 0), true)
	defineHidden(global, "clearInterval", fn(b.clearTimer, "clearInterval", 0), true)
	defineHidden(global, "requestAnimationFrame", fn(b.requestAnimationFrame, "requestAnimationFrame", 1), true)
	defineHidden(global, "cancelAnimationFrame", fn(b.cancelAnimationFrame, "cancelAnimationFrame", 1), true)
	defineHidden(global, "requestIdleCallback", fn(b.requestIdleCallback, "requestIdleCallback", 1), true)
	defineHidden(global, "cancelIdleCallback", fn(b.cancelIdleCallback, "cancelIdleCallback", 1), true)
	b.armTimer = func(cb, ms goja.Value) goja.Value {
		return b.setTimer(goja.FunctionCall{Arguments: []goja.Value{cb, ms}}, false)
	}

	domHost := vm.NewObject()
	domHost.Set("afterListener", func(goja.FunctionCall) goja.Value { b.afterListener(); return goja.Undefined() })
	domHost.Set("reportError", func(c goja.FunctionCall) goja.Value {
		b.reportException(exceptionOf(vm, c.Argument(0)))
		return goja.Undefined()
	})
	domHost.Set("queueMutationObserverMicrotask", func(c goja.FunctionCall) goja.Value {
		b.enqueueMicrotask(Job{Kind: JobMutation, API: "MutationObserver", Label: "notify mutation observers"}, c.Argument(0))
		return goja.Undefined()
	})
	domHost.Set("mutated", func(goja.FunctionCall) goja.Value { b.dirty = true; return goja.Undefined() })
	domHost.Set("notSimulated", func(c goja.FunctionCall) goja.Value {
		b.throwError("TypeError", "looplab does not simulate "+c.Argument(0).String())
		return nil
	})
	domHost.Set("DOMException", b.web.Get("DOMException"))
	domHost.Set("location", "http://localhost/")
	domHost.Set("postTask", func(c goja.FunctionCall) goja.Value {
		source := QueuePostedMessage
		fnv := c.Argument(2)
		b.queueTask(source, Job{Kind: JobTask, API: c.Argument(1).String(), Label: "dispatch 'message'"}, func() *goja.Exception {
			_, exc := b.call(fnv, goja.Undefined())
			return exc
		})
		return goja.Undefined()
	})
	domHost.Set("emitting", b.emitting)
	b.dom = b.load("dom.js", domHost, b.web)
	// console.log(element) shows the element's description ("div#a.b").
	b.inspectHost.Set("describeNode", b.dom.Get("describe"))
	b.document = b.dom.Get("document").ToObject(vm)
	page := b.load("browser.js", domHost, b.web, b.dom)
	install := mustFunc(page.Get("install"))
	if _, err := install(goja.Undefined(), global); err != nil {
		panic(err)
	}
	b.matchChromium()
}

// matchChromium adds the built-ins Chromium 156 has and goja lacks.
func (b *browser) matchChromium() {
	// Promise.withResolvers and Promise.try are the prelude's; goja has the
	// Set methods. Nothing else is needed by the lessons yet.
}

// runScript runs the page's script as a classic script (global code): the
// first task of the page.
func (b *browser) runScript() {
	frame := b.push(b.prog.scriptFunc, srcRange(0, len(b.t.Source.Text)))
	b.advance(costCallback)
	_, err := b.vm.RunProgram(b.prog.compiled)
	b.unwindTo(0)
	b.pop(frame)
	if err != nil {
		if exc := b.classify(err); exc != nil {
			b.reportException(exc)
		}
	}
}

// queueDocumentLoad: the parser finishes once the script has run
// (readyState "interactive", DOMContentLoaded), then the page has loaded
// (readyState "complete", load).
func (b *browser) queueDocumentLoad() {
	b.queueTask(QueueDOMManipulation, Job{Kind: JobTask, API: "HTML parser", Label: "DOMContentLoaded"}, func() *goja.Exception {
		return b.fireDocumentEvent("interactive", "DOMContentLoaded", b.document)
	})
	b.queueTask(QueueDOMManipulation, Job{Kind: JobTask, API: "HTML parser", Label: "load"}, func() *goja.Exception {
		return b.fireDocumentEvent("complete", "load", b.vm.GlobalObject())
	})
}

func (b *browser) fireDocumentEvent(state, event string, target *goja.Object) *goja.Exception {
	b.document.Set("_readyState", state)
	if exc := b.dispatch(b.document, "Event", "readystatechange", nil, false); exc != nil {
		return exc
	}
	init := b.vm.NewObject()
	init.Set("bubbles", event == "DOMContentLoaded")
	return b.dispatch(target, "Event", event, init, false)
}

// dispatch fires a new event of class ctor at target through dom.js.
func (b *browser) dispatch(target *goja.Object, ctor, typ string, init *goja.Object, trusted bool) *goja.Exception {
	c := b.dom.Get(ctor)
	if c == nil || goja.IsUndefined(c) {
		c = b.web.Get(ctor)
	}
	args := []goja.Value{b.vm.ToValue(typ)}
	if init != nil {
		args = append(args, init)
	}
	ev, err := b.vm.New(c, args...)
	if err != nil {
		return b.classify(err)
	}
	_, exc := b.call(b.dom.Get("dispatch"), goja.Undefined(), target, ev, b.vm.ToValue(trusted))
	return exc
}

// ---------------------------------------------------------------- user input

// queueInput queues a user's click or key press as a task on the user
// interaction task source. Its events are trusted and, dispatched by the
// loop, get a microtask checkpoint after every listener.
func (b *browser) queueInput(in Input) {
	label := in.Kind + " " + in.Target
	if in.Kind == "key" {
		label = "key " + in.Key + " on " + in.Target
	}
	b.queueTask(QueueUserInteraction, Job{Kind: JobTask, API: "user " + in.Kind, Label: label}, func() *goja.Exception {
		el, err := b.querySelector(in.Target)
		if err != nil {
			return err
		}
		if el == nil {
			b.print(LevelWarn, "looplab: no element matches "+in.Target+" for the user's "+in.Kind+" at "+ms(in.At)+"\n", true)
			return nil
		}
		if in.Kind == "click" {
			return b.userClick(el)
		}
		return b.userKey(el, in.Key)
	})
}

func (b *browser) querySelector(sel string) (*goja.Object, *goja.Exception) {
	v, exc := b.call(b.document.Get("querySelector"), b.document, b.vm.ToValue(sel))
	if exc != nil {
		return nil, exc
	}
	if o, ok := v.(*goja.Object); ok {
		return o, nil
	}
	return nil, nil
}

func (b *browser) mouseInit(buttons int) *goja.Object {
	init := b.vm.NewObject()
	init.Set("bubbles", true)
	init.Set("cancelable", true)
	init.Set("composed", true)
	init.Set("clientX", 50)
	init.Set("clientY", 10)
	init.Set("buttons", buttons)
	init.Set("detail", 1)
	return init
}

// userClick is a real click: pointerdown, mousedown, focus, pointerup,
// mouseup, click.
func (b *browser) userClick(el *goja.Object) *goja.Exception {
	steps := []struct{ ctor, typ string }{
		{"PointerEvent", "pointerdown"}, {"MouseEvent", "mousedown"},
		{"", "focus"},
		{"PointerEvent", "pointerup"}, {"MouseEvent", "mouseup"}, {"MouseEvent", "click"},
	}
	for _, s := range steps {
		if s.typ == "focus" {
			if _, exc := b.call(b.dom.Get("focusElement"), goja.Undefined(), focusable(el), b.vm.ToValue(true)); exc != nil {
				return exc
			}
			continue
		}
		buttons := 1
		if s.typ == "pointerup" || s.typ == "mouseup" || s.typ == "click" {
			buttons = 0
		}
		if exc := b.dispatch(el, s.ctor, s.typ, b.mouseInit(buttons), true); exc != nil {
			return exc
		}
	}
	return nil
}

// focusable is the element a click focuses (form controls and buttons).
func focusable(el *goja.Object) goja.Value {
	switch strings.ToLower(el.Get("localName").String()) {
	case "input", "textarea", "select", "button", "a":
		return el
	}
	return goja.Null()
}

// userKey is a real key press on a focused element: keydown, keypress,
// beforeinput and input (text typed into a field), keyup; Enter in a field
// commits it (change) and submits its form through its submit button.
func (b *browser) userKey(el *goja.Object, key string) *goja.Exception {
	vm := b.vm
	if _, exc := b.call(b.dom.Get("focusElement"), goja.Undefined(), el, vm.ToValue(true)); exc != nil {
		return exc
	}
	keyInit := func() *goja.Object {
		init := vm.NewObject()
		init.Set("key", key)
		init.Set("code", keyCode(key))
		init.Set("bubbles", true)
		init.Set("cancelable", true)
		return init
	}
	if exc := b.dispatch(el, "KeyboardEvent", "keydown", keyInit(), true); exc != nil {
		return exc
	}
	printable := len([]rune(key)) == 1
	field := isTextField(el)
	if printable || key == "Enter" {
		if exc := b.dispatch(el, "KeyboardEvent", "keypress", keyInit(), true); exc != nil {
			return exc
		}
	}
	if field && (printable || key == "Enter" || key == "Backspace") {
		init := vm.NewObject()
		init.Set("bubbles", true)
		init.Set("cancelable", true)
		switch {
		case printable:
			init.Set("data", key)
			init.Set("inputType", "insertText")
		case key == "Enter":
			init.Set("inputType", "insertLineBreak")
		default:
			init.Set("inputType", "deleteContentBackward")
		}
		if exc := b.dispatch(el, "InputEvent", "beforeinput", init, true); exc != nil {
			return exc
		}
		if key != "Enter" {
			v := el.Get("value").String()
			if printable {
				v += key
			} else if v != "" {
				r := []rune(v)
				v = string(r[:len(r)-1])
			}
			el.Set("value", v)
			el.Set("_userEdited", true)
			in := vm.NewObject()
			in.Set("bubbles", true)
			in.Set("data", init.Get("data"))
			in.Set("inputType", init.Get("inputType"))
			if exc := b.dispatch(el, "InputEvent", "input", in, true); exc != nil {
				return exc
			}
		} else {
			if v := el.Get("_userEdited"); v != nil && v.ToBoolean() {
				el.Set("_userEdited", false)
				ch := vm.NewObject()
				ch.Set("bubbles", true)
				if exc := b.dispatch(el, "Event", "change", ch, true); exc != nil {
					return exc
				}
			}
			if exc := b.implicitSubmission(el); exc != nil {
				return exc
			}
		}
	}
	return b.dispatch(el, "KeyboardEvent", "keyup", keyInit(), true)
}

// implicitSubmission: Enter in a form's field clicks the form's first submit
// button (a trusted click) or, without one, submits the form.
func (b *browser) implicitSubmission(el *goja.Object) *goja.Exception {
	form, ok := el.Get("form").(*goja.Object)
	if !ok {
		return nil
	}
	btn, exc := b.call(form.Get("querySelector"), form, b.vm.ToValue("button:not([type=button]):not([type=reset]), input[type=submit]"))
	if exc != nil {
		return exc
	}
	if o, ok := btn.(*goja.Object); ok {
		return b.dispatch(o, "MouseEvent", "click", b.mouseInit(0), true)
	}
	_, exc = b.call(b.dom.Get("submitForm"), goja.Undefined(), form, goja.Null(), b.vm.ToValue(true))
	return exc
}

func isTextField(el *goja.Object) bool {
	switch el.Get("localName").String() {
	case "textarea":
		return true
	case "input":
		switch el.Get("type").String() {
		case "text", "search", "email", "password", "url", "tel", "number", "":
			return true
		}
	}
	return false
}

func keyCode(key string) string {
	r := []rune(key)
	switch {
	case len(r) == 1 && r[0] >= 'a' && r[0] <= 'z':
		return "Key" + strings.ToUpper(key)
	case len(r) == 1 && r[0] >= 'A' && r[0] <= 'Z':
		return "Key" + key
	case len(r) == 1 && r[0] >= '0' && r[0] <= '9':
		return "Digit" + key
	case key == " ":
		return "Space"
	}
	return key
}

// findTargets lists the elements with event listeners, for the page's
// buttons that deliver user input.
func (b *browser) findTargets() []Target {
	v, exc := b.call(b.dom.Get("targets"), goja.Undefined())
	if exc != nil {
		return nil
	}
	var out []Target
	if err := b.vm.ExportTo(v, &out); err != nil {
		return nil
	}
	return out
}

// ---------------------------------------------------------------- network

// hostRequest is fetch on the simulated network: the response arrives as a
// task on the networking task source.
func (b *browser) hostRequest(c goja.FunctionCall) goja.Value {
	raw := c.Argument(1).String()
	method := c.Argument(2).String()
	done := c.Argument(6)
	job := b.newJob(Job{Kind: JobIO, API: "fetch", Label: method + " " + raw})
	b.emitJob(KindAPIStart, QueueNone, job)
	status, body := cannedBody(method, raw)
	b.at(b.now+netLatency(method+" "+raw), func() {
		b.emitJob(KindAPIDone, QueueNone, job)
		b.seq++
		t := &task{job: job, source: QueueNetworking, seq: b.seq}
		t.run = func() *goja.Exception {
			r := responseObject(b.vm, raw, status, map[string]string{"content-type": "application/json; charset=utf-8"}, body)
			_, exc := b.call(done, goja.Undefined(), r)
			return exc
		}
		b.tasks = append(b.tasks, t)
		b.emitJob(KindEnqueue, QueueNetworking, job)
	})
	return goja.Undefined()
}

var _ = time.Millisecond
