package engine

import (
	"encoding/base64"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"

	"looplab/engine/internal/js_ast"
)

type jsRange = js_ast.Range

func srcRange(start, end int) js_ast.Range {
	return js_ast.Range{Start: int32(start), End: int32(end)}
}

// commonHost is the host object both runtimes hand their prelude modules:
// console output, formatting, warnings, text encodings. It also loads what
// both runtimes share: EventEmitter (Node only uses it), console and the web
// globals.
func (r *run) commonHost(node bool) *goja.Object {
	vm := r.vm
	host := vm.NewObject()
	host.Set("node", node)
	host.Set("Promise", r.lib.Promise)
	host.Set("isPromise", r.lib.promise.Get("isPromise"))
	host.Set("inspect", r.lib.inspect.Get("inspect"))
	host.Set("describeArg", func(c goja.FunctionCall) goja.Value { return vm.ToValue(describeArg(vm, c.Argument(0))) })
	host.Set("now", func(goja.FunctionCall) goja.Value { return vm.ToValue(float64(r.now) / 1e6) })
	host.Set("utf8Encode", func(c goja.FunctionCall) goja.Value {
		b := []byte(jsString(c.Argument(0)))
		out := make([]any, len(b))
		for i, x := range b {
			out[i] = int64(x)
		}
		return vm.NewArray(out...)
	})
	host.Set("utf8Decode", func(c goja.FunctionCall) goja.Value {
		var b []byte
		vm.ExportTo(c.Argument(0), &b)
		return vm.ToValue(decodeUTF8(b))
	})
	host.Set("base64Encode", func(c goja.FunctionCall) goja.Value {
		s := c.Argument(0).String()
		b := make([]byte, 0, len(s))
		for _, r := range s {
			b = append(b, byte(r))
		}
		return vm.ToValue(base64.StdEncoding.EncodeToString(b))
	})
	host.Set("base64Decode", func(c goja.FunctionCall) goja.Value {
		s := strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' {
				return -1
			}
			return r
		}, c.Argument(0).String())
		if len(s)%4 == 0 {
			s = strings.TrimRight(s, "=")
		}
		b, err := base64.RawStdEncoding.DecodeString(s)
		if err != nil {
			return goja.Null()
		}
		rs := make([]rune, len(b))
		for i, x := range b {
			rs[i] = rune(x)
		}
		return vm.ToValue(string(rs))
	})
	host.Set("reportError", func(c goja.FunctionCall) goja.Value {
		r.onUncaught(exceptionOf(vm, c.Argument(0)))
		return goja.Undefined()
	})
	host.Set("emitWarning", func(c goja.FunctionCall) goja.Value {
		r.warn(c.Argument(0).String(), c.Argument(1).String())
		return goja.Undefined()
	})
	host.Set("setTimer", func(c goja.FunctionCall) goja.Value {
		if r.armTimer == nil {
			return goja.Undefined()
		}
		return r.armTimer(c.Argument(0), c.Argument(1))
	})

	// EventEmitter.
	r.emitting = vm.NewArray()
	host.Set("emitting", r.emitting)
	r.eventEmitter = r.load("events.js", host)
	r.emitSingleLine = preludeLine("events.js", "ReflectApply(handler, this, args)")

	// The web globals.
	web := r.load("web.js", host)
	global := vm.GlobalObject()
	for _, name := range []string{"DOMException", "structuredClone", "Event", "CustomEvent", "EventTarget",
		"AbortController", "AbortSignal", "TextEncoder", "TextDecoder", "atob", "btoa", "fetch", "Response", "Headers",
		"URL", "URLSearchParams"} {
		defineHidden(global, name, web.Get(name), true)
	}
	r.web = web

	// performance: now() is virtual milliseconds since the process started
	// (or the page began loading).
	perf := vm.NewObject()
	perf.Set("now", func(goja.FunctionCall) goja.Value { return vm.ToValue(float64(r.now+perfOrigin) / 1e6) })
	perf.Set("timeOrigin", float64(epoch.UnixMilli())-float64(perfOrigin)/1e6)
	perf.Set("mark", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	perf.Set("measure", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	perf.Set("toJSON", func(goja.FunctionCall) goja.Value { return vm.NewObject() })
	defineHidden(global, "performance", nameMethods(vm, perf), true)

	// console.
	ch := vm.NewObject()
	format := r.lib.format
	if !node {
		format = r.lib.formatChrome
	}
	ch.Set("format", func(c goja.FunctionCall) goja.Value {
		if !node {
			// formatChrome takes the arguments as one array.
			v, err := format(goja.Undefined(), c.Argument(0))
			if err != nil {
				panic(err)
			}
			return v
		}
		args := c.Argument(0).ToObject(vm)
		var list []goja.Value
		vm.ExportTo(args, &list)
		v, err := format(goja.Undefined(), list...)
		if err != nil {
			panic(err)
		}
		return v
	})
	ch.Set("inspect", r.lib.inspect.Get("inspect"))
	ch.Set("node", node)
	ch.Set("stringWidth", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(utf16Len(c.Argument(0).String()))
	})
	ch.Set("now", func(goja.FunctionCall) goja.Value { return vm.ToValue(float64(r.now) / 1e6) })
	ch.Set("write", func(c goja.FunctionCall) goja.Value {
		level := parseLevel(c.Argument(1).String())
		stderr := node && level.Stderr()
		if node {
			r.openStdio(stderr)
		}
		r.print(level, c.Argument(0).String()+"\n", stderr)
		return goja.Undefined()
	})
	ch.Set("warning", func(c goja.FunctionCall) goja.Value {
		r.warn("Warning", c.Argument(0).String())
		return goja.Undefined()
	})
	ch.Set("stack", func(goja.FunctionCall) goja.Value {
		stack, _ := r.v8Stack(rawFrames(vm.CaptureCallStack(0, nil)), -1)
		return vm.ToValue(stack)
	})
	console := r.load("console.js", ch)
	defineHidden(global, "console", console, true)
	return host
}

// perfOrigin is how long before the script ran the runtime started: what
// performance.now() reads at the script's first line.
const perfOrigin = 25 * int64(1e6)

func parseLevel(s string) Level {
	for i, n := range levelNames {
		if n == s {
			return Level(i)
		}
	}
	return LevelLog
}

// openStdio charges the cost of Node's first write to stdout or stderr:
// Node creates the stream lazily, loading its modules, which takes real
// Node about 5 ms on a quiet machine (and up to 100 ms on a busy one).
// Timers due by then run in the loop's first iteration,
// before any setImmediate: that is why, in real Node, a script that ends
// with console.log prints a setTimeout(f, 0) before a setImmediate.
func (r *run) openStdio(stderr bool) {
	i := 0
	if stderr {
		i = 1
	}
	if !r.stdioOpen[i] {
		r.stdioOpen[i] = true
		r.advance(costStdioInit)
	}
}

// printRaw writes text as is (no newline added) to the console.
func (r *run) printRaw(level Level, text string, stderr bool) {
	r.print(level, text, stderr)
}

// warn prints a runtime warning (Node: to stderr; browser: a console warning).
func (r *run) warn(name, msg string) {
	if r.opts.Runtime == Browser {
		r.print(LevelWarn, msg+"\n", false)
		return
	}
	r.print(LevelWarn, "(node:4242) "+name+": "+msg+"\n(Use `node --trace-warnings ...` to show where the warning was created)\n", true)
}

// jsString converts a JavaScript string to Go, lone surrogates as U+FFFD.
func jsString(v goja.Value) string {
	return v.String()
}

func decodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// stackText is the current shadow stack as "\n    at name (file:line:col)"
// lines, innermost first (console.trace).
func (r *run) displayFile() string {
	if r.opts.Runtime == Browser {
		return r.opts.Filename
	}
	return nodeDir + "/" + baseName(r.opts.Filename)
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		p = p[i+1:]
	}
	if p == "" || p == "-" {
		return "main.js"
	}
	return p
}

// gojaFrameLoc finds the first "file:line:col" of a formatted stack.
var gojaFrameLoc = regexp.MustCompile(`:(\d+):(\d+)\)?(?:\n|$)`)

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}
