package engine

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden traces in testdata/examples")

// Every example teaches one thing; its whole trace is a golden file that a
// reviewer reads as a diff: `go test ./engine -run TestExamples -update`.
func TestExamples(t *testing.T) {
	files, _ := filepath.Glob("../examples/*.js")
	if len(files) < 12 {
		t.Fatalf("%d examples, want at least 12", len(files))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".js")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.SplitN(string(src), "\n", 3)
			if !strings.HasPrefix(lines[0], "// Title: ") || len(lines) < 2 || !strings.HasPrefix(lines[1], "// ") || !strings.HasSuffix(lines[1], ".") {
				t.Fatalf("an example starts with `// Title: ...` and a sentence on what it teaches")
			}
			rt := Node
			if strings.Contains(lines[0], "(browser)") || strings.Contains(name, "browser") {
				rt = Browser
			}
			inputs, _ := ParseInputs(string(src))
			tr, err := Run(string(src), Options{Runtime: rt, Filename: filepath.Base(file), Inputs: inputs})
			if err != nil {
				t.Fatal(err)
			}
			if tr.Stopped {
				t.Fatal("stopped by the step budget")
			}
			got := goldenTrace(tr)
			golden := filepath.Join("testdata", "examples", name+".golden")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden trace (run with -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("trace differs from %s (rerun with -update and read the diff)", golden)
			}
		})
	}
}

// goldenTrace renders a trace one step a line: time, kind, position, and
// the sentence the page shows.
func goldenTrace(tr *Trace) string {
	var b strings.Builder
	for i := range tr.Steps {
		s := &tr.Steps[i]
		line, col := tr.Position(i)
		pos := "-"
		if line > 0 {
			pos = fmt.Sprintf("%d:%d", line, col)
		}
		fmt.Fprintf(&b, "%5d %10s %-12s %-7s %s\n", i, ftoa3(float64(s.Time)/1e6), s.Kind, pos, tr.Describe(i))
	}
	fmt.Fprintf(&b, "exit %d\n", tr.ExitCode)
	return b.String()
}
