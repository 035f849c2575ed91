package main

// This file turns the arguments of a console call, as the DevTools protocol
// reports them (runtime.RemoteObject with a preview), into the one line that
// the DevTools console shows. Chromium itself prints nothing: what a person
// sees is DevTools' rendering, so that is what .browser.out records and what
// the engine must reproduce. The rules follow DevTools' ConsoleViewMessage,
// ConsoleFormat and RemoteObjectPreviewFormatter:
//
// The message
//   - If the first argument is a string, it is a format. V8 converts the
//     arguments of %s, %d, %i and %f before DevTools sees them: %s turns a
//     non-string into String(value) (so {a: 1} becomes "[object Object]"),
//     %d and %i into parseInt(value) and %f into parseFloat(value), NaN for a
//     symbol. DevTools then substitutes: %s (the argument's
//     description: a string as-is, a number as written, an object as its
//     class, e.g. "Object" or "Array(3)"), %d and %i (Math.floor of a number
//     argument, NaN for anything else, so "%d" of "42" is NaN), %f (the number,
//     or NaN), %o (the argument formatted as below), %O (the argument without
//     its preview: its description, e.g. "Object"), %c (takes an argument,
//     prints nothing), %_ (takes one, prints nothing) and %% (a "%").
//     A directive with no argument left stays as written. The text a
//     substitution inserts is scanned again for directives, as DevTools does.
//     ANSI colour escapes (ESC[...m) are dropped.
//   - The arguments left over follow, each after one space. When the first
//     argument was a string, a later string argument is printed as-is;
//     otherwise every string argument is quoted as a JS literal: 'x'
//     (or "x" when it holds a ', or `x` when it holds both).
//   - console.log() with no argument is an empty line.
//
// One value
//   - undefined, null, booleans, numbers (-0, NaN, Infinity), bigints (1n),
//     symbols, dates and regexps: their description, e.g. Symbol(a), /x/g.
//   - A function: its source text, after a prefix that says its kind:
//     "ƒ name(a) {…}" for a function, "async ƒ name() {…}", "ƒ* gen() {…}",
//     "class Foo {…}", and an arrow function as its bare source "() => 1".
//     The source is trimmed and cut to 200 characters (the 200th becomes "…").
//   - An error: its description, which is its stack: that holds the page's
//     URL and port, so cases print err.message and never an Error object.
//   - A DOM node: its description, e.g. "div#a.b" (DevTools draws the
//     element's tree instead; cases do not log nodes).
//   - Any other object, from its preview (V8 previews at most 5 properties or
//     100 array items; the rest turns into "…"):
//     {a: 1, b: 'x'} for a plain object; Foo {x: 1} for a class instance
//     (the class name, then a space); (3) [1, 2, 3] for an array of length
//     3, but [1] for length 1 and [] for an empty one; holes in an array as
//     "empty" or "empty × 2"; Map(1) {'a' => 1}; Set(2) {1, 2};
//     Promise {<pending>}, Promise {<fulfilled>: 1},
//     Promise {<rejected>: Error: x ...}; typed arrays as Uint8Array(2) [1, 2].
//     Properties whose value is a function are listed last; getters are
//     left out of objects and shown as (...) in arrays; a property name that
//     starts or ends with whitespace or is empty is quoted with "".
//   - Inside a preview (one level down) an object is {…}, or its class name
//     (Foo), an array is Array(2), a map Map(1), a function ƒ, a string
//     'quoted', a number as written.
//   - Where DevTools uses a non-breaking space (between "(3)" or "Foo" and
//     the brackets), the line has a plain space, as text copied from the
//     console does.

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	jsonv2 "github.com/chromedp/cdproto/cdp/jsonv2"
	"github.com/chromedp/cdproto/runtime"
)

// formatConsoleCall renders the arguments of one console API call.
func formatConsoleCall(args []*runtime.RemoteObject) string {
	if len(args) == 0 {
		return ""
	}
	var b strings.Builder
	rest := args
	formatted := args[0].Type == runtime.RemoteObjectTypeString
	if formatted {
		rest = substitute(&b, stringValue(args[0]), args[1:])
		if len(rest) > 0 {
			b.WriteByte(' ')
		}
	}
	for i, a := range rest {
		if i > 0 {
			b.WriteByte(' ')
		}
		if formatted && a.Type == runtime.RemoteObjectTypeString {
			b.WriteString(stringValue(a))
		} else {
			b.WriteString(formatValue(a, false, true))
		}
	}
	return b.String()
}

// directive matches what DevTools' console format treats specially: a %
// directive or an ANSI style escape.
var directive = regexp.MustCompile(`%([%_Oocsdfi])|\x1b\[([\d;]*)m`)

// substitute writes the format with its directives replaced by arguments and
// returns the arguments it did not use. Like DevTools, it puts the text of a
// substitution back in front of the rest of the format before it looks for the
// next directive.
func substitute(b *strings.Builder, format string, args []*runtime.RemoteObject) []*runtime.RemoteObject {
	used := 0
	for {
		m := directive.FindStringSubmatchIndex(format)
		if m == nil {
			break
		}
		b.WriteString(format[:m[0]])
		rest := format[m[1]:]
		if m[2] < 0 { // an ANSI escape: a style, nothing to print
			format = rest
			continue
		}
		verb := format[m[2]]
		if verb == '%' {
			b.WriteByte('%')
			format = rest
			continue
		}
		if used == len(args) {
			b.WriteString(format[m[0]:m[1]])
			format = rest
			continue
		}
		a := args[used]
		used++
		text := ""
		switch verb {
		case 's':
			text = description(a)
		case 'd', 'i', 'f':
			n, ok := numberValue(a)
			if !ok {
				n = math.NaN()
			} else if verb != 'f' {
				n = math.Floor(n)
			}
			text = jsNumber(n)
		case 'o':
			b.WriteString(formatValue(a, false, true))
		case 'O':
			b.WriteString(formatValue(a, true, false))
		}
		format = text + rest
	}
	b.WriteString(format)
	return args[used:]
}

// formatValue renders one argument. forceObject and withPreview are
// DevTools' flags: %O forces the object form without a preview.
func formatValue(o *runtime.RemoteObject, forceObject, withPreview bool) string {
	kind := string(o.Type)
	if o.Subtype != "" {
		kind = string(o.Subtype)
	}
	if forceObject {
		kind = "object"
	}
	switch kind {
	case "error", "node":
		return description(o)
	case "function":
		return functionText(o.Description, withPreview)
	case "string":
		return jsLiteral(stringValue(o))
	case "boolean", "date", "null", "number", "regexp", "symbol", "undefined", "bigint":
		return description(o)
	}
	switch {
	case withPreview && o.Preview != nil:
		return objectPreview(o.Preview, false)
	case o.Type == runtime.RemoteObjectTypeFunction:
		return functionText(o.Description, false)
	}
	return description(o)
}

// description is what DevTools' RemoteObject calls the description: V8's,
// or for a primitive without one, String(value).
func description(o *runtime.RemoteObject) string {
	switch {
	case o.Type == runtime.RemoteObjectTypeString:
		return stringValue(o)
	case o.Description != "":
		return o.Description
	case o.UnserializableValue != "":
		return string(o.UnserializableValue)
	case o.Type == runtime.RemoteObjectTypeUndefined:
		return "undefined"
	case o.Subtype == runtime.RemoteObjectSubtypeNull:
		return "null"
	case o.Type == runtime.RemoteObjectTypeNumber:
		if n, ok := numberValue(o); ok {
			return jsNumber(n)
		}
	}
	return strings.TrimSpace(string(o.Value))
}

func stringValue(o *runtime.RemoteObject) string {
	var s string
	if err := jsonv2.Unmarshal(o.Value, &s); err != nil {
		return o.Description
	}
	return s
}

// numberValue is the value of a number argument; V8 sends -0, NaN and the
// infinities as an unserializable value.
func numberValue(o *runtime.RemoteObject) (float64, bool) {
	if o.Type != runtime.RemoteObjectTypeNumber {
		return 0, false
	}
	switch o.UnserializableValue {
	case "NaN":
		return math.NaN(), true
	case "Infinity":
		return math.Inf(1), true
	case "-Infinity":
		return math.Inf(-1), true
	case "-0":
		return math.Copysign(0, -1), true
	}
	n, err := strconv.ParseFloat(strings.TrimSpace(string(o.Value)), 64)
	return n, err == nil
}

// functionText renders a function from its source text, as DevTools'
// valueElementForFunctionDescription does. withPreview shows the source;
// without it (for %O) only the name and the parameters.
func functionText(src string, withPreview bool) string {
	text := src
	for _, p := range []string{"function get ", "function set "} {
		if strings.HasPrefix(text, p) {
			text = "function " + text[len(p):]
		}
	}
	for _, p := range []string{"function get(", "function set("} {
		if strings.HasPrefix(text, p) {
			text = "function(" + text[len(p):]
		}
	}
	if strings.HasPrefix(text, "get ") || strings.HasPrefix(text, "set ") {
		text = text[4:]
	}
	var prefix, body, short string
	asyncFn := asyncFunction.FindString(text)
	switch {
	case strings.HasPrefix(text, "class ") || strings.HasPrefix(text, "class{"):
		prefix, body = "class", text[len("class"):]
		short = "anonymous"
		if name := className.FindString(strings.TrimSpace(body)); name != "" {
			short = name
		}
	case asyncFn != "":
		prefix, body = "async ƒ", text[len(asyncFn):]
		short = nameAndArguments(body)
	case strings.HasPrefix(text, "function*"):
		prefix, body = "ƒ*", text[len("function*"):]
		short = nameAndArguments(body)
	case strings.HasPrefix(text, "*"):
		prefix, body = "ƒ*", text[1:]
		short = nameAndArguments(body)
	case strings.HasPrefix(text, "function"):
		prefix, body = "ƒ", text[len("function"):]
		short = nameAndArguments(body)
	case strings.Index(text, "=>") > 0:
		body = text
		short = "anonymous()"
		if len(text) > 60 {
			short = text[:strings.Index(text, "=>")+2] + " {…}"
		}
	default: // a method: "foo() {...}"
		prefix, body = "ƒ", text
		short = nameAndArguments(text)
	}
	shown := strings.ReplaceAll(short, "\n", " ")
	if withPreview {
		shown = trimEnd(strings.TrimSpace(body), 200)
	}
	if prefix == "" {
		return shown
	}
	return prefix + " " + shown
}

var (
	asyncFunction = regexp.MustCompile(`^async\s+function`)
	className     = regexp.MustCompile(`^[^{\s]+`)
	argumentsEnd  = regexp.MustCompile(`\)\s*{`)
)

// nameAndArguments is "name(params)" from "name(params) {...}", as DevTools
// abbreviates a function.
func nameAndArguments(body string) string {
	open := strings.Index(body, "(")
	end := argumentsEnd.FindStringIndex(body)
	if open >= 0 && end != nil && end[0] > open {
		name := strings.TrimSpace(body[:open])
		if name == "" {
			name = "anonymous"
		}
		return name + body[open:end[0]+1]
	}
	return "anonymous()"
}

// trimEnd cuts s to max UTF-16 units, the last one becoming "…".
func trimEnd(s string, max int) string {
	u := utf16Len(s)
	if u <= max {
		return s
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > max-1 {
			break
		}
		b.WriteRune(r)
		n += w
	}
	return b.String() + "…"
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// jsLiteral quotes a string as DevTools' formatAsJSLiteral does: single
// quotes unless the text holds one, then double quotes, then backticks, and
// escapes for control characters, backslashes and "<script".
func jsLiteral(s string) string {
	quote := "'"
	escapeQuote := false
	switch {
	case !strings.Contains(s, "'"):
	case !strings.Contains(s, `"`):
		quote = `"`
	case !strings.Contains(s, "`") && !strings.Contains(s, "${"):
		quote = "`"
	default:
		escapeQuote = true
	}
	var b strings.Builder
	b.WriteString(quote)
	for i := 0; i < len(s); {
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			b.WriteString(`\x3C!--`)
			i += 4
			continue
		case strings.HasPrefix(rest, "<script"):
			b.WriteString(`\x3Cscript`)
			i += 7
			continue
		case strings.HasPrefix(rest, "</script"):
			b.WriteString(`\x3C/script`)
			i += 8
			continue
		}
		c := s[i]
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\'' && escapeQuote:
			b.WriteString(`\'`)
		case c == '\b':
			b.WriteString(`\b`)
		case c == '\f':
			b.WriteString(`\f`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\v':
			b.WriteString(`\v`)
		case c < 0x20 || c == 0x7f:
			b.WriteString(`\x` + strings.ToUpper(strconv.FormatInt(int64(c)+0x100, 16)[1:]))
		default:
			b.WriteByte(c)
		}
		i++
	}
	b.WriteString(quote)
	return b.String()
}

// jsNumber is JavaScript's Number.prototype.toString for a float64.
func jsNumber(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	sign := ""
	if f < 0 {
		sign, f = "-", -f
	}
	// The shortest digits that round-trip, and the exponent n such that the
	// value is 0.digits × 10^n (ECMAScript's Number::toString, step 5).
	mant, exp, _ := strings.Cut(strconv.FormatFloat(f, 'e', -1, 64), "e")
	digits := strings.Replace(mant, ".", "", 1)
	e, _ := strconv.Atoi(exp)
	n := e + 1
	k := len(digits)
	switch {
	case k <= n && n <= 21:
		return sign + digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return sign + digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return sign + "0." + strings.Repeat("0", -n) + digits
	}
	expSign := "+"
	if n-1 < 0 {
		expSign = "-"
	}
	frac := ""
	if k > 1 {
		frac = "." + digits[1:]
	}
	return sign + digits[:1] + frac + "e" + expSign + strconv.Itoa(abs(n-1))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
