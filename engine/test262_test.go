package engine

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// The test262 subset in ../shared/test262 (Promise, await, async functions
// and arrows, async generators, for-await-of) is the yardstick of the
// engine's Promise and async machinery. Each test runs as its harness
// README says: the harness files it includes, then the test; async tests
// report through print(). The test prints the pass rate per folder; module
// tests are not counted (a classic script cannot run them).
//
// It fails when the overall pass rate drops below test262Floor, so a
// regression shows; the README states the current numbers.
const (
	test262Dir   = "../../shared/test262"
	test262Floor = 0.90
)

type test262Meta struct {
	includes []string
	flags    map[string]bool
	negPhase string
	negType  string
}

var (
	metaBlock   = regexp.MustCompile(`(?s)/\*---(.*?)---\*/`)
	listInline  = regexp.MustCompile(`(?m)^\s*(includes|flags):\s*\[(.*?)\]`)
	listBlock   = regexp.MustCompile(`(?m)^\s*includes:\s*\n((?:\s+-\s+.*\n)+)`)
	negPhaseRe  = regexp.MustCompile(`(?m)^\s+phase:\s*(\w+)`)
	negTypeRe   = regexp.MustCompile(`(?m)^\s+type:\s*(\w+)`)
	negativeKey = regexp.MustCompile(`(?m)^negative:`)
)

func parseTest262Meta(src string) test262Meta {
	m := test262Meta{flags: map[string]bool{}}
	block := metaBlock.FindStringSubmatch(src)
	if block == nil {
		return m
	}
	y := block[1]
	for _, l := range listInline.FindAllStringSubmatch(y, -1) {
		for _, item := range strings.Split(l[2], ",") {
			item = strings.TrimSpace(item)
			if item == "" {
				continue
			}
			if l[1] == "includes" {
				m.includes = append(m.includes, item)
			} else {
				m.flags[item] = true
			}
		}
	}
	if b := listBlock.FindStringSubmatch(y); b != nil {
		for _, line := range strings.Split(strings.TrimSpace(b[1]), "\n") {
			m.includes = append(m.includes, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "-")))
		}
	}
	if negativeKey.MatchString(y) {
		if p := negPhaseRe.FindStringSubmatch(y); p != nil {
			m.negPhase = p[1]
		}
		if t := negTypeRe.FindStringSubmatch(y); t != nil {
			m.negType = t[1]
		}
	}
	return m
}

var harnessCache sync.Map

func harnessFile(name string) string {
	if v, ok := harnessCache.Load(name); ok {
		return v.(string)
	}
	b, err := os.ReadFile(filepath.Join(test262Dir, "harness", name))
	if err != nil {
		return ""
	}
	harnessCache.Store(name, string(b))
	return string(b)
}

// runTest262 runs one test and says whether it passed (and why not).
func runTest262(path string) (pass bool, skip bool, why string) {
	b, err := os.ReadFile(path)
	if err != nil {
		return false, false, err.Error()
	}
	src := string(b)
	meta := parseTest262Meta(src)
	if meta.flags["module"] {
		return false, true, "module"
	}
	var code strings.Builder
	if meta.flags["onlyStrict"] {
		code.WriteString("\"use strict\";\n")
	}
	if !meta.flags["raw"] {
		code.WriteString("var print = function (msg) { console.log(String(msg)); };\n")
		code.WriteString(harnessFile("assert.js"))
		code.WriteString("\n")
		code.WriteString(harnessFile("sta.js"))
		code.WriteString("\n")
		if meta.flags["async"] {
			code.WriteString(harnessFile("doneprintHandle.js"))
			code.WriteString("\n")
		}
		for _, inc := range meta.includes {
			code.WriteString(harnessFile(inc))
			code.WriteString("\n")
		}
	}
	code.WriteString(src)
	tr, err := Run(code.String(), Options{Runtime: Node, MaxSteps: 200000, WallTimeout: 10 * time.Second, modern: true, script: true})
	var se *SyntaxError
	if errors.As(err, &se) {
		if meta.negType == "SyntaxError" && (meta.negPhase == "parse" || meta.negPhase == "early") {
			return true, false, ""
		}
		return false, false, "SyntaxError: " + se.Message
	}
	if err != nil {
		return false, false, err.Error()
	}
	if meta.negType != "" {
		if meta.negPhase == "runtime" && tr.ExitCode != 0 && strings.Contains(tr.Stderr(), meta.negType) {
			return true, false, ""
		}
		return false, false, "expected " + meta.negPhase + " " + meta.negType
	}
	if tr.Stopped {
		return false, false, "stopped by the step budget"
	}
	if tr.ExitCode != 0 {
		return false, false, firstLine(lastError(tr))
	}
	out := tr.Stdout()
	if meta.flags["async"] {
		if strings.Contains(out, "Test262:AsyncTestFailure") {
			return false, false, strings.TrimSpace(out)
		}
		if !strings.Contains(out, "Test262:AsyncTestComplete") {
			return false, false, "async test did not complete"
		}
	}
	return true, false, ""
}

func lastError(tr *Trace) string {
	for i := len(tr.Messages) - 1; i >= 0; i-- {
		if tr.Messages[i].Kind != "stopped" {
			return tr.Messages[i].Text
		}
	}
	return tr.Stderr()
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "Error") {
			return strings.TrimSpace(l)
		}
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func TestTest262(t *testing.T) {
	if _, err := os.Stat(test262Dir); err != nil {
		t.Skip("no ../shared/test262 here")
	}
	if testing.Short() {
		t.Skip("test262 takes a while; it runs without -short")
	}
	var files []string
	filepath.Walk(filepath.Join(test262Dir, "test"), func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".js") && !strings.Contains(p, "_FIXTURE") {
			files = append(files, p)
		}
		return nil
	})
	type result struct {
		folder     string
		pass, skip bool
		why, path  string
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, f := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int, f string) {
			defer wg.Done()
			defer func() { <-sem }()
			rel, _ := filepath.Rel(filepath.Join(test262Dir, "test"), f)
			parts := strings.Split(filepath.ToSlash(rel), "/")
			folder := strings.Join(parts[:min(3, len(parts)-1)], "/")
			pass, skip, why := runTest262(f)
			results[i] = result{folder, pass, skip, why, rel}
		}(i, f)
	}
	wg.Wait()
	type tally struct{ pass, total, skipped int }
	byFolder := map[string]*tally{}
	var all tally
	var failures []string
	for _, r := range results {
		tl := byFolder[r.folder]
		if tl == nil {
			tl = &tally{}
			byFolder[r.folder] = tl
		}
		if r.skip {
			tl.skipped++
			all.skipped++
			continue
		}
		tl.total++
		all.total++
		if r.pass {
			tl.pass++
			all.pass++
		} else {
			failures = append(failures, r.path+": "+r.why)
		}
	}
	folders := make([]string, 0, len(byFolder))
	for f := range byFolder {
		folders = append(folders, f)
	}
	sort.Strings(folders)
	var report strings.Builder
	fmt.Fprintf(&report, "test262 subset: %d/%d pass (%.1f%%), %d module tests not run\n", all.pass, all.total, 100*float64(all.pass)/float64(max(all.total, 1)), all.skipped)
	for _, f := range folders {
		tl := byFolder[f]
		fmt.Fprintf(&report, "  %-48s %4d/%-4d %5.1f%%\n", f, tl.pass, tl.total, 100*float64(tl.pass)/float64(max(tl.total, 1)))
	}
	t.Log("\n" + report.String())
	if os.Getenv("TEST262_FAILURES") != "" {
		sort.Strings(failures)
		t.Log("failures:\n" + strings.Join(failures, "\n"))
	}
	if rate := float64(all.pass) / float64(max(all.total, 1)); rate < test262Floor {
		t.Errorf("pass rate %.1f%% is below the floor %.0f%%", 100*rate, 100*test262Floor)
	}
}
