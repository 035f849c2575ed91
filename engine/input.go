package engine

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ParseInputs reads the user input a script asks for in its header comments:
//
//	// Input: click #inner at 50
//	// Input: key Enter #field at 100
//
// (times in virtual milliseconds after the script started). The recording
// tool (tools/record) performs the same lines as real input in Chromium.
func ParseInputs(src string) ([]Input, error) {
	var out []Input
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		rest, ok := strings.CutPrefix(line, "// Input:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		var in Input
		switch {
		case len(f) == 4 && f[0] == "click" && f[2] == "at":
			in = Input{Kind: "click", Target: f[1]}
		case len(f) == 5 && f[0] == "key" && f[3] == "at":
			in = Input{Kind: "key", Key: f[1], Target: f[2]}
		default:
			return nil, fmt.Errorf("bad input line %q: want `// Input: click SELECTOR at MS` or `// Input: key KEY SELECTOR at MS`", line)
		}
		ms, err := strconv.ParseFloat(f[len(f)-1], 64)
		if err != nil || ms < 0 {
			return nil, fmt.Errorf("bad input time in %q", line)
		}
		in.At = int64(ms * float64(time.Millisecond))
		out = append(out, in)
	}
	return out, nil
}
