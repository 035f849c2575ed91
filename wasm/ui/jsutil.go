//go:build js && wasm

package main

import (
	"errors"
	"strings"
	"syscall/js"

	"honnef.co/go/js/dom/v2"

	"looplab/wasm/protocol"
)

// The UI reads JSON with the browser's JSON.parse and walks the result,
// rather than linking encoding/json: that keeps about a megabyte out of the
// WebAssembly the page waits for.

var (
	global = js.Global()
	window = dom.GetWindow()
	doc    = window.Document()
)

// element is how the UI holds DOM elements: dom/v2's concrete type, not
// its interfaces. Calls through dom/v2's interfaces (and its wrappers that
// pick a type per tag) keep every method of every element type alive in
// the binary: about a megabyte the page would wait for.
type element = *dom.BasicHTMLElement

var docJS = doc.Underlying()

func wrap(v js.Value) element {
	return &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: v}}}
}

// byID returns the page's element with that id; the page's HTML is ours,
// so a missing element is a bug worth a panic at start-up.
func byID(id string) element {
	v := docJS.Call("getElementById", id)
	if v.IsNull() {
		panic("looplab: the page has no #" + id)
	}
	return wrap(v)
}

func inputByID(id string) *dom.HTMLInputElement {
	return &dom.HTMLInputElement{BasicHTMLElement: byID(id)}
}

func selectByID(id string) *dom.HTMLSelectElement {
	return &dom.HTMLSelectElement{BasicHTMLElement: byID(id)}
}

func queryAll(sel string) []element {
	list := docJS.Call("querySelectorAll", sel)
	out := make([]element, list.Length())
	for i := range out {
		out[i] = wrap(list.Index(i))
	}
	return out
}

func create(tag, class string) element {
	el := wrap(docJS.Call("createElement", tag))
	if class != "" {
		el.Set("className", class)
	}
	return el
}

// text creates an element holding s as text: the only way user text
// (code, console output, error messages) reaches the page.
func text(tag, class, s string) element {
	el := create(tag, class)
	el.SetTextContent(s)
	return el
}

// stringify turns a Go value built of maps, slices, strings, numbers and
// bools into JSON.
func stringify(v any) string {
	return global.Get("JSON").Call("stringify", js.ValueOf(v)).String()
}

// Field readers that tolerate missing and mistyped fields: what arrives
// from the URL, a host page or a short-link server is data, never trusted.
func str(v js.Value, k string) string {
	if x := field(v, k); x.Type() == js.TypeString {
		return x.String()
	}
	return ""
}

func num(v js.Value, k string) float64 {
	if x := field(v, k); x.Type() == js.TypeNumber {
		return x.Float()
	}
	return 0
}

func integer(v js.Value, k string) int { return int(num(v, k)) }

func boolean(v js.Value, k string) bool {
	x := field(v, k)
	return x.Type() == js.TypeBoolean && x.Bool()
}

func field(v js.Value, k string) js.Value {
	if v.Type() != js.TypeObject {
		return js.Undefined()
	}
	return v.Get(k)
}

// each calls f for the elements of an array (nothing for anything else).
func each(v js.Value, f func(js.Value)) {
	if v.Type() != js.TypeObject || !global.Get("Array").Call("isArray", v).Bool() {
		return
	}
	n := v.Length()
	for i := 0; i < n; i++ {
		f(v.Index(i))
	}
}

// await blocks the calling goroutine until p settles. Call it only from a
// goroutine of one's own: a js.Func callback that blocks stalls the page.
func await(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	ch := make(chan result, 1)
	var onOK, onErr js.Func
	onOK = js.FuncOf(func(_ js.Value, args []js.Value) any {
		ch <- result{v: arg(args, 0)}
		return nil
	})
	onErr = js.FuncOf(func(_ js.Value, args []js.Value) any {
		e := arg(args, 0)
		msg := "failed"
		if e.Type() == js.TypeObject && e.Get("message").Type() == js.TypeString {
			msg = e.Get("message").String()
		} else if e.Type() != js.TypeUndefined {
			msg = e.Call("toString").String()
		}
		ch <- result{err: errors.New(msg)}
		return nil
	})
	p.Call("then", onOK, onErr)
	r := <-ch
	onOK.Release()
	onErr.Release()
	return r.v, r.err
}

func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

// newPromise returns a JavaScript promise and the functions that settle it.
func newPromise() (p js.Value, resolve func(any), reject func(string)) {
	var res, rej js.Value
	executor := js.FuncOf(func(_ js.Value, args []js.Value) any {
		res, rej = args[0], args[1]
		return nil
	})
	p = global.Get("Promise").New(executor)
	executor.Release()
	resolve = func(v any) { res.Invoke(v) }
	reject = func(msg string) { rej.Invoke(global.Get("Error").New(msg)) }
	return p, resolve, reject
}

// ms formats virtual milliseconds as the clock shows them.
func ms(v float64) string { return protocol.Fixed(v, 3) + " ms" }

// shortMS formats a duration in a job's label: "4 ms", "0.25 ms".
func shortMS(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(protocol.Fixed(v, 3), "0"), ".") + " ms"
}

// after calls f once, ms milliseconds from now.
func after(ms int, f func()) {
	var fn js.Func
	fn = js.FuncOf(func(js.Value, []js.Value) any {
		fn.Release()
		safely(f)
		return nil
	})
	global.Call("setTimeout", fn, ms)
}

func now() float64 { return global.Get("performance").Call("now").Float() }
