package engine

import (
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_instrument"
	"looplab/engine/prelude"
)

// lib holds what the prelude scripts return.
type lib struct {
	promise       *goja.Object // promise.js
	async         *goja.Object // async.js
	inspect       *goja.Object // inspect.js
	Promise       goja.Value
	newCapability goja.Callable
	promiseState  goja.Callable
	isPromise     goja.Callable
	format        goja.Callable // Node's util.format
	formatChrome  goja.Callable
	inspectFn     goja.Callable // Node's util.inspect
	toString      goja.Callable // goja's own Function.prototype.toString
	Error         *goja.Object  // the global Error (builtins.js's wrapper)
	asyncFrames   goja.Callable // promise.js's async stack trace of the running job
}

// Job kinds as promise.js numbers them.
const (
	jsJobReaction = 0
	jsJobAwait    = 1
	jsJobThenable = 2
)

// setup creates the VM, loads the prelude and installs the hooks and the
// globals both runtimes share.
func (r *run) setup() {
	r.newVM()
	vm := r.vm
	global := vm.GlobalObject()

	r.lib.toString = mustFunc(vm.Get("Function").ToObject(vm).Get("prototype").ToObject(vm).Get("toString"))

	host := vm.NewObject()
	r.inspectHost = host
	host.Set("enqueue", r.hostEnqueue)
	host.Set("track", func(call goja.FunctionCall) goja.Value {
		if r.trackRejection != nil {
			r.trackRejection(call.Argument(0).ToObject(vm), call.Argument(1).ToInteger() == 0)
		}
		return goja.Undefined()
	})
	host.Set("isConstructor", func(call goja.FunctionCall) goja.Value {
		_, ok := goja.AssertConstructor(call.Argument(0))
		return vm.ToValue(ok)
	})
	host.Set("enter", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(r.enter(int32(call.Argument(0).ToInteger())))
	})
	host.Set("leave", func(call goja.FunctionCall) goja.Value {
		r.pop(int32(call.Argument(0).ToInteger()))
		return goja.Undefined()
	})
	host.Set("functionInfo", r.hostFunctionInfo)
	host.Set("suspendedAt", func(goja.FunctionCall) goja.Value { return vm.ToValue(r.awaitAt()) })
	host.Set("fix", func(call goja.FunctionCall) goja.Value {
		r.fixError(call.Argument(0))
		return goja.Undefined()
	})
	host.Set("jsonError", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(v8JSONError(call.Argument(0).String(), r.opts.Runtime == Browser))
	})
	host.Set("jsonFailed", noteByObject(&r.jsonFailures))
	host.Set("errorStack", func(call goja.FunctionCall) goja.Value {
		s, ok := r.errorStack(call.Argument(0), call.Argument(1).String())
		if !ok {
			return goja.Undefined()
		}
		return vm.ToValue(s)
	})

	host.Set("errorCreated", func(call goja.FunctionCall) goja.Value {
		r.errorCreated(call.Argument(0).ToObject(vm), call.Argument(1))
		return goja.Undefined()
	})
	host.Set("captureStackTrace", r.captureStackTrace)
	r.load("builtins.js", host)
	r.lib.Error = vm.Get("Error").ToObject(vm)
	r.lib.promise = r.load("promise.js", host)
	r.promiseExecutorLine = preludeLine("promise.js", "executor(fns[0], fns[1])")
	r.lib.asyncFrames = mustFunc(r.lib.promise.Get("asyncFrames"))
	r.lib.async = r.load("async.js", host, r.lib.promise)
	host.Set("promiseState", r.lib.promise.Get("promiseState"))
	r.lib.inspect = r.load("inspect.js", host)

	P := r.lib.promise
	r.lib.Promise = P.Get("Promise")
	r.lib.newCapability = mustFunc(P.Get("newCapability"))
	r.lib.promiseState = mustFunc(P.Get("promiseState"))
	r.lib.isPromise = mustFunc(P.Get("isPromise"))
	r.lib.format = mustFunc(r.lib.inspect.Get("format"))
	r.lib.formatChrome = mustFunc(r.lib.inspect.Get("formatChrome"))
	r.lib.inspectFn = mustFunc(r.lib.inspect.Get("inspect"))

	defineHidden(global, "Promise", r.lib.Promise, true)
	defineHidden(global, "queueMicrotask", namedFunc(vm, "queueMicrotask", 1, r.queueMicrotask), true)

	// The hooks.
	A := r.lib.async
	hooks := map[string]goja.Value{
		js_instrument.HookStatement:      vm.ToValue(r.hookStatement),
		js_instrument.HookResume:         vm.ToValue(r.hookResume),
		js_instrument.HookEnter:          vm.ToValue(r.hookEnter),
		js_instrument.HookExit:           vm.ToValue(r.hookExit),
		js_instrument.HookCatch:          vm.ToValue(r.hookCatch),
		js_instrument.HookSuspend:        vm.ToValue(r.hookSuspend),
		js_instrument.HookAsyncFunction:  A.Get("asyncFunction"),
		js_instrument.HookAsyncGenerator: A.Get("asyncGenerator"),
		js_instrument.HookAsyncGenFn:     A.Get("makeAsyncGeneratorFunction"),
		js_instrument.HookAsyncFn:        A.Get("makeAsyncFunction"),
		js_instrument.HookAwait:          A.Get("awaitCommand"),
		js_instrument.HookDelegate:       A.Get("delegate"),
		js_instrument.HookForAwait:       A.Get("forAwait"),
		js_instrument.HookCountLoop:      vm.ToValue(r.hookCountLoop),
		js_instrument.HookFixError: vm.ToValue(func(c goja.FunctionCall) goja.Value {
			r.fixError(c.Argument(0))
			return goja.Undefined()
		}),
	}
	for _, name := range js_instrument.Hooks {
		v := hooks[name]
		r.hookValues = append(r.hookValues, v)
		defineHidden(global, name, v, false)
	}

	// Function.prototype.toString shows the user's source, not the
	// instrumented code goja runs.
	fnProto := vm.Get("Function").ToObject(vm).Get("prototype").ToObject(vm)
	toString := vm.ToValue(r.functionToString).ToObject(vm)
	toString.DefineDataProperty("name", vm.ToValue("toString"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	fnProto.DefineDataProperty("toString", toString, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// preludePrograms caches each prelude file compiled once: goja programs
// can be run by any number of runtimes.
var preludePrograms sync.Map // name -> *goja.Program

// load evaluates a prelude file (one function expression) and calls it.
func (r *run) load(name string, args ...goja.Value) *goja.Object {
	prg, ok := preludePrograms.Load(name)
	if !ok {
		p, err := goja.Compile("looplab:"+name, prelude.Source(name), true)
		if err != nil {
			panic("prelude " + name + ": " + err.Error())
		}
		prg, _ = preludePrograms.LoadOrStore(name, p)
	}
	v, err := r.vm.RunProgram(prg.(*goja.Program))
	if err != nil {
		panic("prelude " + name + ": " + err.Error())
	}
	f := mustFunc(v)
	out, err := f(goja.Undefined(), args...)
	if err != nil {
		panic("prelude " + name + ": " + err.Error())
	}
	if o, ok := out.(*goja.Object); ok {
		return o
	}
	return nil
}

// preludeLine is the line of a prelude file where text first appears.
func preludeLine(name, text string) int {
	src := prelude.Source(name)
	i := strings.Index(src, text)
	if i < 0 {
		panic("prelude: " + name + " lacks " + text)
	}
	return strings.Count(src[:i], "\n") + 1
}

func mustFunc(v goja.Value) goja.Callable {
	f, ok := goja.AssertFunction(v)
	if !ok {
		panic("not a function: " + v.String())
	}
	return f
}

// defineMethod defines a built-in method on o: named, non-enumerable, like
// the methods of JavaScript's own objects (goja would otherwise name a Go
// function after its Go symbol).
func defineMethod(vm *goja.Runtime, o *goja.Object, name string, length int, f func(goja.FunctionCall) goja.Value) {
	o.DefineDataProperty(name, namedFunc(vm, name, length, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// namedFunc wraps a Go function as a JavaScript function with a name and
// a length.
func namedFunc(vm *goja.Runtime, name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	o := vm.ToValue(f).ToObject(vm)
	o.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	o.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return o
}

// nameMethods names the Go functions among o's own properties after their
// keys (goja names a Go function after its Go symbol, which would show in
// fn.name and console.log(module)).
func nameMethods(vm *goja.Runtime, o *goja.Object) *goja.Object {
	for _, k := range o.Keys() {
		f, ok := o.Get(k).(*goja.Object)
		if !ok {
			continue
		}
		if _, isFn := goja.AssertFunction(f); !isFn {
			continue
		}
		if n := f.Get("name"); n != nil && (strings.Contains(n.String(), "/") || strings.Contains(n.String(), ".func")) {
			f.DefineDataProperty("name", vm.ToValue(k), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	return o
}

// defineHidden defines a non-enumerable global, as built-ins are.
func defineHidden(o *goja.Object, name string, v goja.Value, writable bool) {
	w := goja.FLAG_FALSE
	if writable {
		w = goja.FLAG_TRUE
	}
	o.DefineDataProperty(name, v, w, w, goja.FLAG_FALSE)
}

// ---------------------------------------------------------------- hooks

// hookStatement is $$s(site): a statement (or a loop's head) is about to run.
func (r *run) hookStatement(call goja.FunctionCall) goja.Value {
	r.statement(int32(call.Argument(0).ToInteger()))
	return goja.Undefined()
}

// hookResume is $$r(site, value): a generator or async function resumed at
// site (an await or yield); it returns value.
func (r *run) hookResume(call goja.FunctionCall) goja.Value {
	id := int32(call.Argument(0).ToInteger())
	r.cur = r.prog.sites[id].Range
	if n := len(r.stack); n > 0 {
		r.stack[n-1].at, r.stack[n-1].resumed = r.cur, true
	}
	r.emit(Step{Kind: KindStatement, Src: r.cur, Ref: id})
	return call.Argument(1)
}

// hookEnter is $$e(func): a function starts running; it returns the frame.
func (r *run) hookEnter(call goja.FunctionCall) goja.Value {
	return r.vm.ToValue(r.enter(int32(call.Argument(0).ToInteger())))
}

func (r *run) enter(fn int32) int32 {
	if len(r.stack) >= maxStackDepth {
		// V8 fails the call, in the caller: the callee's frame is not in
		// the stack trace.
		e := r.newError("RangeError", "Maximum call stack size exceeded").(*goja.Object)
		raw := rawFrames(r.vm.CaptureCallStack(0, nil))
		stack, at := r.v8Stack(raw, fn)
		r.setLazyStack(e, stack)
		r.throwAt[e] = at
		panic(e)
	}
	f := r.push(fn, r.t.Funcs[fn].Src)
	r.advance(costStatement)
	return f
}

// hookExit is $$x(frame): the function of frame returned or threw.
func (r *run) hookExit(call goja.FunctionCall) goja.Value {
	r.pop(int32(call.Argument(0).ToInteger()))
	return goja.Undefined()
}

// hookCatch is $$c(func, frame), at the top of a catch or finally block in a
// generator: a generator resumed by throw() or return() runs that block
// without having pushed its frame; push it again.
func (r *run) hookCatch(call goja.FunctionCall) goja.Value {
	fn := int32(call.Argument(0).ToInteger())
	f := int32(call.Argument(1).ToInteger())
	if r.onStack(f) {
		r.unwindAbove(f)
		return call.Argument(1)
	}
	return r.vm.ToValue(r.push(fn, r.t.Funcs[fn].Src))
}

// unwindAbove pops the frames above frame f.
func (r *run) unwindAbove(f int32) {
	for i := len(r.stack) - 1; i >= 0; i-- {
		if r.stack[i].frame == f {
			r.unwindTo(i + 1)
			return
		}
	}
}

// hookSuspend is $$o(frame, value): a generator yields value; its frame
// leaves the stack until it is resumed.
func (r *run) hookSuspend(call goja.FunctionCall) goja.Value {
	r.pop(int32(call.Argument(0).ToInteger()))
	return call.Argument(1)
}

// hostEnqueue is promise.js's host.enqueue(kind, job, display).
func (r *run) hostEnqueue(call goja.FunctionCall) goja.Value {
	kind := call.Argument(0).ToInteger()
	job := call.Argument(1)
	display := call.Argument(2)
	j := Job{API: "promise"}
	switch kind {
	case jsJobAwait:
		j.Kind = JobAwait
		j.API = "await"
		fn := int32(display.ToInteger())
		j.Label = "resume " + r.t.Funcs[fn].Name
	case jsJobThenable:
		j.Kind = JobThenable
		j.API = "resolve"
		if display.SameAs(r.promiseThen()) {
			j.Label = "adopt the state of a promise"
		} else {
			j.Label = "call a thenable's then"
		}
	default:
		j.Kind = JobReaction
		j.API = "then"
		j.Label = r.reactionLabel(display)
	}
	r.enqueueMicrotask(j, job)
	return goja.Undefined()
}

func (r *run) promiseThen() goja.Value {
	return r.lib.Promise.ToObject(r.vm).Get("prototype").ToObject(r.vm).Get("then")
}

// reactionLabel names a promise reaction after its handler.
func (r *run) reactionLabel(display goja.Value) string {
	if o, ok := display.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); isFn {
			return r.funcLabel(o)
		}
		// [what, detail] from promise.js's displays.
		what := o.Get("0").String()
		detail := o.Get("1")
		if f, ok := detail.(*goja.Object); ok {
			return what + ": " + r.funcLabel(f)
		}
		return what + " element " + detail.String()
	}
	if display.ToInteger() == 0 {
		return "(no handler: pass the value on)"
	}
	return "(no handler: pass the rejection on)"
}

// queueMicrotask is the global queueMicrotask(callback).
func (r *run) queueMicrotask(call goja.FunctionCall) goja.Value {
	cb := call.Argument(0)
	if _, ok := goja.AssertFunction(cb); !ok {
		r.throwError("TypeError", "The \"callback\" argument must be of type function. Received "+describeArg(r.vm, cb))
	}
	r.enqueueMicrotask(Job{Kind: JobMicrotask, API: "queueMicrotask", Label: r.funcLabel(cb)}, cb)
	return goja.Undefined()
}

// ---------------------------------------------------------------- functions

// funcIndex maps a function object to the user's function it was created
// from (-1 for built-ins and the prelude). The instrumented code carries a
// /*@f:N*/ marker (N: the function's source offset) in every function; the
// outermost function's marker has the smallest offset.
func (r *run) funcIndex(o *goja.Object) int32 {
	if fn, ok := r.labels[o]; ok {
		return fn
	}
	fn := int32(-1)
	if v, err := r.lib.toString(o); err == nil {
		if start, ok := minMarker(v.String()); ok {
			if i, ok := r.prog.funcByStart[start]; ok {
				fn = i
			}
		}
	}
	r.labels[o] = fn
	return fn
}

// minMarker finds the smallest N among the /*@f:N*/ (function) and
// /*@c:N*/ (class) markers the printer puts in every function and class.
func minMarker(s string) (int32, bool) {
	best, found := int32(0), false
	for {
		i := strings.Index(s, "/*@")
		if i < 0 || i+5 > len(s) {
			return best, found
		}
		s = s[i+3:]
		if (s[0] != 'f' && s[0] != 'c') || s[1] != ':' {
			continue
		}
		s = s[2:]
		j := strings.IndexByte(s, '*')
		if j < 0 {
			return best, found
		}
		n, err := strconv.Atoi(s[:j])
		if err == nil && (!found || int32(n) < best) {
			best, found = int32(n), true
		}
	}
}

// funcLabel names a callback for the page: the user's function name, or a
// short excerpt of an anonymous function's source.
func (r *run) funcLabel(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return v.String()
	}
	if fn := r.funcIndex(o); fn >= 0 {
		f := &r.t.Funcs[fn]
		if f.Name != "" && f.Name != "(anonymous)" {
			return f.Name
		}
		return excerpt(r.t.Source.Text[f.Src.Start:f.Src.End], 40)
	}
	if name := o.Get("name"); name != nil && name.String() != "" {
		return name.String()
	}
	// A promise's resolving functions, handed to setTimeout(resolve, ms)
	// in every "sleep" helper, are the prelude's anonymous arrows.
	if v, err := r.lib.toString(o); err == nil {
		switch text := v.String(); {
		case strings.HasPrefix(text, "(resolution) =>"):
			return "resolve"
		case strings.HasPrefix(text, "(reason) =>"):
			return "reject"
		}
	}
	return "(anonymous)"
}

// excerpt shortens source text to one line of at most n characters.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) > n {
		s = string([]rune(s)[:n-1]) + "…"
	}
	return s
}

// functionToString replaces Function.prototype.toString: a user function
// shows its own source, the prelude's functions show as native code.
func (r *run) functionToString(call goja.FunctionCall) goja.Value {
	this := call.This
	o, ok := this.(*goja.Object)
	if !ok {
		r.throwError("TypeError", "Function.prototype.toString requires that 'this' be a Function")
	}
	s, err := r.lib.toString(o)
	if err != nil {
		panic(err)
	}
	if fn := r.funcIndex(o); fn >= 0 {
		src := r.t.Funcs[fn].Src
		return r.vm.ToValue(r.t.Source.Text[src.Start:src.End])
	}
	text := s.String()
	if strings.Contains(text, "[native code]") {
		return s
	}
	name := ""
	if n := o.Get("name"); n != nil {
		name = n.String()
	}
	return r.vm.ToValue("function " + name + "() { [native code] }")
}

// hostFunctionInfo is inspect.js's host.functionInfo(fn).
func (r *run) hostFunctionInfo(call goja.FunctionCall) goja.Value {
	o, ok := call.Argument(0).(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	fn := r.funcIndex(o)
	if fn < 0 {
		return goja.Undefined()
	}
	f := &r.t.Funcs[fn]
	info := r.vm.NewObject()
	kind := f.Kind
	switch kind {
	case "async arrow":
		kind = "async"
	case "async generator":
		kind = "asyncGenerator"
	}
	info.Set("kind", kind)
	name := ""
	if n := o.Get("name"); n != nil {
		name = n.String()
	}
	info.Set("name", name)
	info.Set("source", r.t.Source.Text[f.Src.Start:f.Src.End])
	return info
}

// describeArg renders a value the way Node's ERR_INVALID_ARG_TYPE messages
// do ("Received type number (1)", "Received undefined").
func describeArg(vm *goja.Runtime, v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, fn := goja.AssertFunction(o); fn {
			return "function " + o.Get("name").String()
		}
		if ctor := o.Get("constructor"); ctor != nil {
			if c, ok := ctor.(*goja.Object); ok {
				return "an instance of " + c.Get("name").String()
			}
		}
		return "an instance of Object"
	}
	t := v.ExportType()
	typ := "string"
	if t != nil {
		switch t.Kind().String() {
		case "int64", "float64", "int", "uint64":
			typ = "number"
		case "bool":
			typ = "boolean"
		}
	}
	s := v.String()
	if typ == "string" {
		if len(s) > 28 {
			s = s[:25] + "..."
		}
		s = "'" + s + "'"
	}
	return "type " + typ + " (" + s + ")"
}

// srcText returns the source text of a range.
func (r *run) srcText(rg js_ast.Range) string {
	return r.t.Source.Text[rg.Start:rg.End]
}

// noteByObject is a host function (object, text) that records text for the
// object in *m, making the map on first use; error reports look it up.
func noteByObject(m *map[*goja.Object]string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		if o, ok := call.Argument(0).(*goja.Object); ok {
			if *m == nil {
				*m = map[*goja.Object]string{}
			}
			(*m)[o] = call.Argument(1).String()
		}
		return goja.Undefined()
	}
}
