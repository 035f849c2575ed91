package js_printer

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"testing"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
)

// nodeCompile compiles each source as a classic script in Node and returns
// the SyntaxError message of each ("" when it compiles).
const nodeCompile = `
const vm = require('vm');
const srcs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(srcs.map(code => {
  try { new vm.Script(code); return ''; }
  catch (e) { return e instanceof SyntaxError ? e.message : ''; }
})));
`

// TestNodeAcceptsPrinted checks with a real JavaScript engine that what the
// printer writes for the test262 files is valid, with and without markers.
func TestNodeAcceptsPrinted(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	srcs := test262Sources(t)
	var names, printed []string
	for _, path := range sortedKeys(srcs) {
		prog, err := js_parser.Parse(js_ast.NewSource(path, srcs[path]))
		if err != nil {
			continue
		}
		names = append(names, path, path+" (with markers)")
		printed = append(printed, Print(prog, Options{}).Code, Print(prog, Options{FuncMarkers: true}).Code)
	}
	in, _ := json.Marshal(printed)
	cmd := exec.Command(node, "-e", nodeCompile)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var msgs []string
	if err := json.Unmarshal(out, &msgs); err != nil || len(msgs) != len(printed) {
		t.Fatalf("node answered %d results (%v) for %d sources", len(msgs), err, len(printed))
	}
	for i, msg := range msgs {
		if msg != "" {
			t.Errorf("%s: node rejects the printed code: %s", names[i], msg)
		}
	}
	t.Logf("node compiled %d printed files", len(printed))
}
