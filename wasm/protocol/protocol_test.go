package protocol

import (
	"bytes"
	"encoding/json"
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
