package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A testCase is one .js file of the corpus and what its header says.
type testCase struct {
	path   string  // the .js file
	tags   string  // "node", "browser", "both", or "" when the header has none
	inputs []input // user input to perform in the browser, in time order
}

// An input is one "// Input:" header line.
type input struct {
	action   string // "click" or "key"
	key      string // for "key": a single character or a named key such as Enter
	selector string // CSS selector of the target element
	atMillis int    // when, in ms after the page's load event
	line     string // the header line, for error messages
}

// readCase reads the header: the comment lines at the top of the file, up
// to the first line that is neither a comment nor blank.
func readCase(path string) (*testCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	c := &testCase{path: path}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		text, ok := strings.CutPrefix(line, "//")
		if !ok {
			break
		}
		key, value, ok := strings.Cut(strings.TrimSpace(text), ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch key {
		case "Tags":
			switch value {
			case "node", "browser", "both":
				c.tags = value
			default:
				return nil, fmt.Errorf("%s: Tags must be node, browser or both, not %q", path, value)
			}
		case "Input":
			in, err := parseInput(value)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", path, err)
			}
			c.inputs = append(c.inputs, in)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for i := 1; i < len(c.inputs); i++ {
		if c.inputs[i].atMillis < c.inputs[i-1].atMillis {
			return nil, fmt.Errorf("%s: Input lines must be in time order", path)
		}
	}
	return c, nil
}

// parseInput parses "click SELECTOR at MS" or "key KEY SELECTOR at MS".
func parseInput(s string) (input, error) {
	in := input{line: s}
	f := strings.Fields(s)
	if len(f) < 4 || f[len(f)-2] != "at" {
		return in, fmt.Errorf("bad Input %q: want \"click SELECTOR at MS\" or \"key KEY SELECTOR at MS\"", s)
	}
	ms, err := strconv.Atoi(f[len(f)-1])
	if err != nil || ms < 0 {
		return in, fmt.Errorf("bad Input %q: the time must be a number of ms", s)
	}
	in.atMillis = ms
	in.action = f[0]
	words := f[1 : len(f)-2]
	switch in.action {
	case "click":
	case "key":
		if len(words) < 2 {
			return in, fmt.Errorf("bad Input %q: key needs a key and a selector", s)
		}
		in.key, words = words[0], words[1:]
		if _, ok := keyText(in.key); !ok {
			return in, fmt.Errorf("bad Input %q: unknown key %q", s, in.key)
		}
	default:
		return in, fmt.Errorf("bad Input %q: the action must be click or key", s)
	}
	if len(words) == 0 {
		return in, fmt.Errorf("bad Input %q: no selector", s)
	}
	in.selector = strings.Join(words, " ")
	return in, nil
}

// runtimesOf says which runtimes record a case: the -runtime flag, else its
// Tags header, else the name of its folder.
func runtimesOf(c *testCase, flag string) ([]string, error) {
	choice := flag
	if choice == "auto" {
		choice = c.tags
	}
	if choice == "" {
		choice = filepath.Base(filepath.Dir(c.path))
	}
	switch choice {
	case "node", "browser":
		return []string{choice}, nil
	case "both":
		return []string{"node", "browser"}, nil
	}
	return nil, fmt.Errorf("%s: no // Tags: header and its folder is neither node nor browser", c.path)
}
