// Command record runs the cases of looplab's corpus in the real runtimes,
// Node.js and headless Chromium, and writes what they print next to each
// case. Expected outputs are recorded, never typed by hand: the engine's
// tests compare against these files.
//
// Usage:
//
//	go run ./tools/record [-runtime node|browser|auto] [-runs N] [-check] [-parallel N] [PATH...]
//
// PATH is a .js file or a folder of them (default: engine/testdata/node and
// engine/testdata/browser, from the repository root, which is the folder with
// go.mod above the working directory). -runtime auto picks the runtime from
// the case's Tags header, else from its folder's name (node or browser).
// Each case runs -runs times (default 3); when two runs differ the case is
// racy, nothing is written, and the case must be made deterministic. -check
// records and compares without writing, and exits 1 on any difference.
//
// # Header
//
// A case starts with comment lines; the engine reads the same header.
//
//	// Case: one sentence saying what ordering rule the case checks
//	// Tags: node | browser | both
//	// Input: click SELECTOR at MS
//	// Input: key KEY SELECTOR at MS
//
// Tags both records the case in both runtimes. Input lines (browser only,
// in time order) perform real user input through the DevTools protocol MS
// milliseconds after the page's load event (the case's script has run by
// then): "click" presses and releases the left mouse button at the centre
// of the first element matching the CSS SELECTOR; "key" focuses that
// element, then types KEY: one character, or Enter, Tab, Escape, Backspace,
// Delete, Space, ArrowUp, ArrowDown, ArrowLeft or ArrowRight. The element
// must exist then and, for a click, have a size (give it text content).
// Timing is approximate (a few ms), so keep inputs well apart from timers.
//
// # Output files
//
// For CASE.js, in the case's folder:
//
//	CASE.node.out     Node's stdout (stderr is not recorded)
//	CASE.node.exit    Node's exit code and a newline; only when it is not 0
//	CASE.browser.out  one line per console.log/info/warn/error/debug call,
//	                  formatted as DevTools shows it (see format.go)
//	CASE.browser.err  one line per uncaught exception or unhandled rejection,
//	                  "Uncaught Error: boom" or "Uncaught (in promise) 42";
//	                  only when there is one. A rejection that gets a handler
//	                  later is revoked by Chromium, and left out, as DevTools
//	                  removes it.
//
// Node runs `node CASE.js` in a fresh temp dir holding a copy of
// engine/samplefs and the case, with a 10 s limit. Chromium loads a page that
// runs the case as a classic script (see browser.go) and the run ends when
// the page has been quiet (no console event, exception or input) for 1.5 s
// after its load, or after 15 s.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

// An output is one file that a run produces, named by the case's path
// without ".js" plus suffix. absent says the file must not exist (no exit
// code, no exception), so that a stale one is removed.
type output struct {
	suffix string
	text   string
	absent bool
}

// A recording is every output of one run of a case in one runtime.
type recording []output

// A runner runs a case in one runtime, the given number of times.
type runner interface {
	record(ctx context.Context, c *testCase, runs int) ([]recording, error)
}

// The outcomes of recording one case in one runtime.
const (
	recorded  = "recorded"  // no output existed; written
	unchanged = "unchanged" // same as the files
	changed   = "changed"   // differs from the files; written unless -check
	racy      = "racy"      // runs differ; nothing written
	failed    = "failed"    // the runtime could not run it; nothing written
)

type job struct {
	c       *testCase
	runtime string
}

type result struct {
	job
	status string
	detail string
}

func main() {
	runtimeFlag := flag.String("runtime", "auto", "node, browser, or auto (by the Tags header, else the folder name)")
	runs := flag.Int("runs", 3, "runs per case; outputs must agree")
	check := flag.Bool("check", false, "report differences from the recorded files without writing; exit 1 on any")
	parallel := flag.Int("parallel", 1, "cases recorded at once (Chromium is heavy: keep it at 1 or 2)")
	chromium := flag.String("chromium", "/usr/bin/chromium", "the Chromium binary")
	flag.Parse()
	switch *runtimeFlag {
	case "node", "browser", "auto":
	default:
		fatalf("-runtime must be node, browser or auto")
	}
	if *runs < 1 || *parallel < 1 {
		fatalf("-runs and -parallel must be at least 1")
	}

	root, err := repoRoot()
	if err != nil {
		fatalf("%v", err)
	}
	paths := flag.Args()
	if len(paths) == 0 {
		paths = []string{filepath.Join(root, "engine/testdata/node"), filepath.Join(root, "engine/testdata/browser")}
	}
	var jobs []job
	for _, p := range paths {
		files, err := caseFiles(p)
		if err != nil {
			fatalf("%v", err)
		}
		for _, f := range files {
			c, err := readCase(f)
			if err != nil {
				fatalf("%v", err)
			}
			rts, err := runtimesOf(c, *runtimeFlag)
			if err != nil {
				fatalf("%v", err)
			}
			for _, rt := range rts {
				jobs = append(jobs, job{c, rt})
			}
		}
	}

	runners := map[string]runner{
		"node":    nodeRuntime{samplefs: filepath.Join(root, "engine/samplefs"), timeout: 10 * time.Second},
		"browser": browserRuntime{chromium: *chromium, quiet: 1500 * time.Millisecond, limit: 15 * time.Second},
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	results := make([]result, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	var printMu sync.Mutex
	for range *parallel {
		wg.Go(func() {
			for i := range next {
				results[i] = recordJob(ctx, runners[jobs[i].runtime], jobs[i], *runs, *check)
				printMu.Lock()
				report(root, results[i])
				printMu.Unlock()
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()

	counts := map[string]int{}
	for _, r := range results {
		counts[r.status]++
	}
	fmt.Printf("%d recorded, %d unchanged, %d changed, %d racy, %d failed\n",
		counts[recorded], counts[unchanged], counts[changed], counts[racy], counts[failed])
	if counts[racy]+counts[failed] > 0 || (*check && counts[changed]+counts[recorded] > 0) {
		os.Exit(1)
	}
}

// recordJob runs one case in one runtime, compares the result with the files
// and, unless check is set, writes it.
func recordJob(ctx context.Context, r runner, j job, runs int, check bool) result {
	res := result{job: j}
	recs, err := r.record(ctx, j.c, runs)
	if err != nil {
		res.status, res.detail = failed, err.Error()
		return res
	}
	for i := 1; i < len(recs); i++ {
		if !slices.Equal(recs[0], recs[i]) {
			res.status, res.detail = racy, "run 1 and run "+fmt.Sprint(i+1)+" differ: "+firstDifference(recs[0], recs[i])
			return res
		}
	}
	rec := recs[0]
	old, existed := readRecording(j.c, rec)
	switch {
	case slices.Equal(old, rec):
		res.status = unchanged
		return res
	case !existed:
		res.status = recorded
	default:
		res.status, res.detail = changed, firstDifference(old, rec)
	}
	if !check {
		if err := writeRecording(j.c, rec); err != nil {
			res.status, res.detail = failed, err.Error()
		}
	}
	return res
}

func report(root string, r result) {
	name, err := filepath.Rel(root, r.c.path)
	if err != nil {
		name = r.c.path
	}
	line := fmt.Sprintf("%-9s %-7s %s", r.status, r.runtime, name)
	if r.detail != "" {
		line += ": " + r.detail
	}
	fmt.Println(line)
}

// base is the case's path without ".js"; outputs are named base+suffix.
func base(c *testCase) string {
	return strings.TrimSuffix(c.path, ".js")
}

// readRecording reads the files that rec would write. existed reports
// whether the main output (the first) was there.
func readRecording(c *testCase, rec recording) (old recording, existed bool) {
	for i, o := range rec {
		data, err := os.ReadFile(base(c) + o.suffix)
		if errors.Is(err, os.ErrNotExist) {
			old = append(old, output{suffix: o.suffix, absent: true})
			continue
		}
		if i == 0 {
			existed = true
		}
		old = append(old, output{suffix: o.suffix, text: string(data)})
	}
	return old, existed
}

func writeRecording(c *testCase, rec recording) error {
	for _, o := range rec {
		path := base(c) + o.suffix
		if o.absent {
			if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
				return err
			}
			continue
		}
		if err := os.WriteFile(path, []byte(o.text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// firstDifference says where two recordings first differ, for the report.
func firstDifference(a, b recording) string {
	for i := range min(len(a), len(b)) {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		switch {
		case x.absent:
			return fmt.Sprintf("%s: none, then %q", x.suffix, firstLine(y.text))
		case y.absent:
			return fmt.Sprintf("%s: %q, then none", x.suffix, firstLine(x.text))
		}
		xl, yl := strings.Split(x.text, "\n"), strings.Split(y.text, "\n")
		for n := 0; ; n++ {
			xs, ys := at(xl, n), at(yl, n)
			if xs != ys {
				return fmt.Sprintf("%s line %d: %q, then %q", x.suffix, n+1, xs, ys)
			}
		}
	}
	return "outputs differ"
}

func at(lines []string, n int) string {
	if n < len(lines) {
		return lines[n]
	}
	return "<end>"
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// caseFiles lists the .js files of a folder, or the file itself.
func caseFiles(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		if filepath.Ext(path) != ".js" {
			return nil, fmt.Errorf("%s is not a .js file", path)
		}
		abs, err := filepath.Abs(path)
		return []string{abs}, err
	}
	files, err := filepath.Glob(filepath.Join(path, "*.js"))
	if err != nil {
		return nil, err
	}
	for i, f := range files {
		if files[i], err = filepath.Abs(f); err != nil {
			return nil, err
		}
	}
	slices.Sort(files)
	return files, nil
}

// repoRoot is the nearest folder at or above the working directory that
// holds go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod in the working directory or above it")
		}
		dir = parent
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "record: "+format+"\n", args...)
	os.Exit(2)
}
