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

// DecodeView reads what encoding/json writes exactly as encoding/json
// reads it, for every step of a run that exercises every field.
func TestDecodeViewMatchesEncodingJSON(t *testing.T) {
	tr, err := engine.Run("const crypto = require('crypto');\n"+
		"setTimeout(function tick() { console.log('t \"quoted\" \\u00e9 😀'); }, 5);\n"+
		"crypto.pbkdf2('a', 'b', 1000, 8, 'sha1', () => {});\n"+
		"Promise.resolve().then(() => console.log('p'));\n"+
		"syntaxIsFine();\nfunction syntaxIsFine() { throw new Error('boom <b>'); }\n", engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range tr.Steps {
		b, _ := json.Marshal(tr.View(i))
		var want View
		json.Unmarshal(b, &want)
		v, err := Parse(string(b))
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		got := DecodeView(v)
		gb, _ := json.Marshal(got)
		wb, _ := json.Marshal(&want)
		if !bytes.Equal(gb, wb) {
			t.Fatalf("step %d:\n got %s\nwant %s", i, gb, wb)
		}
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
