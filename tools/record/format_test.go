package main

import (
	"math"
	"testing"

	jsonv2 "github.com/chromedp/cdproto/cdp/jsonv2"
	"github.com/chromedp/cdproto/runtime"
)

func TestJSNumber(t *testing.T) {
	for _, tc := range []struct {
		in   float64
		want string
	}{
		{0, "0"}, {math.Copysign(0, -1), "0"}, {1, "1"}, {-3, "-3"}, {1.5, "1.5"}, {0.1, "0.1"},
		{1e21, "1e+21"}, {123456789012345680000, "123456789012345680000"}, {1e-7, "1e-7"},
		{0.000001, "0.000001"}, {2.5e-8, "2.5e-8"}, {math.NaN(), "NaN"}, {math.Inf(-1), "-Infinity"},
	} {
		if got := jsNumber(tc.in); got != tc.want {
			t.Errorf("jsNumber(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestJSLiteral(t *testing.T) {
	for in, want := range map[string]string{
		"abc":         "'abc'",
		"it's":        `"it's"`,
		`"q" 'z'`:     "`\"q\" 'z'`",
		"a\nb\\":      `'a\nb\\'`,
		"<script>":    `'\x3Cscript>'`,
		"\x01":        `'\x01'`,
		"`'\"${x}":    "'`\\'\"${x}'",
		"":            "''",
		"tab\there":   `'tab\there'`,
		"emoji 🙂 too": "'emoji 🙂 too'",
	} {
		if got := jsLiteral(in); got != want {
			t.Errorf("jsLiteral(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestFunctionText(t *testing.T) {
	for _, tc := range []struct {
		src, preview, short string
	}{
		{"function foo(a, b) { return a + b; }", "ƒ foo(a, b) { return a + b; }", "ƒ foo(a, b)"},
		{"() => 1", "() => 1", "anonymous()"},
		{"async function bar() {}", "async ƒ bar() {}", "async ƒ bar()"},
		{"function* gen() {}", "ƒ* gen() {}", "ƒ* gen()"},
		{"class Bar { m() {} }", "class Bar { m() {} }", "class Bar"},
		{"method(x) { return x }", "ƒ method(x) { return x }", "ƒ method(x)"},
		{"function () {}", "ƒ () {}", "ƒ anonymous()"},
	} {
		if got := functionText(tc.src, true); got != tc.preview {
			t.Errorf("functionText(%q, true) = %q, want %q", tc.src, got, tc.preview)
		}
		if got := functionText(tc.src, false); got != tc.short {
			t.Errorf("functionText(%q, false) = %q, want %q", tc.src, got, tc.short)
		}
	}
}

// str, num and obj build the RemoteObjects that V8 sends.
func str(s string) *runtime.RemoteObject {
	v, _ := jsonv2.Marshal(s)
	return &runtime.RemoteObject{Type: runtime.RemoteObjectTypeString, Value: v}
}

func num(n float64) *runtime.RemoteObject {
	v, _ := jsonv2.Marshal(n)
	return &runtime.RemoteObject{Type: runtime.RemoteObjectTypeNumber, Value: v, Description: jsNumber(n)}
}

func prop(name, typ, value string) *runtime.PropertyPreview {
	return &runtime.PropertyPreview{Name: name, Type: runtime.PropertyPreviewType(typ), Value: value}
}

func obj(subtype, desc string, overflow bool, props ...*runtime.PropertyPreview) *runtime.RemoteObject {
	return &runtime.RemoteObject{
		Type: runtime.RemoteObjectTypeObject, Subtype: runtime.RemoteObjectSubtype(subtype), Description: desc,
		Preview: &runtime.ObjectPreview{
			Type: runtime.ObjectPreviewTypeObject, Subtype: runtime.ObjectPreviewSubtype(subtype),
			Description: desc, Overflow: overflow, Properties: props,
		},
	}
}

func TestFormatConsoleCall(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []*runtime.RemoteObject
		want string
	}{
		{"strings raw after a string", []*runtime.RemoteObject{str("a"), str("b"), num(1)}, "a b 1"},
		{"strings quoted after a number", []*runtime.RemoteObject{num(1), str("a")}, "1 'a'"},
		{"object", []*runtime.RemoteObject{obj("", "Object", false, prop("a", "number", "1"), prop("b", "string", "x"), prop("c", "object", "Object"))}, "{a: 1, b: 'x', c: {…}}"},
		{"functions last", []*runtime.RemoteObject{obj("", "Object", false, prop("f", "function", ""), prop("a", "number", "1"))}, "{a: 1, f: ƒ}"},
		{"class instance", []*runtime.RemoteObject{obj("", "Foo", false, prop("x", "number", "1"))}, "Foo {x: 1}"},
		{"array", []*runtime.RemoteObject{obj("array", "Array(3)", false, prop("0", "number", "1"), prop("1", "object", "Array(2)"), prop("2", "string", "s"))}, "(3) [1, Array(2), 's']"},
		{"array of one", []*runtime.RemoteObject{obj("array", "Array(1)", false, prop("0", "number", "1"))}, "[1]"},
		{"holes", []*runtime.RemoteObject{obj("array", "Array(5)", false, prop("1", "number", "1"), prop("4", "number", "2"))}, "(5) [empty, 1, empty × 2, 2]"},
		{"overflow", []*runtime.RemoteObject{obj("", "Object", true, prop("a", "number", "1"))}, "{a: 1, …}"},
		{"pending promise", []*runtime.RemoteObject{obj("promise", "Promise", false, prop("[[PromiseState]]", "string", "pending"), prop("[[PromiseResult]]", "undefined", "undefined"))}, "Promise {<pending>}"},
		{"fulfilled promise", []*runtime.RemoteObject{obj("promise", "Promise", false, prop("[[PromiseState]]", "string", "fulfilled"), prop("[[PromiseResult]]", "number", "1"))}, "Promise {<fulfilled>: 1}"},
		{"format", []*runtime.RemoteObject{str("%s=%d%%"), str("x"), num(4.5), str("rest")}, "x=4% rest"},
		{"format %c and %O", []*runtime.RemoteObject{str("%cA %O"), str("color: red"), obj("", "Object", false)}, "A Object"},
		{"format missing argument", []*runtime.RemoteObject{str("%s %d"), str("only")}, "only %d"},
		{"no arguments", nil, ""},
	} {
		if got := formatConsoleCall(tc.args); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestFormatMapAndSet(t *testing.T) {
	m := obj("map", "Map(1)", false)
	m.Preview.Entries = []*runtime.EntryPreview{{
		Key:   &runtime.ObjectPreview{Type: "string", Description: "a"},
		Value: &runtime.ObjectPreview{Type: "object", Description: "Object"},
	}}
	if got, want := formatConsoleCall([]*runtime.RemoteObject{m}), "Map(1) {'a' => {…}}"; got != want {
		t.Errorf("map: got %q, want %q", got, want)
	}
	s := obj("set", "Set(2)", false)
	s.Preview.Entries = []*runtime.EntryPreview{
		{Value: &runtime.ObjectPreview{Type: "number", Description: "1"}},
		{Value: &runtime.ObjectPreview{Type: "string", Description: "two"}},
	}
	if got, want := formatConsoleCall([]*runtime.RemoteObject{s}), "Set(2) {1, 'two'}"; got != want {
		t.Errorf("set: got %q, want %q", got, want)
	}
}
