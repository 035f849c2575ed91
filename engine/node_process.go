package engine

import (
	"math/big"
	"path"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// nodeDir is the virtual machine's working directory, where the script and
// the sample files live.
const nodeDir = "/app"

// installGlobals builds Node's globals: process, require, the timer
// functions, console, and the CommonJS module scope.
func (n *node) installGlobals() {
	vm := n.vm
	global := vm.GlobalObject()
	n.immediateByObj = map[*goja.Object]*immediate{}
	n.symbols.refed = goja.NewSymbol("refed")
	n.symbols.hasPrimitive = goja.NewSymbol("kHasPrimitive")
	n.symbols.asyncID = goja.NewSymbol("asyncId")
	n.symbols.triggerID = goja.NewSymbol("triggerId")
	n.timersList = n.makeTimersList()
	n.timeoutProto = n.makeTimeoutProto()
	n.immediateProto = n.makeImmediateProto()

	fn := func(f func(goja.FunctionCall) goja.Value, name string, length int) goja.Value {
		o := vm.ToValue(f).ToObject(vm)
		o.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		o.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return o
	}
	setTimeout := fn(func(c goja.FunctionCall) goja.Value { return n.setTimer(c, false) }, "setTimeout", 2)
	setInterval := fn(func(c goja.FunctionCall) goja.Value { return n.setTimer(c, true) }, "setInterval", 2)
	clearTimeout := fn(n.clearTimer, "clearTimeout", 1)
	clearInterval := fn(n.clearTimer, "clearInterval", 1)
	setImmediate := fn(n.setImmediate, "setImmediate", 1)
	clearImmediate := fn(n.clearImmediate, "clearImmediate", 1)
	nextTick := fn(n.nextTick, "nextTick", 1)

	// The shared part of the host object: events, console, inspect.
	host := n.commonHost(true)
	n.commonHostObj = host
	n.files = newVFS(n.filename(), n.t.Source.Text)
	host.Set("nextTick", nextTick)
	host.Set("setTimeout", setTimeout)
	host.Set("setInterval", setInterval)
	host.Set("clearTimeout", clearTimeout)
	host.Set("clearInterval", clearInterval)
	host.Set("setImmediate", setImmediate)
	host.Set("clearImmediate", clearImmediate)
	host.Set("filename", n.filename())
	host.Set("dirname", nodeDir)
	host.Set("uptime", func(goja.FunctionCall) goja.Value { return vm.ToValue(float64(n.now)/1e9 + 0.03) })
	host.Set("hrtime", func(goja.FunctionCall) goja.Value {
		t := n.now + hrtimeBase
		return vm.NewArray(t/1e9, t%1e9)
	})
	host.Set("hrtimeBigint", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(big.NewInt(n.now + hrtimeBase))
	})
	host.Set("exit", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) > 0 {
			n.setExitCode(c.Argument(0))
		}
		n.processExit()
		return goja.Undefined()
	})
	host.Set("write", func(c goja.FunctionCall) goja.Value {
		stderr := c.Argument(1).ToBoolean()
		level := LevelLog
		if stderr {
			level = LevelError
		}
		n.openStdio(stderr)
		n.print(level, c.Argument(0).String(), stderr)
		return goja.Undefined()
	})
	host.Set("functionKind", func(c goja.FunctionCall) goja.Value {
		if o, ok := c.Argument(0).(*goja.Object); ok {
			if fn := n.funcIndex(o); fn >= 0 {
				k := n.t.Funcs[fn].Kind
				switch k {
				case "async", "async arrow":
					return vm.ToValue("async")
				case "async generator":
					return vm.ToValue("asyncGenerator")
				}
				return vm.ToValue(k)
			}
		}
		return goja.Undefined()
	})

	// portMessage(label, deliver): a message reaches a MessagePort as
	// libuv's async handle wakes the poll phase, where deliver runs.
	host.Set("portMessage", func(c goja.FunctionCall) goja.Value {
		deliver := c.Argument(1)
		job := n.newJob(Job{Kind: JobIO, API: "port.postMessage", Label: c.Argument(0).String()})
		n.emitJob(KindAPIStart, QueueNone, job)
		n.requests++
		n.completeInPoll(job, n.now, func() *goja.Exception {
			n.requests--
			_, exc := n.call(deliver, goja.Undefined())
			return exc
		})
		return goja.Undefined()
	})
	libObj := vm.NewObject()
	libObj.Set("Promise", n.lib.Promise)
	libObj.Set("EventEmitter", n.eventEmitter)
	libObj.Set("inspect", n.lib.inspect.Get("inspect"))
	libObj.Set("format", n.lib.inspect.Get("format"))
	libObj.Set("formatWithOptions", n.lib.inspect.Get("formatWithOptions"))
	libObj.Set("isPromise", n.lib.promise.Get("isPromise"))
	nodeLib := n.load("node.js", host, libObj)
	n.nodeLib = nodeLib
	n.process = nodeLib.Get("process").ToObject(vm)
	n.listenerCount = mustFunc(n.process.Get("listenerCount"))
	n.require = nodeLib.Get("require")
	n.registerModules()

	defineHidden(global, "process", n.process, true)
	defineHidden(global, "setTimeout", setTimeout, true)
	defineHidden(global, "setInterval", setInterval, true)
	defineHidden(global, "clearTimeout", clearTimeout, true)
	defineHidden(global, "clearInterval", clearInterval, true)
	defineHidden(global, "setImmediate", setImmediate, true)
	defineHidden(global, "clearImmediate", clearImmediate, true)
	defineHidden(global, "global", global, true)
	defineHidden(global, "MessageChannel", nodeLib.Get("MessageChannel"), true)
	defineHidden(global, "MessagePort", nodeLib.Get("MessagePort"), true)
	defineHidden(global, "MessageEvent", nodeLib.Get("MessageEvent"), true)
	if !n.opts.modern {
		n.matchNode20()
	}
	n.armTimer = func(cb, ms goja.Value) goja.Value {
		t := n.setTimer(goja.FunctionCall{Arguments: []goja.Value{cb, ms}}, false)
		// Node unrefs it: AbortSignal.timeout does not keep the process alive.
		if obj, ok := t.(*goja.Object); ok {
			if unref, ok := goja.AssertFunction(obj.Get("unref")); ok {
				unref(obj)
			}
		}
		return t
	}
}

// matchNode20 makes the built-ins what Node 20 (V8 11.3) has: goja has a
// few newer ones, and lacks a few Node code relies on.
func (n *node) matchNode20() {
	vm := n.vm
	_, err := vm.RunString(`(function () {
		"use strict";
		delete Promise.withResolvers;
		delete Promise.try;
		for (const m of ["union", "intersection", "difference", "symmetricDifference", "isSubsetOf", "isSupersetOf", "isDisjointFrom"]) {
			delete Set.prototype[m];
		}
	})()`)
	if err != nil {
		panic(err)
	}
}

// hrtimeBase makes process.hrtime() look like a machine's monotonic clock
// rather than starting at zero.
const hrtimeBase = 1234567890123

func (n *node) filename() string {
	name := path.Base(n.opts.Filename)
	if name == "." || name == "/" || name == "-" {
		name = "main.js"
	}
	return nodeDir + "/" + name
}

// validateFunction throws Node's ERR_INVALID_ARG_TYPE unless v is callable.
func (n *node) validateFunction(v goja.Value, name string) {
	if _, ok := goja.AssertFunction(v); !ok {
		n.throwNodeError("TypeError", "ERR_INVALID_ARG_TYPE", "The \""+name+"\" argument must be of type function. Received "+describeArg(n.vm, v))
	}
}

// throwNodeError throws an error with Node's code property; Node prints
// such errors as "TypeError [ERR_X]: message".
func (n *node) throwNodeError(ctor, code, msg string) {
	panic(n.nodeError(ctor, code, msg))
}

func (n *node) nodeError(ctor, code, msg string) goja.Value {
	e := n.newError(ctor, msg).ToObject(n.vm)
	e.Set("code", code)
	return e
}

// emitWarning prints a process warning to stderr as Node does.
func (n *node) emitWarning(name, msg string) {
	n.print(LevelWarn, "(node:4242) "+name+": "+msg+"\n(Use `node --trace-warnings ...` to show where the warning was created)\n", true)
}

func (n *node) makeImmediateProto() *goja.Object {
	vm := n.vm
	proto := vm.NewObject()
	method := func(name string, f func(im *immediate, this goja.Value) goja.Value) {
		defineMethod(vm, proto, name, 0, func(call goja.FunctionCall) goja.Value {
			if o, ok := call.This.(*goja.Object); ok {
				if im := n.immediateByObj[o]; im != nil {
					v := f(im, call.This)
					o.SetSymbol(n.symbols.refed, im.refed)
					return v
				}
			}
			return call.This
		})
	}
	method("ref", func(im *immediate, this goja.Value) goja.Value { im.refed = true; return this })
	method("unref", func(im *immediate, this goja.Value) goja.Value { im.refed = false; return this })
	method("hasRef", func(im *immediate, this goja.Value) goja.Value { return vm.ToValue(im.refed) })
	ctor := namedFunc(vm, "Immediate", 2, func(goja.FunctionCall) goja.Value {
		panic(vm.NewTypeError("Illegal constructor"))
	})
	ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return proto
}

// makeTimersList is the object a Timeout's _idlePrev and _idleNext point
// to; util.inspect shows it as [TimersList], as Node does.
func (n *node) makeTimersList() *goja.Object {
	vm := n.vm
	proto := vm.NewObject()
	proto.DefineDataProperty("constructor", namedFunc(vm, "TimersList", 2, func(goja.FunctionCall) goja.Value { return goja.Undefined() }), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	custom := vm.ToValue(func(goja.FunctionCall) goja.Value { return vm.ToValue("[TimersList]") })
	symbolFor, _ := goja.AssertFunction(vm.Get("Symbol").ToObject(vm).Get("for"))
	key, err := symbolFor(goja.Undefined(), vm.ToValue("nodejs.util.inspect.custom"))
	if err != nil {
		panic(err)
	}
	proto.DefineDataPropertySymbol(key.(*goja.Symbol), custom, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	o := vm.NewObject()
	o.SetPrototype(proto)
	return o
}

// ---------------------------------------------------------------- the main module

// runMainModule runs the script as Node runs a CommonJS module: wrapped in
// a function of (exports, require, module, __filename, __dirname), with
// this = module.exports.
func (n *node) runMainModule() {
	vm := n.vm
	if n.opts.script {
		frame := n.push(n.prog.scriptFunc, srcRange(0, len(n.t.Source.Text)))
		_, err := vm.RunProgram(n.prog.compiled)
		n.unwindTo(0)
		n.pop(frame)
		if err != nil {
			if exc := n.classify(err); exc != nil {
				n.uncaught(exc)
			}
		}
		return
	}
	v, err := vm.RunProgram(n.prog.compiled)
	if err != nil {
		if exc := n.classify(err); exc != nil {
			n.uncaught(exc)
		}
		return
	}
	module := vm.NewObject()
	exports := vm.NewObject()
	module.Set("exports", exports)
	module.Set("id", ".")
	module.Set("filename", n.filename())
	module.Set("loaded", false)
	module.Set("children", vm.NewArray())
	module.Set("paths", vm.NewArray())
	module.Set("path", nodeDir)
	n.nodeLib.Get("require").ToObject(vm).Set("main", module)

	frame := n.push(n.prog.scriptFunc, srcRange(0, len(n.t.Source.Text)))
	n.advance(costCallback)
	f, _ := goja.AssertFunction(v)
	args := append([]goja.Value{exports, n.require, module, vm.ToValue(n.filename()), vm.ToValue(nodeDir)}, n.hookValues...)
	_, err = f(exports, args...)
	if err != nil {
		n.noteThrow()
	}
	n.pop(frame)
	module.Set("loaded", true)
	if err != nil {
		if exc := n.classify(err); exc != nil {
			n.uncaught(exc)
		}
	}
}

// ---------------------------------------------------------------- errors and exit

// uncaught is Node's process._fatalException: an 'uncaughtException'
// listener gets the error and the process goes on; without one, 'exit' is
// emitted with code 1, the error printed, and the process ends.
func (n *node) uncaught(exc *goja.Exception) {
	n.fixError(exc.Value())
	n.fatalException(exc.Value(), false, exc)
}

func (n *node) fatalException(err goja.Value, fromPromise bool, exc *goja.Exception) {
	if n.stopped {
		return
	}
	origin := "uncaughtException"
	if fromPromise {
		origin = "unhandledRejection"
	}
	n.callEmit("uncaughtExceptionMonitor", err, n.vm.ToValue(origin))
	if n.stopped {
		return
	}
	if n.listeners("uncaughtException") > 0 && !n.exiting {
		if exc2 := n.callEmit("uncaughtException", err, n.vm.ToValue(origin)); exc2 != nil {
			// The handler itself threw: that is fatal (exit code 7).
			n.die(exc2.Value(), exc2, 7)
			return
		}
		// Node makes sure the loop turns once more after a handled error.
		n.setImmediateNoop()
		return
	}
	n.die(err, exc, 1)
}

// die reports a fatal error: 'exit' listeners run first (with exit code 1),
// then the error is printed to stderr and the process ends.
func (n *node) die(err goja.Value, exc *goja.Exception, code int) {
	text := n.fatalText(err, exc)
	if !n.exiting {
		n.process.Set("exitCode", code)
		n.emitExit(code)
	}
	n.report("uncaught", text)
	n.printRaw(LevelError, text, true)
	n.exit(n.exitCodeValueOr(code))
}

// fatalText is what Node prints for a fatal exception.
func (n *node) fatalText(err goja.Value, exc *goja.Exception) string {
	var b strings.Builder
	if o, ok := err.(*goja.Object); ok && n.jsonFailures[o] != "" || ok && hasKey(n.jsonFailures, o) {
		b.WriteString(v8JSONSourceContext(n.jsonFailures[o]))
	} else if site, ok := n.internalSites[o]; ok {
		b.WriteString(site) // thrown by Node's own code (assert)
	} else if loc := n.sourceContext(n.throwSite(err, exc != nil)); loc != "" {
		b.WriteString(loc)
	}
	o, isObj := err.(*goja.Object)
	isError := isObj && n.isErrorLike(o)
	if isError {
		b.WriteString("\n")
		b.WriteString(n.inspectForStderr(err))
		b.WriteString("\n")
	} else {
		b.WriteString(n.inspectForStderr(err))
		b.WriteString("\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n")
	}
	b.WriteString("\nNode.js v20.20.2\n")
	return b.String()
}

// throwSite is where an error came from: its stack's first frame in the
// user's source, else the statement that was running.
func (n *node) throwSite(err goja.Value, thrown bool) int32 {
	throws := n.prog.index().throws
	if !thrown || n.rethrown {
		throws = nil // a rejection, or an error handed on: where the error was made
	}
	if _, ok := throws[n.thrownAt.Start]; ok && n.thrownAt != (jsRange{}) {
		return n.thrownAt.Start // the throw statement that ran last
	}
	if o, ok := err.(*goja.Object); ok {
		if off, ok := n.throwAt[o]; ok && off >= 0 {
			// Constructed in a throw statement (throw new E()): there.
			best := int32(-1)
			for start, t := range throws {
				if start <= off && off < t.End && start > best {
					best = start
				}
			}
			if best >= 0 {
				return best
			}
			return off
		}
	}
	if o, ok := err.(*goja.Object); ok && n.isErrorLike(o) {
		for _, l := range strings.Split(o.Get("stack").String(), "\n") {
			m := gojaFrame.FindStringSubmatch(l)
			if m == nil || strings.HasPrefix(m[2], "looplab:") {
				continue
			}
			line, _ := strconv.Atoi(m[3])
			col, _ := strconv.Atoi(m[4])
			if off, ok := n.prog.originalOffset(line, col); ok {
				return off
			}
		}
	}
	if n.cur == (jsRange{}) {
		return -1
	}
	return n.cur.Start
}

// sourceContext is the "file:line / source line / caret" header Node prints
// above a fatal error.
func (n *node) sourceContext(off int32) string {
	if off < 0 {
		return ""
	}
	line, col := n.t.Source.Position(off)
	src := n.t.Source.LineText(line)
	return n.filename() + ":" + itoa(int64(line)) + "\n" + src + "\n" + strings.Repeat(" ", col-1) + "^\n"
}

func (n *node) isErrorLike(o *goja.Object) bool {
	return o.GetOwnPropertyNames() != nil && hasOwn(o, "stack")
}

func hasKey[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}

func hasOwn(o *goja.Object, name string) bool {
	for _, k := range o.GetOwnPropertyNames() {
		if k == name {
			return true
		}
	}
	return false
}

func (n *node) inspectForStderr(v goja.Value) string {
	s, err := n.lib.inspectFn(goja.Undefined(), v)
	if err != nil {
		return v.String()
	}
	return s.String()
}

// processExit is process.exit(): 'exit' listeners run, then everything stops.
func (n *node) processExit() {
	code := n.exitCodeValue()
	if !n.exiting {
		n.emitExit(code)
	}
	n.exit(n.exitCodeValue())
}

// emitExit emits 'exit' once, with process.exitCode (or code).
func (n *node) emitExit(code int) {
	if n.exiting {
		return
	}
	n.exiting = true
	n.process.Set("_exiting", true)
	n.setPhase(PhaseExit)
	if exc := n.callEmit("exit", n.vm.ToValue(code)); exc != nil {
		n.printRaw(LevelError, n.fatalText(exc.Value(), exc), true)
		n.process.Set("exitCode", 7)
	}
}

// exit ends the process with code: the last step.
func (n *node) exit(code int) {
	if n.stopped {
		return
	}
	if !n.exiting {
		n.emitExit(code)
		code = n.exitCodeValueOr(code)
	}
	n.t.ExitCode = code
	n.emit(Step{Kind: KindExit, Aux: int16(code), Ref: -1})
	n.halt(stopExit)
}

func (n *node) exitCodeValue() int { return n.exitCodeValueOr(0) }

func (n *node) exitCodeValueOr(def int) int {
	if n.stopped {
		return def
	}
	v := n.process.Get("exitCode")
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return def
	}
	return int(v.ToInteger())
}

func (n *node) setExitCode(v goja.Value) {
	n.process.Set("exitCode", v)
}

// emitBeforeExit emits 'beforeExit' with the exit code; listeners may
// schedule more work, which revives the loop.
func (n *node) emitBeforeExit() {
	if n.listeners("beforeExit") == 0 {
		return
	}
	n.setPhase(PhaseBeforeExit)
	if exc := n.callEmit("beforeExit", n.vm.ToValue(n.exitCodeValue())); exc != nil {
		n.uncaught(exc)
	}
	n.processTicksAndRejections(fromNative)
}

// callEmit calls process.emit(name, ...args) as the runtime would.
func (n *node) callEmit(name string, args ...goja.Value) *goja.Exception {
	_, exc := n.call(n.process.Get("emit"), n.process, append([]goja.Value{n.vm.ToValue(name)}, args...)...)
	return exc
}

func (n *node) listeners(name string) int {
	if n.stopped {
		return 0
	}
	v, err := n.listenerCount(n.process, n.vm.ToValue(name))
	if err != nil {
		return 0
	}
	return int(v.ToInteger())
}

func (n *node) setImmediateNoop() {
	noop := n.vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	im := &immediate{callback: noop, refed: true}
	im.obj = n.vm.NewObject()
	im.job = n.newJob(Job{Kind: JobImmediate, API: "setImmediate", Label: "(Node: one more turn after an uncaught exception)"})
	n.immediates = append(n.immediates, im)
	n.emitJob(KindEnqueue, QueueCheck, im.job)
}
