package js_parser

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"looplab/engine/internal/js_ast"
)

var update = flag.Bool("update", false, "re-record testdata/node_cases.txt from the installed Node.js")

const nodeCasesFile = "testdata/node_cases.txt"

type nodeCase struct{ src, want string }

// specCases are where the parser follows the specification rather than
// V8, which is more lenient.
var specCases = []nodeCase{
	// All parts of a class are strict mode code, computed keys included.
	{"x = class { [01]() {} }", "1:14: Octal literals are not allowed in strict mode."},
}

// readNodeCases reads the recorded cases: per line, the source and the
// expected error, both Go-quoted and separated by a tab.
func readNodeCases(t *testing.T) (cases []nodeCase, header []string) {
	data, err := os.ReadFile(nodeCasesFile)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			if len(cases) == 0 {
				header = append(header, line)
			}
			continue
		}
		srcQ, wantQ, ok := strings.Cut(line, "\t")
		src, err1 := strconv.Unquote(srcQ)
		want, err2 := strconv.Unquote(wantQ)
		if !ok || err1 != nil || err2 != nil {
			t.Fatalf("%s:%d: malformed case", nodeCasesFile, n)
		}
		cases = append(cases, nodeCase{src, want})
	}
	return cases, header
}

func TestNodeCases(t *testing.T) {
	cases, header := readNodeCases(t)
	if *update {
		recordNodeCases(t, cases, header)
		cases, _ = readNodeCases(t)
	}
	for _, tt := range append(cases, specCases...) {
		_, err := Parse(js_ast.NewSource("t.js", tt.src))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("%q:\n got: %s\nwant: %s", tt.src, got, tt.want)
		}
	}
}

// nodeCompileErrors compiles each source as a classic script and reports
// its SyntaxError as "line:column: message", from the caret V8 prints.
const nodeCompileErrors = `
const vm = require('vm');
const srcs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(srcs.map(code => {
  try { new vm.Script(code, {filename: 't.js'}); return ''; }
  catch (e) {
    if (!(e instanceof SyntaxError)) return '';
    const lines = e.stack.split('\n');
    const line = lines[0].split(':').pop();
    const col = (lines[2] || '').indexOf('^') + 1;
    return line + ':' + col + ': ' + e.message;
  }
})));
`

func recordNodeCases(t *testing.T, cases []nodeCase, header []string) {
	srcs := make([]string, len(cases))
	for i, c := range cases {
		srcs[i] = c.src
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command("node", "-e", nodeCompileErrors)
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var wants []string
	if err := json.Unmarshal(out, &wants); err != nil || len(wants) != len(cases) {
		t.Fatalf("node answered %d results (%v) for %d cases", len(wants), err, len(cases))
	}
	var buf bytes.Buffer
	for _, h := range header {
		fmt.Fprintln(&buf, h)
	}
	for i, c := range cases {
		fmt.Fprintf(&buf, "%q\t%q\n", c.src, wants[i])
	}
	if err := os.WriteFile(nodeCasesFile, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
