package engine

// Stack traces as V8 writes them.
//
// goja records a stack for every error, in its own format and with
// positions in the instrumented code looplab runs. The program must see
// V8's: "    at f (/app/main.js:3:9)" with positions in its own source,
// V8's frame names ("Object.<anonymous>", "Timeout._onTimeout",
// "new Promise (<anonymous>)", "K.m", "get g [as g]"), and below the
// program's frames the runtime's own ones ("listOnTimeout
// (node:internal/timers:581:17)"), as many as Error.stackTraceLimit allows.
//
// An error the program constructs gets its stack when it is constructed
// (builtins.js wraps the Error constructors), as V8 captures it; its first
// line, "Name: message", is written when the stack is first read, as V8
// does, so a subclass that sets this.name in its constructor shows it.
// Errors goja raises itself (a TypeError from null.x) are converted when
// the program first sees them (fixError).

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"

	"looplab/engine/internal/js_ast"
)

// rawFrame is one frame of goja's stack: a position in the code goja runs.
type rawFrame struct {
	name      string // goja's function name; "" when anonymous
	file      string // the program's file name, "looplab:promise.js", or "native"
	line, col int
}

func (f rawFrame) native() bool  { return f.file == "native" || f.file == "<native>" }
func (f rawFrame) prelude() bool { return strings.HasPrefix(f.file, "looplab:") }

// dispatch reports whether f calls event listeners with the target as this
// (EventEmitter's emit, the DOM's dispatch), pushing the target on
// run.emitting while it does.
func (f rawFrame) dispatch() bool {
	return f.file == "looplab:events.js" && f.name == "emit" || f.file == "looplab:dom.js" && f.name == "invoke"
}

// rawFrames converts frames goja captured.
func rawFrames(st []goja.StackFrame) []rawFrame {
	out := make([]rawFrame, 0, len(st))
	for i := range st {
		f := &st[i]
		p := f.Position()
		name := f.FuncName()
		if name == "<anonymous>" || name == "<native>" {
			name = ""
		}
		file := f.SrcName()
		if file == "<native>" {
			file = "native"
		}
		out = append(out, rawFrame{name: name, file: file, line: p.Line, col: p.Column})
	}
	return out
}

var (
	gojaFrame       = regexp.MustCompile(`^\s*at (?:(.*?) \()?([^()]*?):(\d+):(\d+)(?:\(\d+\))?\)?$`)
	gojaNativeFrame = regexp.MustCompile(`^\s*at (\S*) \(native\)$`)
)

// parseGojaStack splits a stack goja formatted into its first line(s) and
// its frames.
func parseGojaStack(s string) (head string, frames []rawFrame) {
	var heads []string
	for _, l := range strings.Split(s, "\n") {
		if m := gojaFrame.FindStringSubmatch(l); m != nil {
			frames = append(frames, rawFrame{name: m[1], file: m[2], line: atoi(m[3]), col: atoi(m[4])})
			continue
		}
		if m := gojaNativeFrame.FindStringSubmatch(l); m != nil {
			frames = append(frames, rawFrame{name: m[1], file: "native"})
			continue
		}
		if len(frames) == 0 {
			heads = append(heads, l)
		}
	}
	return strings.Join(heads, "\n"), frames
}

// via says how the runtime called into JavaScript: the receiver and
// property V8 names the called function's frame after ("Timeout" and
// "_onTimeout") and the runtime's own frames below it.
type via struct {
	recv, method string
	below        []string
}

// Node 20.20.2's frames below the program's, by what called it.
var (
	viaMain = &via{below: []string{
		"Module._compile (node:internal/modules/cjs/loader:1521:14)",
		"Module._extensions..js (node:internal/modules/cjs/loader:1623:10)",
		"Module.load (node:internal/modules/cjs/loader:1266:32)",
		"Module._load (node:internal/modules/cjs/loader:1091:12)",
		"Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)",
		"node:internal/main/run_main_module:28:49",
	}}
	viaTimeout   = &via{recv: "Timeout", method: "_onTimeout", below: timersBelow}
	timersBelow  = []string{"listOnTimeout (node:internal/timers:581:17)", "process.processTimers (node:internal/timers:519:7)"}
	viaImmediate = &via{recv: "Immediate", method: "_onImmediate", below: []string{"process.processImmediate (node:internal/timers:483:21)"}}
	// A queueMicrotask callback runs inside an AsyncResource.
	queueMicrotaskBelow = []string{
		"node:internal/process/task_queues:140:7",
		"AsyncResource.runInAsyncScope (node:async_hooks:206:9)",
		"AsyncResource.runMicrotask (node:internal/process/task_queues:137:8)",
	}
	viaStat      = &via{below: []string{"FSReqCallback.oncomplete (node:fs:198:5)"}}
	viaFS        = &via{below: []string{"FSReqCallback.oncomplete (node:fs:187:23)"}}
	viaReadFile  = &via{below: []string{"FSReqCallback.readFileAfterClose [as oncomplete] (node:internal/fs/read/context:68:3)"}}
	viaReadError = &via{recv: "ReadFileContext", method: "callback", below: []string{"FSReqCallback.readFileAfterOpen [as oncomplete] (node:fs:299:13)"}}
	viaExists    = &via{below: []string{"suppressedCallback (node:fs:257:5)", "FSReqCallback.oncomplete (node:fs:187:23)"}}
	viaPBKDF2    = &via{recv: "PBKDF2Job", below: []string{"job.ondone (node:internal/crypto/pbkdf2:56:12)"}}
	viaRandom    = &via{recv: "RandomBytesJob", below: []string{"RandomBytesJob.<anonymous> (node:internal/crypto/random:113:5)", "RandomBytesJob.onJobDone (node:internal/crypto/random:308:3)"}}
)

// tickCaller is who runs Node's nextTick queue and microtasks after a
// callback: C++ once the callback returns (InternalCallbackScope), or, between
// two timers or two immediates, the JavaScript loop that runs them
// (runNextTicks).
type tickCaller uint8

const (
	fromNative           tickCaller = iota
	fromListOnTimeout               // between two timers of one list
	fromProcessTimers               // between two lists of timers
	fromProcessImmediate            // between two immediates
)

var tickCallerFrames = [...][]string{
	fromListOnTimeout:    {"listOnTimeout (node:internal/timers:545:9)", "process.processTimers (node:internal/timers:519:7)"},
	fromProcessTimers:    {"process.processTimers (node:internal/timers:516:9)"},
	fromProcessImmediate: {"process.processImmediate (node:internal/timers:454:9)"},
}

// tickVias are the vias of a nextTick callback (tick) and of a microtask
// (micro) run by processTicksAndRejections; checkpoint is the via of a
// microtask run before it, when no nextTick was queued.
func tickVias(c tickCaller) (tick, micro, checkpoint *via) {
	if c == fromNative {
		return &via{below: []string{"process.processTicksAndRejections (node:internal/process/task_queues:77:11)"}},
			&via{below: []string{"process.processTicksAndRejections (node:internal/process/task_queues:95:5)"}},
			&via{}
	}
	caller := append([]string{"runNextTicks (node:internal/process/task_queues:64:3)"}, tickCallerFrames[c]...)
	return &via{below: append([]string{"processTicksAndRejections (node:internal/process/task_queues:77:11)"}, caller...)},
		&via{below: append([]string{"processTicksAndRejections (node:internal/process/task_queues:95:5)"}, caller...)},
		&via{below: append([]string{"runNextTicks (node:internal/process/task_queues:60:5)"}, tickCallerFrames[c]...)}
}

// callVia is call with the frames V8 would show below fn.
func (r *run) callVia(v *via, fn, this goja.Value, args ...goja.Value) (goja.Value, *goja.Exception) {
	saved := r.via
	r.via = v
	defer func() { r.via = saved }()
	return r.call(fn, this, args...)
}

// nativeFrames are V8's names of the built-ins that call back into the
// program, by goja's name of them.
var nativeFrames = map[string]string{
	"forEach": "Array.forEach", "map": "Array.map", "filter": "Array.filter",
	"reduce": "Array.reduce", "reduceRight": "Array.reduceRight", "some": "Array.some",
	"every": "Array.every", "find": "Array.find", "findIndex": "Array.findIndex",
	"findLast": "Array.findLast", "findLastIndex": "Array.findLastIndex", "flatMap": "Array.flatMap",
	"sort": "Array.sort", "toSorted": "Array.toSorted", "from": "Function.from",
	"replace": "String.replace", "replaceAll": "String.replaceAll",
}

// v8Stack writes raw frames as the runtime's stack lines ("\n    at ..."),
// skipping every frame up to and including the innermost one of function
// skip (V8's constructorOpt), when skip >= 0. at is the source offset of
// the first frame of the program, or -1.
func (r *run) v8Stack(raw []rawFrame, skip int32) (stack string, at int32) {
	chrome := r.opts.Runtime == Browser
	x := r.prog.index()
	type frame struct {
		raw  rawFrame
		user bool
		off  int32
		fn   int32
	}
	frames := make([]frame, 0, len(raw))
	for _, f := range raw {
		fr := frame{raw: f, fn: -2}
		if !f.native() && !f.prelude() {
			off, ok := r.prog.originalOffset(f.line, f.col)
			if !ok {
				continue
			}
			fr.user, fr.off, fr.fn = true, off, r.prog.funcAt(off)
		}
		frames = append(frames, fr)
	}
	if skip >= 0 {
		for i := range frames {
			if frames[i].user && frames[i].fn == skip {
				frames = frames[i+1:]
				break
			}
		}
	}
	// The outermost frame of the program, if the runtime called it.
	bottom := -1
	for i := len(frames) - 1; i >= 0; i-- {
		if frames[i].user {
			bottom = i
			break
		}
		if _, shown := nativeFrames[frames[i].raw.name]; !frames[i].raw.prelude() && (!frames[i].raw.native() || shown) {
			break
		}
	}
	var lines, below []string
	lastFunc := int32(-2)
	emitters := 0
	for i := len(frames) - 1; i >= 0; i-- {
		if frames[i].raw.dispatch() {
			emitters++
		}
	}
	for i, f := range frames {
		if !f.user {
			if s := r.builtinFrame(f.raw, &emitters); s != "" {
				lines = append(lines, s)
			}
			continue
		}
		if f.fn == lastFunc && f.fn >= 0 && strings.HasPrefix(r.t.Funcs[f.fn].Kind, "async") && i > 0 && !frames[i-1].user {
			continue // the wrapper of the async body just listed
		}
		lastFunc = f.fn
		// How was it called?
		var v *via
		callOff := int32(-1)
		var callerRaw *rawFrame
		for j := i + 1; j < len(frames); j++ {
			if frames[j].user {
				callOff = frames[j].off
			} else if _, shown := nativeFrames[frames[j].raw.name]; frames[j].raw.native() && !shown {
				continue // Function.prototype.apply, Reflect.apply: V8 shows no frame
			} else {
				callerRaw = &frames[j].raw
			}
			break
		}
		if i == bottom {
			v = r.via
			if f.fn < 0 && !chrome {
				v = viaMain
			}
		}
		// A generator's body runs under its next (or return, throw).
		resumedBy := ""
		if f.fn >= 0 && r.t.Funcs[f.fn].Kind == "generator" && callOff >= 0 {
			if m := calledMethod(x.call[callOff]); m == "next" || m == "return" || m == "throw" {
				resumedBy = m
				callOff = -1
			}
		}
		name := r.frameName(f.fn, x, callOff, callerRaw, v, emitters)
		line, col := r.t.Source.Position(f.off)
		loc := r.displayFile() + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col)
		if name == "" {
			lines = append(lines, loc)
		} else {
			lines = append(lines, name+" ("+loc+")")
		}
		if resumedBy != "" {
			lines = append(lines, orName(name, "Generator")+"."+resumedBy+" (<anonymous>)")
		}
		if i == bottom && v != nil {
			below = v.below
		}
	}
	lines = append(lines, below...)
	lines = append(lines, r.asyncStack()...)
	if n := r.stackTraceLimit(); len(lines) > n {
		lines = lines[:n]
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString("\n    at ")
		b.WriteString(l)
	}
	at = -1
	for _, f := range frames {
		if f.user {
			at = f.off
			break
		}
	}
	return b.String(), at
}

// asyncStack is V8's async stack trace of the running job: "async f
// (file:line:col)" for each async function waiting on it, in turn.
func (r *run) asyncStack() []string {
	if r.lib.asyncFrames == nil {
		return nil
	}
	v, err := r.lib.asyncFrames(goja.Undefined())
	if err != nil {
		return nil
	}
	arr, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(arr.Get("length").ToInteger())
	var out []string
	for i := 0; i+2 < n; i += 3 {
		fid, at := int32(arr.Get(strconv.Itoa(i)).ToInteger()), int32(arr.Get(strconv.Itoa(i+1)).ToInteger())
		recv := arr.Get(strconv.Itoa(i + 2))
		switch {
		case fid == -1:
			out = append(out, "async Promise.all (index "+strconv.Itoa(int(at))+")")
		case fid == -2:
			out = append(out, "async Promise.allSettled (index "+strconv.Itoa(int(at))+")")
		case fid == -3:
			out = append(out, "async Promise.any (index "+strconv.Itoa(int(at))+")")
		case fid >= 0 && int(fid) < len(r.t.Funcs):
			if at < 0 {
				at = r.t.Funcs[fid].Src.Start
			}
			line, col := r.t.Source.Position(at)
			loc := r.displayFile() + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col)
			name := r.receiverName(fid, recv)
			if name == "" {
				out = append(out, "async "+loc)
			} else {
				out = append(out, "async "+name+" ("+loc+")")
			}
		}
	}
	return out
}

// awaitAt is the source offset of the await an async function is
// suspending at: the first await of the running statement, or, when the
// function last resumed from an await of that statement, the next one.
func (r *run) awaitAt() int32 {
	if len(r.stack) == 0 {
		return -1
	}
	top := &r.stack[len(r.stack)-1]
	awaits := r.prog.awaits
	i, found := slices.BinarySearch(awaits, top.at.Start)
	switch {
	case top.resumed && found && i+1 < len(awaits):
		return awaits[i+1] // resumed from this await: the next one suspends
	case !top.resumed && i < len(awaits) && awaits[i] < top.at.End:
		return awaits[i]
	}
	return -1
}

// receiverName is V8's name for a frame of function fn called with this
// value recv: "Type.name [as method]" when recv is an object holding fn
// (V8 finds the method by looking the function up on the receiver).
func (r *run) receiverName(fn int32, recv goja.Value) string {
	m := r.memberOf(fn)
	own := r.v8FuncName(fn, m)
	o, ok := recv.(*goja.Object)
	if !ok || o == r.vm.GlobalObject() {
		return own
	}
	typeName := constructorName(o)
	method := ""
	for p, depth := o, 0; p != nil && depth < 4 && method == ""; p, depth = p.Prototype(), depth+1 {
		for _, k := range p.Keys() {
			if f, ok := p.Get(k).(*goja.Object); ok && r.funcIndex(f) == fn {
				method = k
				break
			}
		}
	}
	return methodCallName(typeName, own, method)
}

// methodCallName is V8's AppendMethodCall: how a frame reads when its
// function was called as a method.
func methodCallName(typeName, own, method string) string {
	if own == "" {
		if method != "" {
			return typeName + "." + method
		}
		return typeName + ".<anonymous>"
	}
	s := own
	if !strings.HasPrefix(own, typeName) {
		s = typeName + "." + own
	}
	if method != "" && own != method && !strings.HasSuffix(own, "."+method) {
		s += " [as " + method + "]"
	}
	return s
}

// builtinFrame is V8's line for a frame of the prelude or a native
// function, or "" when V8 shows none.
func (r *run) builtinFrame(f rawFrame, emitters *int) string {
	if f.native() {
		if s, ok := nativeFrames[f.name]; ok {
			return s + " (<anonymous>)"
		}
		return ""
	}
	if f.dispatch() {
		*emitters--
	}
	switch {
	case f.file == "looplab:promise.js" && f.line == r.promiseExecutorLine:
		return "new Promise (<anonymous>)"
	case f.file == "looplab:builtins.js" && f.name == "parse":
		return "JSON.parse (<anonymous>)"
	case f.file == "looplab:events.js" && r.opts.Runtime != Browser:
		pos := "node:events:536:35"
		if f.line == r.emitSingleLine {
			pos = "node:events:524:28"
		}
		return r.emitterType(*emitters) + ".emit (" + pos + ")"
	}
	return ""
}

// emitterType is the constructor name of the i-th EventEmitter (from the
// outermost) whose emit is running.
func (r *run) emitterType(i int) string {
	if r.emitting == nil || i < 0 || int64(i) >= r.emitting.Get("length").ToInteger() {
		return "EventEmitter"
	}
	o, ok := r.emitting.Get(strconv.Itoa(i)).(*goja.Object)
	if !ok {
		return "EventEmitter"
	}
	return constructorName(o)
}

// constructorName is V8's JSReceiver::GetConstructorName, near enough: the
// name of o's constructor.
func constructorName(o *goja.Object) (name string) {
	defer func() {
		if recover() != nil {
			name = "Object"
		}
	}()
	if c, ok := o.Get("constructor").(*goja.Object); ok {
		if n := c.Get("name"); n != nil && n.String() != "" {
			return n.String()
		}
	}
	return "Object"
}

// frameName is V8's name for a frame of function fn (-1: the script's top
// level), called from the program at callOff, or by a built-in (caller),
// or by the runtime (v).
func (r *run) frameName(fn int32, x *exprIndex, callOff int32, caller *rawFrame, v *via, emitters int) string {
	if fn < 0 {
		if r.opts.Runtime == Browser {
			return ""
		}
		return "Object.<anonymous>"
	}
	m := r.memberOf(fn)
	own := r.v8FuncName(fn, m)
	if m.accessor != "" {
		return m.accessor + " " + m.key + " [as " + m.key + "]"
	}
	if m.ctor {
		return "new " + m.class
	}
	typeName, method := "", ""
	switch {
	case callOff >= 0:
		if _, ok := x.new[callOff]; ok {
			return "new " + orAnonymous(own)
		}
		c := x.call[callOff]
		method = calledMethod(c)
		if method == "" || method == "call" || method == "apply" {
			method = ""
			break
		}
		typeName = "Object"
		if m.class != "" {
			typeName = m.class
		} else if _, isThis := unparen(unparen(c.Callee).(*js_ast.MemberExpr).Object).(*js_ast.ThisExpr); isThis && m.key == "" {
			typeName = "" // this.f(), f not an object literal's: the receiver is unknown
		}
	case caller != nil && caller.dispatch():
		typeName = r.emitterType(emitters - 1)
	case v != nil:
		typeName, method = v.recv, v.method
	}
	if typeName == "" {
		return own
	}
	return methodCallName(typeName, own, method)
}

// calledMethod is the property name a call calls a method by (o.m(),
// o["m"]()), or "".
func calledMethod(c *js_ast.CallExpr) string {
	if c == nil {
		return ""
	}
	me, ok := unparen(c.Callee).(*js_ast.MemberExpr)
	if !ok {
		return ""
	}
	switch p := me.Property.(type) {
	case *js_ast.Identifier:
		if !me.Computed {
			return p.Name
		}
	case *js_ast.StringLit:
		return string(utf16.Decode(p.Value))
	}
	return ""
}

func orName(s, name string) string {
	if s == "" {
		return name
	}
	return s
}

func orAnonymous(s string) string {
	if s == "" {
		return "<anonymous>"
	}
	return s
}

// member describes a function that is a class member or an object
// literal's property.
type member struct {
	key      string // its property name
	own      string // the function's own name (key: function own() {}), if any
	class    string // the class it belongs to ("" for an object literal)
	accessor string // "get" or "set" for accessors
	ctor     bool   // a class constructor
}

// memberOf finds what fn is a member of, from the AST.
func (r *run) memberOf(fn int32) member {
	if r.prog.members == nil {
		r.prog.members = map[int32]member{}
		js_ast.Walk(r.prog.ast, func(n js_ast.Node) bool {
			switch e := n.(type) {
			case *js_ast.ObjectLit:
				for _, p := range e.Properties {
					if p.Computed || p.Key == nil {
						continue
					}
					f := funcOf(p.Value)
					if f == nil {
						continue
					}
					m := member{key: propertyKey(p.Key)}
					if f.Name != nil && f.Kind == js_ast.FuncExpr {
						m.own = f.Name.Name
					}
					switch f.Kind {
					case js_ast.FuncGetter:
						m.accessor = "get"
					case js_ast.FuncSetter:
						m.accessor = "set"
					}
					r.prog.members[f.Start] = m
				}
			case *js_ast.ClassDecl, *js_ast.ClassExpr:
				var c *js_ast.Class
				if d, ok := e.(*js_ast.ClassDecl); ok {
					c = d.Class
				} else {
					c = e.(*js_ast.ClassExpr).Class
				}
				class := ""
				if c.Name != nil {
					class = c.Name.Name
				}
				for _, cm := range c.Members {
					if cm.Computed || cm.Key == nil {
						continue
					}
					f := cm.Func
					if f == nil {
						f = funcOf(cm.Value)
					}
					if f == nil {
						continue
					}
					m := member{key: propertyKey(cm.Key), class: class}
					if f.Name != nil && f.Kind == js_ast.FuncExpr {
						m.own = f.Name.Name
					}
					switch f.Kind {
					case js_ast.FuncGetter:
						m.accessor = "get"
					case js_ast.FuncSetter:
						m.accessor = "set"
					case js_ast.FuncCtor:
						m.ctor = true
					}
					r.prog.members[f.Start] = m
				}
			}
			return true
		})
	}
	return r.prog.members[r.t.Funcs[fn].Src.Start]
}

func funcOf(e js_ast.Expr) *js_ast.Function {
	switch f := e.(type) {
	case *js_ast.FunctionExpr:
		return f.Func
	case *js_ast.ArrowFunc:
		return f.Func
	}
	return nil
}

func propertyKey(k js_ast.Expr) string {
	switch k := k.(type) {
	case *js_ast.Identifier:
		return k.Name
	case *js_ast.StringLit:
		return string(utf16.Decode(k.Value))
	case *js_ast.PrivateName:
		return "#" + k.Name
	}
	return ""
}

// v8FuncName is V8's debug name of fn: its name, or the name inferred from
// where it was defined; "" when anonymous.
func (r *run) v8FuncName(fn int32, m member) string {
	switch {
	case m.own != "":
		return m.own
	case m.key != "":
		return m.key
	}
	f := &r.t.Funcs[fn]
	if f.Name == "(anonymous)" || f.Name == "(anonymous class)" {
		return ""
	}
	return f.Name
}

// stackTraceLimit is Error.stackTraceLimit: how many frames a stack shows.
func (r *run) stackTraceLimit() int {
	if r.lib.Error == nil {
		return 10
	}
	v := r.lib.Error.Get("stackTraceLimit")
	if v == nil {
		return 0
	}
	switch n := v.Export().(type) {
	case int64:
		return int(max(n, 0))
	case float64:
		if n != n || n < 0 {
			return 0
		}
		if n > 1e6 {
			return 1e6
		}
		return int(n)
	}
	return 0
}

// errorHeader is V8's ErrorUtils::ToString: the first line of a stack.
func (r *run) errorHeader(o *goja.Object) (s string) {
	defer func() {
		if recover() != nil {
			s = "Error"
		}
	}()
	name, msg := "Error", ""
	if v := o.Get("name"); v != nil && !goja.IsUndefined(v) {
		name = v.String()
	}
	if v := o.Get("message"); v != nil && !goja.IsUndefined(v) {
		msg = v.String()
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// errorCreated gives an error the program constructed its V8 stack:
// builtins.js calls it from the Error constructors. newTarget is the
// constructor new was applied to: a subclass's frames are left out, as V8
// leaves them.
func (r *run) errorCreated(o *goja.Object, newTarget goja.Value) {
	raw := rawFrames(r.vm.CaptureCallStack(0, nil))
	skip := int32(-1)
	if nt, ok := newTarget.(*goja.Object); ok {
		skip = r.funcIndex(nt)
		if skip >= 0 && r.t.Funcs[skip].Kind == "class" {
			skip = r.classCtor(skip)
		}
	}
	stack, at := r.v8Stack(raw, skip)
	r.setLazyStack(o, stack)
	r.throwAt[o] = at
}

// captureStackTrace is Error.captureStackTrace(target, constructorOpt).
func (r *run) captureStackTrace(call goja.FunctionCall) goja.Value {
	o, ok := call.Argument(0).(*goja.Object)
	if !ok {
		r.throwError("TypeError", "Invalid argument")
	}
	skip := int32(-1)
	if fn, ok := call.Argument(1).(*goja.Object); ok {
		skip = r.funcIndex(fn)
		if skip >= 0 && r.t.Funcs[skip].Kind == "class" {
			skip = r.classCtor(skip)
		}
	}
	raw := rawFrames(r.vm.CaptureCallStack(0, nil))
	stack, _ := r.v8Stack(raw, skip)
	r.setLazyStack(o, stack)
	return goja.Undefined()
}

// classCtor is the function of class c's explicit constructor, or c.
func (r *run) classCtor(c int32) int32 {
	src := r.t.Funcs[c].Src
	for i := c + 1; int(i) < len(r.t.Funcs); i++ {
		f := &r.t.Funcs[i]
		if f.Src.Start >= src.End {
			break
		}
		if f.Kind == "constructor" {
			return i
		}
	}
	return c
}

// setLazyStack defines o.stack as V8 does: the frames are fixed now, the
// first line is written when the stack is first read.
func (r *run) setLazyStack(o *goja.Object, frames string) {
	if r.fixed == nil {
		r.fixed = map[*goja.Object]bool{}
		r.throwAt = map[*goja.Object]int32{}
	}
	r.fixed[o] = true
	ls := &lazyStack{frames: frames}
	if strings.Contains(frames, "_onImmediate") {
		if r.immediateStacks == nil {
			r.immediateStacks = map[*goja.Object]*lazyStack{}
		}
		r.immediateStacks[o] = ls
	}
	settle := func(v goja.Value) {
		delete(r.immediateStacks, o)
		o.DefineDataProperty("stack", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	get := r.vm.ToValue(func(goja.FunctionCall) goja.Value {
		v := r.vm.ToValue(r.errorHeader(o) + ls.frames)
		settle(v)
		return v
	})
	set := r.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		settle(c.Argument(0))
		return goja.Undefined()
	})
	o.DefineAccessorProperty("stack", get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// lazyStack is the frames of a stack not read yet.
type lazyStack struct{ frames string }

// immediateDone is called when an immediate's callback has run: Node has
// cleared its _onImmediate, so V8, writing a stack first read from now on,
// no longer finds the callback's method name.
func (r *run) immediateDone() {
	for o, ls := range r.immediateStacks {
		ls.frames = strings.ReplaceAll(ls.frames, "Immediate._onImmediate (", "Immediate.<anonymous> (")
		ls.frames = strings.ReplaceAll(ls.frames, " [as _onImmediate] (", " (")
		delete(r.immediateStacks, o)
	}
}

// errorStack converts goja's stack of an error goja raised to the runtime's
// format.
func (r *run) errorStack(errv goja.Value, style string) (string, bool) {
	o, ok := errv.(*goja.Object)
	if !ok {
		return "", false
	}
	sv := o.Get("stack")
	if sv == nil || goja.IsUndefined(sv) {
		return "", false
	}
	if r.fixed[o] {
		return sv.String(), true // converted already
	}
	head, raw := parseGojaStack(sv.String())
	stack, _ := r.v8Stack(raw, -1)
	return head + stack, true
}
