package js_parser

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"looplab/engine/internal/js_ast"
)

// TEMPORARY: ad-hoc differential check against node. Not committed.
func TestZZNodeDiff(t *testing.T) {
	file := os.Getenv("NODEDIFF")
	if file == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(file)
	var srcs []string
	for _, s := range strings.Split(string(data), "\n====\n") {
		if strings.TrimSpace(s) != "" {
			srcs = append(srcs, strings.TrimSuffix(s, "\n"))
		}
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command("node", "/tmp/nchk/vmcheck.js")
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var res []struct {
		Ok        bool
		Msg       string
		Line, Col int
	}
	json.Unmarshal(out, &res)
	bad := 0
	for i, src := range srcs {
		_, err := Parse(js_ast.NewSource("t.js", src))
		r := res[i]
		var got string
		if err != nil {
			se := err.(*SyntaxError)
			got = fmt.Sprintf("%d:%d %s", se.Line, se.Column, se.Message)
		} else {
			got = "OK"
		}
		want := "OK"
		if !r.Ok {
			want = fmt.Sprintf("%d:%d %s", r.Line, r.Col, r.Msg)
		}
		if emit := os.Getenv("NODEDIFF_EMIT"); emit != "" && got == want {
			f, _ := os.OpenFile(emit, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
			if err != nil {
				se := err.(*SyntaxError)
				fmt.Fprintf(f, "\t{%q, %q},\n", src, se.Error())
			} else {
				fmt.Fprintf(f, "\t{%q, \"\"},\n", src)
			}
			f.Close()
		}
		if got != want {
			mark := "POS"
			if (got == "OK") != (want == "OK") {
				mark = "ACCEPT"
			} else if !strings.HasSuffix(got, r.Msg) {
				mark = "MSG"
			}
			if os.Getenv("NODEDIFF_ALL") != "" || mark != "POS" {
				fmt.Printf("%-6s %q\n   got:  %s\n   want: %s\n", mark, src, got, want)
			}
			bad++
		}
	}
	fmt.Printf("%d/%d match\n", len(srcs)-bad, len(srcs))
}
