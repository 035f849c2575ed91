package js_parser

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"looplab/engine/internal/js_ast"
)

// test262Root is the shared checkout of the test262 subset, relative to
// this package.
var test262Root = filepath.Join("..", "..", "..", "..", "shared", "test262")

// test262Meta is the part of a test's YAML front matter that matters to a
// parser.
type test262Meta struct {
	flags         map[string]bool
	negativeParse bool // negative: {phase: parse, type: SyntaxError}
}

var (
	frontMatter  = regexp.MustCompile(`(?s)/\*---(.*?)---\*/`)
	flagsInline  = regexp.MustCompile(`(?m)^flags:\s*\[([^\]]*)\]`)
	flagsBlock   = regexp.MustCompile(`(?m)^flags:\s*\n((?:\s+-\s*\S+\s*\n)+)`)
	negativeMeta = regexp.MustCompile(`(?m)^negative:\s*\n((?:[ \t]+.*\n)+)`)
)

func parseTest262Meta(src string) test262Meta {
	m := test262Meta{flags: map[string]bool{}}
	fm := frontMatter.FindStringSubmatch(src)
	if fm == nil {
		return m
	}
	yaml := fm[1]
	if f := flagsInline.FindStringSubmatch(yaml); f != nil {
		for _, flag := range strings.Split(f[1], ",") {
			m.flags[strings.TrimSpace(flag)] = true
		}
	} else if f := flagsBlock.FindStringSubmatch(yaml); f != nil {
		for _, line := range strings.Split(f[1], "\n") {
			if flag := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "-")); flag != "" {
				m.flags[flag] = true
			}
		}
	}
	if n := negativeMeta.FindStringSubmatch(yaml); n != nil {
		m.negativeParse = strings.Contains(n[1], "phase: parse") && strings.Contains(n[1], "SyntaxError")
	}
	return m
}

// test262Files lists the test files (fixtures excluded) under dir.
func test262Files(t testing.TB, dir string) []string {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".js") && !strings.Contains(path, "_FIXTURE") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// test262Variants returns the source texts a test must be parsed as: the
// sloppy text unless onlyStrict, the strict text unless noStrict or raw.
func test262Variants(src string, m test262Meta) []string {
	if m.flags["raw"] {
		return []string{src}
	}
	var out []string
	if !m.flags["onlyStrict"] {
		out = append(out, src)
	}
	if !m.flags["noStrict"] {
		out = append(out, "\"use strict\";\n"+src)
	}
	return out
}

func TestTest262Parse(t *testing.T) {
	dir := filepath.Join(test262Root, "test")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("test262 not found at %s", dir)
	}
	files := test262Files(t, dir)
	pass, total := 0, 0
	var failures []string
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		src := string(data)
		m := parseTest262Meta(src)
		if m.flags["module"] {
			continue
		}
		total++
		ok := true
		var why string
		for _, text := range test262Variants(src, m) {
			_, err := Parse(js_ast.NewSource(path, text))
			if m.negativeParse && err == nil {
				ok, why = false, "parsed, want SyntaxError"
			}
			if !m.negativeParse && err != nil {
				ok, why = false, err.Error()
			}
		}
		if ok {
			pass++
		} else {
			rel, _ := filepath.Rel(dir, path)
			failures = append(failures, rel+": "+why)
		}
	}
	t.Logf("test262: %d/%d parse as expected", pass, total)
	for _, f := range failures {
		t.Errorf("%s", f)
	}
}

// TestConformanceParse parses the shared conformance scripts, which are
// all valid.
func TestConformanceParse(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(test262Root, "..", "conformance", "*.js"))
	if len(files) == 0 {
		t.Skip("conformance files not found")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(js_ast.NewSource(f, string(data))); err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
		}
	}
	t.Logf("conformance: parsed %d files", len(files))
}
