package engine

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestViewShowsQueuesAndWorkers(t *testing.T) {
	tr, err := Run(`const crypto = require('crypto');
setTimeout(function tick() {}, 50);
for (let i = 0; i < 5; i++) crypto.pbkdf2('a', 'b', 1000, 32, 'sha256', () => {});
Promise.resolve().then(function later() {});
`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Find the step right after the promise reaction was queued.
	at := -1
	for i, s := range tr.Steps {
		if s.Kind == KindEnqueue && s.Queue == QueueMicrotask {
			at = i
			break
		}
	}
	v := tr.View(at)
	b, _ := json.Marshal(v)
	js := string(b)
	for _, want := range []string{`"name":"microtask","jobs":[{"id"`, `"label":"later"`, `"label":"tick"`, `"api":"crypto.pbkdf2"`, `"(main script)"`} {
		if !strings.Contains(js, want) {
			t.Errorf("view lacks %s:\n%s", want, js)
		}
	}
	busy := 0
	for _, w := range v.Workers {
		if w != nil {
			busy++
		}
	}
	if busy != 4 {
		t.Errorf("%d busy workers, want 4 (the fifth job waits)", busy)
	}
	waiting := 0
	for _, a := range v.APIs {
		if a.API == "crypto.pbkdf2" && a.Worker == 0 {
			waiting++
		}
	}
	if waiting != 1 {
		t.Errorf("%d pbkdf2 jobs waiting for a worker, want 1", waiting)
	}
}
