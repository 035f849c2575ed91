package engine

import (
	"github.com/dop251/goja"
)

// Errors in the browser runtime: an uncaught exception is reported (an
// 'error' event at window, then, unless a listener cancelled it, the
// console's "Uncaught ..." line) and the event loop goes on with the next
// task. Promise rejections nobody handled by the end of a microtask
// checkpoint fire 'unhandledrejection' in a task, then report
// "Uncaught (in promise) ..."; handling one later fires 'rejectionhandled'.

// reportException is HTML's "report an exception".
func (b *browser) reportException(exc *goja.Exception) {
	if b.stopped || exc == nil {
		return
	}
	errv := exc.Value()
	b.fixError(errv)
	text := "Uncaught " + b.errorText(errv)
	if b.reporting {
		b.consoleError(text)
		return
	}
	b.reporting = true
	defer func() { b.reporting = false }()
	init := b.vm.NewObject()
	init.Set("cancelable", true)
	init.Set("message", text)
	init.Set("error", errv)
	init.Set("filename", "http://localhost/"+baseName(b.opts.Filename))
	if line, col, ok := b.errorPosition(errv); ok {
		init.Set("lineno", line)
		init.Set("colno", col)
	}
	ev, err := b.vm.New(b.dom.Get("ErrorEvent"), b.vm.ToValue("error"), init)
	if err != nil {
		b.consoleError(text)
		return
	}
	v, exc2 := b.call(b.dom.Get("dispatch"), goja.Undefined(), b.vm.GlobalObject(), ev, b.vm.ToValue(false))
	if exc2 == nil && v != nil && !v.ToBoolean() {
		return // a listener called preventDefault()
	}
	b.consoleError(text)
}

// errorText is how the console names a thrown value: "Error: msg" for
// errors, the value's text otherwise.
func (b *browser) errorText(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if s, ok := b.errorStack(o, "chrome"); ok && s != "" {
			if i := indexNewline(s); i >= 0 {
				return s[:i]
			}
			return s
		}
	}
	s, err := b.lib.formatChrome(goja.Undefined(), b.vm.NewArray(v))
	if err != nil {
		return v.String()
	}
	return s.String()
}

func indexNewline(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return i
		}
	}
	return -1
}

// errorPosition is where an error was thrown, in the page's script.
func (b *browser) errorPosition(v goja.Value) (int, int, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return 0, 0, false
	}
	s, ok := b.errorStack(o, "chrome")
	if !ok {
		return 0, 0, false
	}
	m := gojaFrameLoc.FindStringSubmatch(s)
	if m == nil {
		return 0, 0, false
	}
	return atoi(m[1]), atoi(m[2]), true
}

func (b *browser) consoleError(text string) {
	b.report("uncaught", text)
	b.print(LevelError, text+"\n", true)
}

// ---------------------------------------------------------------- rejections

type browserRejections struct {
	aboutToBeNotified []*goja.Object
	unhandled         map[*goja.Object]bool // rejected, no handler yet
	outstanding       map[*goja.Object]bool // reported as unhandled
	handledLate       []*goja.Object        // handled after being reported
}

func (br *browserRejections) init() {
	br.unhandled = map[*goja.Object]bool{}
	br.outstanding = map[*goja.Object]bool{}
}

// track is HostPromiseRejectionTracker for a page.
func (br *browserRejections) track(p *goja.Object, reject bool) {
	if reject {
		br.unhandled[p] = true
		br.aboutToBeNotified = append(br.aboutToBeNotified, p)
		return
	}
	delete(br.unhandled, p)
	if br.outstanding[p] {
		delete(br.outstanding, p)
		br.handledLate = append(br.handledLate, p)
	}
}

// notifyRejectedPromises is HTML's "notify about rejected promises", at the
// end of a microtask checkpoint.
func (b *browser) notifyRejectedPromises() {
	br := &b.rejections
	for _, p := range br.handledLate {
		p := p
		b.queueTask(QueueDOMManipulation, Job{Kind: JobTask, API: "promise", Label: "rejectionhandled"}, func() *goja.Exception {
			init := b.vm.NewObject()
			init.Set("promise", p)
			init.Set("reason", b.promiseResult(p))
			return b.dispatch(b.vm.GlobalObject(), "PromiseRejectionEvent", "rejectionhandled", init, false)
		})
	}
	br.handledLate = nil
	list := br.aboutToBeNotified
	if len(list) == 0 {
		return
	}
	br.aboutToBeNotified = nil
	b.queueTask(QueueDOMManipulation, Job{Kind: JobTask, API: "promise", Label: "unhandledrejection"}, func() *goja.Exception {
		for _, p := range list {
			if !br.unhandled[p] || b.stopped {
				continue
			}
			reason := b.promiseResult(p)
			init := b.vm.NewObject()
			init.Set("cancelable", true)
			init.Set("promise", p)
			init.Set("reason", reason)
			ev, err := b.vm.New(b.dom.Get("PromiseRejectionEvent"), b.vm.ToValue("unhandledrejection"), init)
			if err != nil {
				continue
			}
			v, exc := b.call(b.dom.Get("dispatch"), goja.Undefined(), b.vm.GlobalObject(), ev, b.vm.ToValue(false))
			if exc != nil {
				b.reportException(exc)
			}
			if br.unhandled[p] {
				br.outstanding[p] = true
			}
			if exc == nil && v != nil && !v.ToBoolean() {
				continue // cancelled
			}
			b.consoleError("Uncaught (in promise) " + b.errorText(reason))
		}
		return nil
	})
}

// promiseResult reads a settled promise's value through promise.js.
func (r *run) promiseResult(p *goja.Object) goja.Value {
	st, err := r.lib.promiseState(goja.Undefined(), p)
	if err != nil || goja.IsUndefined(st) {
		return goja.Undefined()
	}
	return st.ToObject(r.vm).Get("1")
}
