package prelude

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// inspectAPI is what inspect.js returns, bound to one runtime.
type inspectAPI struct {
	rt                *goja.Runtime
	exports           *goja.Object
	inspect           goja.Callable
	format            goja.Callable
	formatWithOptions goja.Callable
	formatChrome      goja.Callable
}

var (
	promiseType = reflect.TypeOf((*goja.Promise)(nil))
	proxyType   = reflect.TypeOf(goja.Proxy{})
)

// stubHost is the host object the tests give inspect.js: promise state and
// proxy targets come from goja itself. ExportType is checked before Export
// because exporting an ordinary object would read (and run) its getters.
func stubHost(rt *goja.Runtime) *goja.Object {
	host := rt.NewObject()
	asObject := func(v goja.Value) *goja.Object {
		obj, _ := v.(*goja.Object)
		return obj
	}
	must(host.Set("promiseState", func(v goja.Value) goja.Value {
		obj := asObject(v)
		if obj == nil || obj.ExportType() != promiseType {
			return goja.Undefined()
		}
		p := obj.Export().(*goja.Promise)
		switch p.State() {
		case goja.PromiseStateFulfilled:
			return rt.NewArray("fulfilled", p.Result())
		case goja.PromiseStateRejected:
			return rt.NewArray("rejected", p.Result())
		default:
			return rt.NewArray("pending")
		}
	}))
	proxyOf := func(v goja.Value) (goja.Proxy, bool) {
		obj := asObject(v)
		if obj == nil || obj.ExportType() != proxyType {
			return goja.Proxy{}, false
		}
		return obj.Export().(goja.Proxy), true
	}
	must(host.Set("proxyTarget", func(v goja.Value) goja.Value {
		p, ok := proxyOf(v)
		if !ok {
			return goja.Undefined()
		}
		if t := p.Target(); t != nil {
			return t
		}
		return goja.Null()
	}))
	must(host.Set("proxyHandler", func(v goja.Value) goja.Value {
		p, ok := proxyOf(v)
		if !ok || p.Handler() == nil {
			return goja.Null()
		}
		return p.Handler()
	}))
	return host
}

// errText describes err without calling into JavaScript (whose toString
// may have been tampered with).
func errText(err error) string {
	if ex, ok := err.(*goja.Exception); ok {
		if obj, ok := ex.Value().(*goja.Object); ok {
			if m := obj.Get("message"); m != nil {
				return "exception: " + m.Export().(string)
			}
		}
		return "exception"
	}
	return err.Error()
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

// newInspect loads inspect.js into a fresh runtime with the given host.
// The runtime also gets a minimal Node Buffer (a named Uint8Array
// subclass), which cases.js needs.
func newInspect(t *testing.T, host func(*goja.Runtime) *goja.Object) *inspectAPI {
	t.Helper()
	rt := goja.New()
	if _, err := rt.RunString(`globalThis.Buffer = class Buffer extends Uint8Array {};`); err != nil {
		t.Fatal(err)
	}
	fn, err := rt.RunScript("inspect.js", Source("inspect.js"))
	if err != nil {
		t.Fatalf("loading inspect.js: %v", err)
	}
	factory, ok := goja.AssertFunction(fn)
	if !ok {
		t.Fatal("inspect.js is not a function expression")
	}
	var hostValue goja.Value = rt.NewObject()
	if host != nil {
		hostValue = host(rt)
	}
	exports, err := factory(goja.Undefined(), hostValue)
	if err != nil {
		t.Fatalf("calling inspect.js: %v", err)
	}
	obj := exports.ToObject(rt)
	api := &inspectAPI{rt: rt, exports: obj}
	for name, dst := range map[string]*goja.Callable{
		"inspect":           &api.inspect,
		"format":            &api.format,
		"formatWithOptions": &api.formatWithOptions,
		"formatChrome":      &api.formatChrome,
	} {
		f, ok := goja.AssertFunction(obj.Get(name))
		if !ok {
			t.Fatalf("inspect.js does not return %s", name)
		}
		*dst = f
	}
	return api
}

// run evaluates src (a function expression) and calls it with args.
func (api *inspectAPI) run(t *testing.T, name, src string, args ...goja.Value) goja.Value {
	t.Helper()
	v, err := api.rt.RunScript(name, src)
	if err != nil {
		t.Fatalf("%s: %s", name, errText(err))
	}
	f, ok := goja.AssertFunction(v)
	if !ok {
		t.Fatalf("%s is not a function expression", name)
	}
	res, err := f(goja.Undefined(), args...)
	if err != nil {
		t.Fatalf("%s: %s", name, errText(err))
	}
	return res
}

type recordedCase struct {
	Name string `json:"name"`
	Out  string `json:"out"`
}

// collectedCase is one call recorded from cases.js: the values are built
// but not yet formatted.
type collectedCase struct {
	name    string
	kind    string // "inspect", "format" or "formatWithOptions"
	args    []goja.Value
	options goja.Value // nil when inspect had no options argument
}

// collectCases evaluates testdata/inspect/cases.js and returns its calls.
func collectCases(t *testing.T, api *inspectAPI) []collectedCase {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "inspect", "cases.js"))
	if err != nil {
		t.Fatal(err)
	}
	recorder := api.run(t, "recorder.js", `(function () {
		const cases = [];
		return {
			cases,
			inspect(name, value, options) {
				cases.push({ name, kind: 'inspect', args: [value], options, hasOptions: arguments.length > 2 });
			},
			format(name, ...args) {
				cases.push({ name, kind: 'format', args });
			},
			formatWithOptions(name, options, ...args) {
				cases.push({ name, kind: 'formatWithOptions', args, options, hasOptions: true });
			},
		};
	})`)
	casesFn, err := api.rt.RunScript("cases.js", string(src))
	if err != nil {
		t.Fatal(err)
	}
	f, _ := goja.AssertFunction(casesFn)
	if _, err := f(goja.Undefined(), recorder); err != nil {
		t.Fatalf("cases.js: %v", err)
	}
	list := recorder.ToObject(api.rt).Get("cases").ToObject(api.rt)
	n := int(list.Get("length").ToInteger())
	cases := make([]collectedCase, n)
	for i := range cases {
		c := list.Get(strconv.Itoa(i)).ToObject(api.rt)
		args := c.Get("args").ToObject(api.rt)
		cases[i] = collectedCase{name: c.Get("name").String(), kind: c.Get("kind").String()}
		for j := 0; j < int(args.Get("length").ToInteger()); j++ {
			cases[i].args = append(cases[i].args, args.Get(strconv.Itoa(j)))
		}
		if has := c.Get("hasOptions"); has != nil && has.ToBoolean() {
			cases[i].options = c.Get("options")
		}
	}
	return cases
}

// formatCases formats each collected case with inspect.js. It calls the
// API from Go, so no JavaScript built-in is involved besides inspect.js's.
func formatCases(t *testing.T, api *inspectAPI, cases []collectedCase) []recordedCase {
	t.Helper()
	out := make([]recordedCase, len(cases))
	for i, c := range cases {
		var res goja.Value
		var err error
		switch c.kind {
		case "inspect":
			args := c.args
			if c.options != nil {
				args = append(args[:1:1], c.options)
			}
			res, err = api.inspect(goja.Undefined(), args...)
		case "format":
			res, err = api.format(goja.Undefined(), c.args...)
		case "formatWithOptions":
			res, err = api.formatWithOptions(goja.Undefined(), append([]goja.Value{c.options}, c.args...)...)
		default:
			t.Fatalf("unknown case kind %q", c.kind)
		}
		if err != nil {
			t.Fatalf("%s: %s", c.name, errText(err))
		}
		out[i] = recordedCase{Name: c.name, Out: res.String()}
	}
	return out
}

func TestInspectMatchesNode(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "inspect", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var expected struct {
		Node  string         `json:"node"`
		Cases []recordedCase `json:"cases"`
	}
	if err := json.Unmarshal(data, &expected); err != nil {
		t.Fatal(err)
	}
	api := newInspect(t, stubHost)
	got := formatCases(t, api, collectCases(t, api))
	if len(got) != len(expected.Cases) {
		t.Fatalf("cases.js produced %d cases, expected.json (node %s) has %d: re-record it",
			len(got), expected.Node, len(expected.Cases))
	}
	failed := 0
	for i, want := range expected.Cases {
		if got[i].Name != want.Name {
			t.Fatalf("case %d is %q, expected.json has %q: re-record it", i, got[i].Name, want.Name)
		}
		if got[i].Out != want.Out {
			failed++
			t.Errorf("%s:\n got: %s\nwant: %s", want.Name, quoteLines(got[i].Out), quoteLines(want.Out))
		}
	}
	if failed > 0 {
		t.Logf("%d of %d cases differ from node %s", failed, len(expected.Cases), expected.Node)
	}
}

func quoteLines(s string) string {
	return strings.ReplaceAll(s, "\n", "\n      ")
}

// tamperScript overwrites the built-ins a formatter is likely to use with
// functions that throw, as hostile or careless user code might.
const tamperScript = `(function () {
	const E = Error;
	const boom = function () { throw new E('tampered built-in called'); };
	const define = Object.defineProperty;
	const getPrototypeOf = Object.getPrototypeOf;
	const mapIteratorProto = getPrototypeOf(new Map().entries());
	const setIteratorProto = getPrototypeOf(new Set().values());
	const spoil = (obj, names) => {
		for (let i = 0; i < names.length; i++) {
			define(obj, names[i], { value: boom, writable: true, configurable: true });
		}
	};
	const spoilGetter = (obj, name) => {
		define(obj, name, { get: boom, configurable: true });
	};
	const it = Symbol.iterator;
	spoil(Array.prototype, ['push', 'pop', 'map', 'join', 'forEach', 'indexOf', 'includes',
		'slice', 'splice', 'sort', 'filter', 'concat', 'unshift', 'shift', 'reduce', 'keys',
		'values', 'entries', 'some', 'every', 'find', 'fill', 'reverse', it]);
	spoil(String.prototype, ['slice', 'replace', 'replaceAll', 'split', 'repeat', 'padStart',
		'padEnd', 'indexOf', 'lastIndexOf', 'includes', 'startsWith', 'endsWith', 'trim',
		'charCodeAt', 'codePointAt', 'charAt', 'toUpperCase', 'toLowerCase', 'normalize',
		'concat', 'substring', 'substr', 'match', 'toString', 'valueOf', it]);
	spoil(Object, ['keys', 'values', 'entries', 'getOwnPropertyNames', 'getOwnPropertySymbols',
		'getOwnPropertyDescriptor', 'getOwnPropertyDescriptors', 'getPrototypeOf', 'assign',
		'is', 'create', 'freeze', 'setPrototypeOf']);
	spoil(Object.prototype, ['hasOwnProperty', 'propertyIsEnumerable', 'toString',
		'toLocaleString', 'isPrototypeOf']);
	spoil(Map.prototype, ['forEach', 'entries', 'get', 'set', 'has', 'keys', 'values', it]);
	spoilGetter(Map.prototype, 'size');
	spoil(Set.prototype, ['forEach', 'entries', 'add', 'has', 'keys', 'values', it]);
	spoilGetter(Set.prototype, 'size');
	spoil(mapIteratorProto, ['next']);
	spoil(setIteratorProto, ['next']);
	spoil(WeakMap.prototype, ['has', 'get']);
	spoil(WeakSet.prototype, ['has']);
	spoil(RegExp.prototype, ['exec', 'test', 'toString', Symbol.replace, Symbol.split, Symbol.match]);
	spoilGetter(RegExp.prototype, 'flags');
	spoilGetter(RegExp.prototype, 'source');
	spoil(Date.prototype, ['toISOString', 'toString', 'getTime', 'valueOf', 'toJSON']);
	spoil(Error.prototype, ['toString']);
	spoil(Function.prototype, ['call', 'apply', 'bind', 'toString']);
	spoil(Symbol.prototype, ['toString', 'valueOf']);
	spoil(Number.prototype, ['toString', 'toFixed', 'valueOf']);
	spoil(Boolean.prototype, ['toString', 'valueOf']);
	spoil(BigInt.prototype, ['toString', 'valueOf']);
	spoil(Promise.prototype, ['then', 'catch']);
	spoil(JSON, ['stringify', 'parse']);
	spoil(Reflect, ['apply', 'ownKeys', 'getPrototypeOf', 'get', 'has']);
	spoil(Math, ['min', 'max', 'floor', 'round', 'sqrt', 'trunc', 'abs']);
	spoil(Number, ['isNaN', 'isFinite', 'parseInt', 'parseFloat', 'isInteger']);
	spoil(Array, ['isArray', 'from', 'of']);
	const typedArrayProto = getPrototypeOf(Uint8Array.prototype);
	spoil(typedArrayProto, ['join', 'slice', 'subarray', 'map', 'forEach', it]);
	spoilGetter(typedArrayProto, 'length');
	spoilGetter(ArrayBuffer.prototype, 'byteLength');
	spoil(globalThis, ['String', 'Number', 'Boolean', 'Symbol', 'Map', 'Set', 'WeakMap',
		'WeakSet', 'Error', 'RangeError', 'TypeError', 'RegExp', 'Date', 'JSON', 'Math',
		'Reflect', 'Proxy', 'Promise', 'Uint8Array', 'ArrayBuffer', 'eval', 'parseInt',
		'parseFloat', 'isNaN']);
	// Inherited descriptor fields: a descriptor read carelessly would now
	// look like an accessor.
	define(Object.prototype, 'get', { __proto__: null, value: boom, writable: true, configurable: true });
	define(Object.prototype, 'set', { __proto__: null, value: boom, writable: true, configurable: true });
	define(Object.prototype, 'value', { __proto__: null, value: 'tampered', writable: true, configurable: true });
})`

// TestTamperedBuiltinsDoNotChangeOutput formats every case, lets "user
// code" overwrite the built-ins, formats again and expects the same text.
func TestTamperedBuiltinsDoNotChangeOutput(t *testing.T) {
	api := newInspect(t, stubHost)
	cases := collectCases(t, api)
	before := formatCases(t, api, cases)
	chrome := make([]string, len(cases))
	for i, c := range cases {
		chrome[i] = api.chrome(t, c.args...)
	}

	api.run(t, "tamper.js", tamperScript)
	// The tampering really took: the runtime's own join now throws.
	if _, err := api.rt.RunString(`[1, 2].join(',')`); err == nil {
		t.Fatal("tampering did not replace Array.prototype.join")
	}

	after := formatCases(t, api, cases)
	for i := range before {
		if strings.Contains(before[i].Out, "Inspection threw") {
			continue // the case's own code throws, and now throws differently
		}
		if before[i].Out != after[i].Out {
			t.Errorf("%s changed after tampering:\nbefore: %s\n after: %s",
				before[i].Name, quoteLines(before[i].Out), quoteLines(after[i].Out))
		}
		if got := api.chrome(t, cases[i].args...); got != chrome[i] {
			t.Errorf("%s (chrome) changed after tampering:\nbefore: %s\n after: %s",
				cases[i].name, chrome[i], got)
		}
	}
}

// chrome calls formatChrome with args as the argument list.
func (api *inspectAPI) chrome(t *testing.T, args ...goja.Value) string {
	t.Helper()
	list := make([]interface{}, len(args))
	for i, a := range args {
		list[i] = a
	}
	res, err := api.formatChrome(goja.Undefined(), api.rt.NewArray(list...))
	if err != nil {
		t.Fatalf("formatChrome: %s", errText(err))
	}
	return res.String()
}

// chromeHost extends stubHost with the browser hooks, driven by marker
// properties on test values: __node (describeNode), chromeStack and
// nodeStack (errorStack), __source and __kind (functionInfo).
func chromeHost(rt *goja.Runtime) *goja.Object {
	host := stubHost(rt)
	own := func(v goja.Value, name string) goja.Value {
		obj, ok := v.(*goja.Object)
		if !ok || obj.ExportType() == proxyType {
			return nil
		}
		if desc := obj.Get(name); desc != nil && !goja.IsUndefined(desc) {
			return desc
		}
		return nil
	}
	must(host.Set("describeNode", func(v goja.Value) goja.Value {
		if s := own(v, "__node"); s != nil {
			return s
		}
		return goja.Undefined()
	}))
	must(host.Set("errorStack", func(v goja.Value, style string) goja.Value {
		if s := own(v, style+"Stack"); s != nil {
			return s
		}
		return goja.Undefined()
	}))
	must(host.Set("functionInfo", func(v goja.Value) goja.Value {
		src := own(v, "__source")
		if src == nil {
			return goja.Undefined()
		}
		info := rt.NewObject()
		must(info.Set("source", src))
		must(info.Set("name", v.(*goja.Object).Get("name")))
		if kind := own(v, "__kind"); kind != nil {
			must(info.Set("kind", kind))
		}
		if ext := own(v, "__extends"); ext != nil {
			must(info.Set("extendsName", ext))
		}
		return info
	}))
	return host
}

// chromeSetup defines the helpers the Chrome table uses.
const chromeSetup = `
	class Foo { constructor() { this.a = 1; } }
	class Empty {}
	var range = (n) => { const a = []; for (let i = 0; i < n; i++) a.push(i); return a; };
	var withStack = (e, chrome) => { Object.defineProperty(e, 'chromeStack', { value: chrome }); return e; };
	var node = (text) => ({ __node: text });
	var settled = (p) => { p.catch(() => {}); return p; };
`

// TestFormatChrome checks formatChrome against DevTools' conventions (see
// the rules at formatChrome in inspect.js); there is no Chromium here to
// record from, so the expectations are written by hand.
func TestFormatChrome(t *testing.T) {
	api := newInspect(t, chromeHost)
	if _, err := api.rt.RunString(chromeSetup); err != nil {
		t.Fatal(err)
	}
	dateText, err := api.rt.RunString(`new Date(0).toString()`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ args, want string }{
		// Top-level primitives and strings.
		{``, ``},
		{`'hello'`, `hello`},
		{`'a', 'b'`, `a b`},
		{`'x', 1, true, null, undefined`, `x 1 true null undefined`},
		{`1, 'a'`, `1 'a'`},
		{`-0`, `-0`},
		{`1n, -5n`, `1n -5n`},
		{`Symbol('x'), Symbol()`, `Symbol(x) Symbol()`},
		{`NaN, -Infinity, 1.5`, `NaN -Infinity 1.5`},
		{`{}, "it's"`, `{} "it's"`},

		// Arrays.
		{`[]`, `[]`},
		{`[5]`, `[5]`},
		{`[1, 2, 3]`, `(3) [1, 2, 3]`},
		{`[1, 'x', [2, 3], {a: 1}, null]`, `(5) [1, 'x', Array(2), {…}, null]`},
		{`[1, , 3]`, `(3) [1, empty, 3]`},
		{`[1, , , 4]`, `(4) [1, empty × 2, 4]`},
		{`new Array(5)`, `(5) [empty × 5]`},
		{`range(101)`, `(101) [` + strings.Trim(strings.Join(strings.Fields(fmt.Sprint(seq(100))), ", "), "[]") + `, …]`},
		{`Object.assign([1, 2], {x: 3})`, `(2) [1, 2, x: 3]`},
		{`Object.defineProperty([1], 0, {get() { return 1; }})`, `[(...)]`},
		{`[-0, 1n, Symbol('s'), undefined]`, `(4) [-0, 1n, Symbol(s), undefined]`},
		{`["it's", 'a\nb', 'say "hi" it\'s']`, "(3) [\"it's\", 'a\\nb', `say \"hi\" it's`]"},
		{`['x'.repeat(150)]`, `['` + strings.Repeat("x", 50) + `…` + strings.Repeat("x", 49) + `']`},
		{`[new Date(0)]`, `[` + dateText.String() + `]`},
		{`[[], new Map([[1, 2]]), new Set(), new Uint8Array(2)]`, `(4) [Array(0), Map(1), Set(0), Uint8Array(2)]`},

		// Objects.
		{`{}`, `{}`},
		{`{a: 1, b: 'x'}`, `{a: 1, b: 'x'}`},
		{`{b: 1, a: 2}`, `{b: 1, a: 2}`},
		{`{a: {b: 1}, c: [1, 2], d: new Foo()}`, `{a: {…}, c: Array(2), d: Foo}`},
		{`{a: 1, b: 2, c: 3, d: 4, e: 5, f: 6}`, `{a: 1, b: 2, c: 3, d: 4, e: 5, …}`},
		{`new Foo()`, `Foo {a: 1}`},
		{`new Empty()`, `Empty {}`},
		{`Object.create(null)`, `{}`},
		{`Object.assign(Object.create(null), {a: 1})`, `{a: 1}`},
		{`{[Symbol('s')]: 1}`, `{Symbol(s): 1}`},
		{`{'a b': 1, ' lead': 2, '': 3}`, `{a b: 1, " lead": 2, "": 3}`},
		{`{get a() { return 1; }, b: 2}`, `{b: 2}`},
		{`Object.defineProperty({}, 'hidden', {value: 1})`, `{hidden: 1}`},
		{`{f: function () {}, g: () => 1, k: Foo}`, `{f: ƒ, g: ƒ, k: ƒ}`},
		{`{e: withStack(new Error('boom'), 'Error: boom\n    at <anonymous>:1:1')}`, `{e: Error: boom}`},
		{`{self: null, s: new Set([1])}`, `{self: null, s: Set(1)}`},
		{`(function () { const o = {}; o.o = o; return o; })()`, `{o: {…}}`},

		// Collections.
		{`new Map([['a', 1]])`, `Map(1) {'a' => 1}`},
		{`new Map()`, `Map(0) {}`},
		{`new Map([['k', {x: 1}], [[1], 'v']])`, `Map(2) {'k' => {…}, Array(1) => 'v'}`},
		{`new Set([1, 2])`, `Set(2) {1, 2}`},
		{`new Set(range(7))`, `Set(7) {0, 1, 2, 3, 4, …}`},
		{`new WeakMap()`, `WeakMap {}`},
		{`new Uint8Array([1, 2])`, `Uint8Array(2) [1, 2]`},
		{`new ArrayBuffer(8)`, `ArrayBuffer(8)`},
		{`(function () { return arguments; })(1, 2)`, `Arguments(2) [1, 2, callee: ƒ, Symbol(Symbol.iterator): ƒ]`},

		// Functions and classes.
		{`function foo() {}`, `ƒ foo() {}`},
		{`(function () { return 1; })`, `ƒ () { return 1; }`},
		{`() => 1`, `() => 1`},
		{`async function af(x) { await x; }`, `async ƒ af(x) { await x; }`},
		{`async () => {}`, `async () => {}`},
		{`function* g() {}`, `ƒ* g() {}`},
		{`class A {}`, `class A {}`},
		{`class B extends Foo { m() {} }`, `class B extends Foo { m() {} }`},
		{`({ m() { return 1; } }).m`, `ƒ m() { return 1; }`},
		{`Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x').get`, `ƒ x() { return 1; }`},
		{`function long() { return '` + strings.Repeat("y", 250) + `'; }`, `ƒ long() { return '` + strings.Repeat("y", 182) + `…`},
		{`Object.assign(function rewritten() {}, {__source: 'function original(a) { return a; }'})`, `ƒ original(a) { return a; }`},

		// Promises, errors, dates, regular expressions, boxed values.
		{`Promise.resolve(1)`, `Promise {<fulfilled>: 1}`},
		{`Promise.resolve({a: 1})`, `Promise {<fulfilled>: {…}}`},
		{`new Promise(() => {})`, `Promise {<pending>}`},
		{`settled(Promise.reject(withStack(new Error('x'), 'Error: x\n    at <anonymous>:1:16')))`, `Promise {<rejected>: Error: x}`},
		{`withStack(new Error('boom'), 'Error: boom\n    at <anonymous>:1:7')`, "Error: boom\n    at <anonymous>:1:7"},
		{`'failed:', withStack(new TypeError('t'), 'TypeError: t\n    at f (app.js:2:3)')`, "failed: TypeError: t\n    at f (app.js:2:3)"},
		{`Object.defineProperty(new Error('plain'), 'stack', {value: undefined})`, `Error: plain`},
		{`new Date(0)`, dateText.String()},
		{`/a+b/gi`, `/a+b/gi`},
		{`new Number(3), new String('ab'), new Boolean(false)`, `Number {3} String {'ab'} Boolean {false}`},

		// DOM nodes through host.describeNode.
		{`node('<div id="app"></div>')`, `<div id="app"></div>`},
		{`{el: node('div#app')}`, `{el: div#app}`},

		// Format specifiers.
		{`'%s is %d years', 'Bob', 42.9`, `Bob is 42 years`},
		{`'%i|%d', -1.5, 7`, `-1|7`}, // V8 converts as parseInt does (recorded: '%d' of '7 days' is 7)
		{`'%d %i %f', '42', {}, '3.5'`, `42 NaN 3.5`},
		{`'%f', 1.25`, `1.25`},
		{`'%s', {a: 1}`, `Object`},
		{`'%s', [1, 2]`, `Array(2)`},
		{`'%s', new Foo()`, `Foo`},
		{`'%s %s %s %s', -0, 1n, Symbol('s'), undefined`, `-0 1n Symbol(s) undefined`},
		{`'%s', function f() { return 1; }`, `function f() { return 1; }`},
		{`'%cred%c plain', 'color: red', ''`, `red plain`},
		{`'%o and %O', {a: 1}, 'str'`, `{a: 1} and 'str'`},
		{`'100%%'`, `100%`},
		{`'%s and %s', 'one'`, `one and %s`},
		{`'%s', 'a', 'b', {c: 1}`, `a b {c: 1}`},
		{`'%x %j', 1`, `%x %j 1`},
		{`'ends with %'`, `ends with %`},
		{`'%c'`, `%c`},
	}
	for _, tc := range tests {
		v, err := api.rt.RunString("[" + tc.args + "]")
		if err != nil {
			t.Fatalf("[%s]: %s", tc.args, errText(err))
		}
		res, err := api.formatChrome(goja.Undefined(), v)
		if err != nil {
			t.Fatalf("formatChrome([%s]): %s", tc.args, errText(err))
		}
		if got := res.String(); got != tc.want {
			t.Errorf("formatChrome([%s])\n got: %s\nwant: %s", tc.args, got, tc.want)
		}
	}
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// hiddenSetup defines hidden(fn, props): it adds the chromeHost markers as
// non-enumerable properties, so they do not show in the output.
const hiddenSetup = `
	var hidden = (fn, props) => {
		for (const k of Object.keys(props)) Object.defineProperty(fn, k, { value: props[k] });
		return fn;
	};
`

// TestHostHooks checks that Node formatting prefers what the host knows
// about functions and stacks over what goja's rewritten code would show.
func TestHostHooks(t *testing.T) {
	api := newInspect(t, chromeHost)
	if _, err := api.rt.RunString(hiddenSetup); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ value, want string }{
		{`hidden(function g() {}, {__source: 'async function* g() {}', __kind: 'asyncGenerator'})`, `[AsyncGeneratorFunction: g]`},
		{`hidden(function f() {}, {__source: 'async function f() {}', __kind: 'async'})`, `[AsyncFunction: f]`},
		{`hidden(function* f() {}, {__source: 'function* f() {}', __kind: 'generator'})`, `[GeneratorFunction: f]`},
		{`hidden(function B() {}, {__source: 'class B extends A {}', __kind: 'class', __extends: 'A'})`, `[class B extends A]`},
		{`hidden(function A() {}, {__source: 'class A {}', __kind: 'class', __extends: ''})`, `[class A]`},
		{`hidden(() => {}, {__source: '() => {}', __kind: 'arrow'})`, `[Function (anonymous)]`},
		{`Object.defineProperty(new Error('x'), 'nodeStack', {value: 'Error: x\n    at main (/app/main.js:3:9)'})`, "Error: x\n    at main (/app/main.js:3:9)"},
		{`({ e: Object.defineProperty(new Error('x'), 'nodeStack', {value: 'Error: x\n    at main (/app/main.js:3:9)'}) })`, "{\n  e: Error: x\n      at main (/app/main.js:3:9)\n}"},
	}
	for _, tc := range tests {
		v, err := api.rt.RunString("(" + tc.value + ")")
		if err != nil {
			t.Fatalf("%s: %s", tc.value, errText(err))
		}
		res, err := api.inspect(goja.Undefined(), v)
		if err != nil {
			t.Fatalf("inspect(%s): %s", tc.value, errText(err))
		}
		if got := res.String(); got != tc.want {
			t.Errorf("inspect(%s)\n got: %s\nwant: %s", tc.value, got, tc.want)
		}
	}
}

// hostileSetup builds values that misbehave when looked at.
const hostileSetup = `
	var custom = Symbol.for('nodejs.util.inspect.custom');
	var thrower = new Proxy({}, {
		get() { throw new Error('get trap'); },
		ownKeys() { throw new Error('ownKeys trap'); },
		getPrototypeOf() { throw new Error('proto trap'); },
		has() { throw new Error('has trap'); },
		getOwnPropertyDescriptor() { throw new Error('gopd trap'); },
	});
	var revoked = (function () { const r = Proxy.revocable({ a: 1 }, {}); r.revoke(); return r.proxy; })();
`

// TestHostileValues checks that values whose traps, getters or methods
// throw produce text instead of an exception, with and without the host's
// Proxy hook.
func TestHostileValues(t *testing.T) {
	type want struct{ node, chrome string }
	tests := []struct {
		args           string
		withHost, bare want
	}{
		{`thrower`,
			want{`{}`, `Proxy(Object) {}`},
			want{`<Inspection threw (get trap)>`, `<Inspection threw (ownKeys trap)>`}},
		{`{ p: thrower, ok: 1 }`,
			want{`{ p: {}, ok: 1 }`, `{p: Proxy(Object), ok: 1}`},
			want{`{ p: <Inspection threw (get trap)>, ok: 1 }`, `{p: {…}, ok: 1}`}},
		{`revoked`,
			want{`<Revoked Proxy>`, `Proxy {}`},
			want{`<Inspection threw (Proxy already revoked)>`, `<Inspection threw (Cannot perform 'IsArray' on a proxy that has been revoked)>`}},
		{`[revoked]`,
			want{`[ <Revoked Proxy> ]`, `[Proxy]`},
			want{`[ <Inspection threw (Proxy already revoked)> ]`, `[{…}]`}},
		{`'%s', { toString() { throw new Error('bad toString'); } }`,
			want{`<Inspection threw (bad toString)>`, `Object`},
			want{`<Inspection threw (bad toString)>`, `Object`}},
		{`'%d|%i', { valueOf() { throw new Error('v'); } }, { toString() { throw new Error('s'); } }`,
			want{`NaN|NaN`, `NaN|NaN`},
			want{`NaN|NaN`, `NaN|NaN`}},
		{`'%j', { toJSON() { throw new Error('bad toJSON'); } }`,
			want{`<Inspection threw (bad toJSON)>`, `%j {toJSON: ƒ}`},
			want{`<Inspection threw (bad toJSON)>`, `%j {toJSON: ƒ}`}},
		{`{ [custom]() { throw new Error('custom boom'); } }`,
			want{`<Inspection threw (custom boom)>`, `{Symbol(nodejs.util.inspect.custom): ƒ}`},
			want{`<Inspection threw (custom boom)>`, `{Symbol(nodejs.util.inspect.custom): ƒ}`}},
		{`{ get [Symbol.toStringTag]() { throw new Error('tag'); } }`,
			want{`<Inspection threw (tag)>`, `{}`},
			want{`<Inspection threw (tag)>`, `{}`}},
		{`Object.defineProperty(new Error('m'), 'stack', { get() { throw new Error('stack getter'); } })`,
			want{`<Inspection threw (stack getter)>`, `Error: m`},
			want{`<Inspection threw (stack getter)>`, `Error: m`}},
		{`{ get boom() { throw new Error('never called'); } }`,
			want{`{ boom: [Getter] }`, `{}`},
			want{`{ boom: [Getter] }`, `{}`}},
	}
	for _, host := range []struct {
		name string
		fn   func(*goja.Runtime) *goja.Object
	}{{"host", stubHost}, {"bare", nil}} {
		api := newInspect(t, host.fn)
		if _, err := api.rt.RunString(hostileSetup); err != nil {
			t.Fatal(err)
		}
		for _, tc := range tests {
			w := tc.withHost
			if host.fn == nil {
				w = tc.bare
			}
			v, err := api.rt.RunString("[" + tc.args + "]")
			if err != nil {
				t.Fatalf("[%s]: %s", tc.args, errText(err))
			}
			args := v.(*goja.Object)
			list := make([]goja.Value, int(args.Get("length").ToInteger()))
			for i := range list {
				list[i] = args.Get(strconv.Itoa(i))
			}
			res, err := api.format(goja.Undefined(), list...)
			if err != nil {
				t.Fatalf("%s: format(%s) threw: %s", host.name, tc.args, errText(err))
			}
			if got := res.String(); got != w.node {
				t.Errorf("%s: format(%s)\n got: %s\nwant: %s", host.name, tc.args, got, w.node)
			}
			if got := api.chrome(t, list...); got != w.chrome {
				t.Errorf("%s: formatChrome(%s)\n got: %s\nwant: %s", host.name, tc.args, got, w.chrome)
			}
		}
	}
}
