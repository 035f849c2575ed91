package js_printer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
)

type nodeRes struct {
	Ok        bool
	Msg       string
	Line, Col int
}

func nodeCheck(t *testing.T, codes []string) []nodeRes {
	in, _ := json.Marshal(codes)
	cmd := exec.Command("node", "--stack-size=4000", "/tmp/nchk/vmfiles.js")
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var res []nodeRes
	json.Unmarshal(out, &res)
	return res
}

func TestZZCorpus(t *testing.T) {
	list := os.Getenv("CORPUS")
	if list == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(list)
	files := strings.Fields(string(data))
	const batch = 200
	okCount, rejCount := 0, 0
	defer func() { fmt.Printf("STATS ok=%d rejected=%d\n", okCount, rejCount) }()
	for i := 0; i < len(files); i += batch {
		j := min(i+batch, len(files))
		var codes []string
		for _, f := range files[i:j] {
			b, _ := os.ReadFile(f)
			codes = append(codes, string(b))
		}
		res := nodeCheck(t, codes)
		var printed []string
		var pnames []string
		for k, code := range codes {
			name := files[i+k]
			prog, err := js_parser.Parse(js_ast.NewSource(name, code))
			if (err == nil) != res[k].Ok {
				fmt.Printf("ACCEPT %s: ours=%v node=%v %d:%d\n", name, err, res[k].Msg, res[k].Line, res[k].Col)
				continue
			}
			if err != nil {
				rejCount++
				se := err.(*js_parser.SyntaxError)
				if se.Message != res[k].Msg {
					fmt.Printf("MSG %s: ours=%v node=%d:%d %s\n", name, err, res[k].Line, res[k].Col, res[k].Msg)
				}
				continue
			}
			okCount++
			first := Print(prog, Options{}).Code
			prog2, err := js_parser.Parse(js_ast.NewSource(name, first))
			if err != nil {
				fmt.Printf("REPARSE %s: %v\n%s\n", name, err, excerpt(first, err))
				continue
			}
			if d := astDiff(prog, prog2); d != "" {
				fmt.Printf("DIFF %s: %s\n", name, d)
			}
			if second := Print(prog2, Options{}).Code; second != first {
				fmt.Printf("IDEMP %s:\n%s\n", name, firstDiff(first, second))
			}
			stripParens(prog2)
			bare := Print(prog2, Options{}).Code
			if prog3, err := js_parser.Parse(js_ast.NewSource(name, bare)); err != nil {
				fmt.Printf("BARE-REPARSE %s: %v\n%s\n", name, err, excerpt(bare, err))
			} else if d := astDiff(prog, prog3); d != "" {
				fmt.Printf("BARE-DIFF %s: %s\n", name, d)
			}
			printed = append(printed, first, Print(prog, Options{FuncMarkers: true}).Code)
			pnames = append(pnames, name, name+" (markers)")
		}
		for k, r := range nodeCheck(t, printed) {
			if !r.Ok {
				fmt.Printf("NODE-REJECTS-PRINTED %s: %d:%d %s\n%s\n", pnames[k], r.Line, r.Col, r.Msg, lineAt(printed[k], r.Line))
			}
		}
	}
}

func lineAt(s string, n int) string {
	lines := strings.Split(s, "\n")
	if n >= 1 && n <= len(lines) {
		l := lines[n-1]
		if len(l) > 300 {
			l = l[:300]
		}
		return l
	}
	return ""
}
