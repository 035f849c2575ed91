package protocol

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"looplab/engine"
)

// View mirrors engine.View: every field the engine sends has a home here.
func TestViewMirrorsEngine(t *testing.T) {
	tr, err := engine.Run(`
const crypto = require('crypto');
setTimeout(function tick() { console.log('t'); }, 5);
crypto.pbkdf2('a', 'b', 1000, 8, 'sha1', () => {});
Promise.resolve().then(() => console.log('p'));
console.log('sync');
`, engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for i := range tr.Steps {
		b, err := json.Marshal(tr.View(i))
		if err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var v View
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("step %d: %v\n%s", i, err, b)
		}
		if len(v.APIs) > 0 {
			seen["apis"] = true
		}
		for _, w := range v.Workers {
			if w != nil {
				seen["workers"] = true
			}
		}
		if len(v.Stack) > 0 && v.Stack[0].Span != nil {
			seen["stack"] = true
		}
	}
	if len(seen) != 3 {
		t.Errorf("the snippet should exercise APIs, workers and stack spans: %v", seen)
	}
}

// ParseReply reads a view reply's view exactly as encoding/json reads
// it, for every step of a run that exercises every field, and the reply's
// other fields as Parse does.
func TestParseReplyViewMatchesEncodingJSON(t *testing.T) {
	tr, err := engine.Run("const crypto = require('crypto');\n"+
		"setTimeout(function tick() { console.log('t \"quoted\" \\u00e9 😀'); }, 5);\n"+
		"crypto.pbkdf2('a', 'b', 1000, 8, 'sha1', () => {});\n"+
		"Promise.resolve().then(() => console.log('p'));\n"+
		"syntaxIsFine();\nfunction syntaxIsFine() { throw new Error('boom <b>'); }\n", engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range tr.Steps {
		b, _ := json.Marshal(Reply{Op: "view", ID: i + 1, View: tr.View(i), More: map[string]int{"timers": i}})
		var want struct{ View View }
		json.Unmarshal(b, &want)
		r, err := ParseReply(string(b))
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if Str(r, "op") != "view" || Int(r, "id") != i+1 || Int(Get(r, "more"), "timers") != i {
			t.Fatalf("step %d: reply fields %v", i, r)
		}
		gb, _ := json.Marshal(ReplyView(r))
		wb, _ := json.Marshal(&want.View)
		if !bytes.Equal(gb, wb) {
			t.Fatalf("step %d:\n got %s\nwant %s", i, gb, wb)
		}
	}
}

// A view's fields of the wrong type read as zero values, as Str and Num
// read them; broken JSON is an error; replies without a view read as Parse
// reads them.
func TestParseReplyLenient(t *testing.T) {
	r, err := ParseReply(`{"op":"view","view":{"step":"7","time":2.5,"stack":5,"span":null,"race":1,` +
		`"queues":[{"name":1,"jobs":{}},{"name":"timers","jobs":[{"id":3,"label":"t","extra":[1,{"a":null}]}]}],` +
		`"workers":[null,{"id":2,"api":"fs.readFile"}],"unknown":{"deep":[[]]}}}`)
	if err != nil {
		t.Fatal(err)
	}
	want := &View{Time: 2.5, Stack: []Frame{}, APIs: []Job{}, Console: []Line{},
		Queues:  []Queue{{Jobs: []Job{}}, {Name: "timers", Jobs: []Job{{ID: 3, Label: "t"}}}},
		Workers: []*Job{nil, {ID: 2, API: "fs.readFile"}}}
	if got := ReplyView(r); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	for _, bad := range []string{`{"op":"view","view":{"step":1`, `{"op":"view","view":{"stack":[{"name":"a"},]}}`,
		`{"view":{"queues":[{"jobs":[{"id":-}]}]}}`, `{"view":{}} x`, `{"view":` + strings.Repeat("[", 100)} {
		if _, err := ParseReply(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
	r, err = ParseReply(`{"op":"output","id":3,"console":[{"level":"log","text":"hi\n"}]}`)
	if err != nil || Str(r, "op") != "output" || ReplyView(r) != nil || len(List(r, "console")) != 1 {
		t.Errorf("output reply: %v, %v", r, err)
	}
	if r, err := ParseReply(`"ready"`); err != nil || r != "ready" {
		t.Errorf("a string: %v, %v", r, err)
	}
}

func TestParse(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`"a\u00e9\ud83d\ude00\n\"\\\/"`, "\"aé😀\\n\\\"\\\\/\""},
		{`[1, -2.5e3, true, false, null, {}, []]`, `[1,-2500,true,false,null,{},[]]`},
		{` {"k": {"n": [ "x" ]}} `, `{"k":{"n":["x"]}}`},
		{`"漢字"`, `"漢字"`},
	} {
		v, err := Parse(c.in)
		if err != nil {
			t.Errorf("%s: %v", c.in, err)
			continue
		}
		b, _ := json.Marshal(v)
		if string(b) != c.want {
			t.Errorf("%s: %s, want %s", c.in, b, c.want)
		}
	}
	for _, bad := range []string{``, `{`, `[1,]`, `{"a" 1}`, `"open`, `tru`, `1 2`, `"\x"`, `{"a":1,}`, strings.Repeat("[", 100) + strings.Repeat("]", 100)} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
}

func TestNumbers(t *testing.T) {
	for _, c := range []struct {
		v    float64
		n    int
		want string
	}{{5.017, 3, "5.017"}, {0, 3, "0.000"}, {1234.5, 1, "1234.5"}, {0.0004, 3, "0.000"}, {-2.5, 0, "-3"}, {16.6667, 3, "16.667"}} {
		if got := Fixed(c.v, c.n); got != c.want {
			t.Errorf("Fixed(%v, %d) = %s, want %s", c.v, c.n, got, c.want)
		}
	}
	for _, s := range []string{"0", "-0", "5.017", "1e3", "2.5E-3", "123456789012345", "0.000001", "1e22", "-7.25", "16.666667"} {
		want, _ := strconv.ParseFloat(s, 64)
		if got, ok := parseNumber(s); !ok || got != want {
			t.Errorf("parseNumber(%s) = %v %v, want %v", s, got, ok, want)
		}
	}
	for _, s := range []string{"", "-", ".", "1e", "1.2.3", "0x10", "1e+"} {
		if _, ok := parseNumber(s); ok {
			t.Errorf("parseNumber(%q) accepted", s)
		}
	}
}

// DecodeRequest reads what the UI sends as encoding/json would.
func TestDecodeRequest(t *testing.T) {
	for _, want := range []Request{
		{Op: "run", ID: 1, Code: "console.log('é 😀 \"q\" \\\\ </script>');\n", Filename: "main.js", Runtime: "browser", MaxSteps: 1000000,
			Inputs: []Input{{Kind: "click", Target: "#go", At: 12.5}, {Kind: "key", Target: "input", Key: "Enter", At: 0}}},
		{Op: "view", ID: 2, Step: 17},
		{Op: "output", ID: 3},
	} {
		b, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeRequest(string(b))
		if err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", b, got, want)
		}
	}
	for _, bad := range []string{``, `[]`, `{"op":`, `"run"`} {
		if _, err := DecodeRequest(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestViewRequest(t *testing.T) {
	for _, step := range []int{0, 17, 999_999} {
		msg := ViewRequest(4, step)
		var viaJSON Request
		if err := json.Unmarshal([]byte(msg), &viaJSON); err != nil {
			t.Fatalf("%s: %v", msg, err)
		}
		got, err := DecodeRequest(msg)
		if err != nil {
			t.Fatalf("%s: %v", msg, err)
		}
		want := Request{Op: "view", ID: 4, Step: step}
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(viaJSON, want) {
			t.Errorf("%s: DecodeRequest %+v, encoding/json %+v, want %+v", msg, got, viaJSON, want)
		}
	}
}

// UnescapeHTML undoes json.Marshal's escapes of <, > and & and nothing else:
// the JSON reads back the same, and none of those escapes is left.
func TestUnescapeHTML(t *testing.T) {
	for _, s := range []string{
		"() => x", "a < b && c > d", `\u003c as text`, `\\u003e`, `back\slash`, "quote \" <", "\u2028 line separator",
		"tab\t<", "\x01 control &", "emoji 😀 & 漢字 <", `\`, `ends with \`, "",
	} {
		b, err := json.Marshal(map[string]string{"label": s, s: "key"})
		if err != nil {
			t.Fatal(err)
		}
		out := UnescapeHTML(append([]byte(nil), b...))
		for _, esc := range []string{`\u003c`, `\u003e`, `\u0026`} {
			if strings.Contains(strings.ReplaceAll(string(out), `\\`, ""), esc) {
				t.Errorf("%q: %s is left in %s", s, esc, out)
			}
		}
		var back map[string]string
		if err := json.Unmarshal(out, &back); err != nil || back["label"] != s || back[s] != "key" {
			t.Errorf("%q: %s reads back as %q (%v)", s, out, back, err)
		}
		if v, err := Parse(string(out)); err != nil || Str(v, "label") != s {
			t.Errorf("%q: Parse(%s) = %v, %v", s, out, v, err)
		}
	}
}
