//go:build !js

package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"looplab/engine"
	"looplab/internal/chromium"
)

// The page's end-to-end tests run in real headless Chromium through
// chromedp. The site is built once per test binary (the WebAssembly is
// cached between runs, see buildSite) and served by newHandler through
// httptest; one browser serves every test, each test gets its own tab.
// Without Chromium they skip, unless LOOPLAB_REQUIRE_BROWSER=1 (CI).

var screenshots = flag.Bool("screenshots", false, "write the README's screenshots to docs/")

var e2e struct {
	once    sync.Once
	err     error
	skip    string
	site    fstest.MapFS
	server  *httptest.Server
	host    *httptest.Server
	browser context.Context
	cancel  []func()
}

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	for i := len(e2e.cancel) - 1; i >= 0; i-- {
		e2e.cancel[i]()
	}
	os.Exit(code)
}

// site starts (once) the test server and the browser, and returns the
// site's URL. It skips the test when Chromium is missing and the
// environment does not require it.
func site(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	e2e.once.Do(func() {
		path := chromium.Find()
		if path == "" {
			e2e.skip = "Chromium is not installed (apt-get install chromium)"
			return
		}
		s, err := buildSite(siteOptions{BrotliQuality: 1, Log: testLog{}})
		if err != nil {
			e2e.err = err
			return
		}
		e2e.site = s
		e2e.server = httptest.NewServer(newHandler(s, nil))
		e2e.cancel = append(e2e.cancel, e2e.server.Close)
		// A documentation page of another origin, for the embed test.
		e2e.host = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, "<!doctype html><title>docs</title><body><h1>Docs</h1></body>")
		}))
		e2e.cancel = append(e2e.cancel, e2e.host.Close)
		dir, err := os.MkdirTemp("", "looplab-chromium-")
		if err != nil {
			e2e.err = err
			return
		}
		e2e.cancel = append(e2e.cancel, func() { os.RemoveAll(dir) })
		opts := append([]chromedp.ExecAllocatorOption{chromedp.ExecPath(path), chromedp.UserDataDir(dir)}, chromium.Flags...)
		alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		e2e.cancel = append(e2e.cancel, cancelAlloc)
		browser, cancelBrowser := chromedp.NewContext(alloc)
		e2e.cancel = append(e2e.cancel, cancelBrowser)
		if err := chromedp.Do(browser); err != nil {
			e2e.err = fmt.Errorf("starting Chromium: %w", err)
			return
		}
		e2e.browser = browser
	})
	if e2e.skip != "" {
		if os.Getenv("LOOPLAB_REQUIRE_BROWSER") == "1" {
			t.Fatal(e2e.skip + " and LOOPLAB_REQUIRE_BROWSER=1")
		}
		t.Skip(e2e.skip)
	}
	if e2e.err != nil {
		t.Fatal(e2e.err)
	}
	return e2e.server.URL
}

type testLog struct{}

func (testLog) Write(b []byte) (int, error) { return len(b), nil }

// tab is one browser tab on the site, collecting the page's console errors
// and uncaught exceptions: a test fails if there are any.
type tab struct {
	t        *testing.T
	ctx      context.Context
	mu       sync.Mutex
	errors   []string
	expected []string // errors a test provokes on purpose (a 404 it asks for)
}

// expectConsoleError lets errors containing substr through.
func (tb *tab) expectConsoleError(substr string) {
	tb.mu.Lock()
	tb.expected = append(tb.expected, substr)
	tb.mu.Unlock()
}

func newTab(t *testing.T, path string, width, height int64) *tab {
	t.Helper()
	tb := openTab(t, site(t)+path, width, height)
	tb.waitReady()
	return tb
}

// openTab opens a URL in a new tab without waiting for looplab.
func openTab(t *testing.T, url string, width, height int64) *tab {
	t.Helper()
	site(t)
	ctx, cancel := chromedp.NewContext(e2e.browser)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	tb := &tab{t: t, ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				tb.addError("console." + string(ev.Type) + ": " + strings.Join(parts, " "))
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			tb.addError("uncaught: " + msg)
		case *cdplog.EventEntryAdded:
			// Network failures and CSP violations land here.
			if ev.Entry.Level == cdplog.EntryLevelError {
				tb.addError("log: " + ev.Entry.Text + " " + ev.Entry.URL)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		tb.mu.Lock()
		errs, expected := tb.errors, tb.expected
		tb.mu.Unlock()
	next:
		for _, e := range errs {
			for _, x := range expected {
				if strings.Contains(e, x) {
					continue next
				}
			}
			t.Errorf("the page's console: %s", e)
		}
		cancelTimeout()
		cancel()
	})
	tb.run(chromedp.EmulateViewport(width, height), chromedp.Navigate(url))
	return tb
}

func (tb *tab) addError(s string) {
	tb.mu.Lock()
	tb.errors = append(tb.errors, s)
	tb.mu.Unlock()
}

func (tb *tab) run(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the page, awaiting a promise,
// and decodes its JSON value into out (nil to ignore it).
func (tb *tab) eval(expr string, out any) {
	tb.t.Helper()
	raw, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]byte](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("%s: %v", expr, err)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			tb.t.Fatalf("%s: %v (%s)", expr, err, raw)
		}
	}
}

// poll waits until a JavaScript expression is truthy.
func (tb *tab) poll(expr string) {
	tb.t.Helper()
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		tb.t.Fatalf("waiting for %s: %v", expr, err)
	}
}

// waitReady waits for the UI and the engine, and for the first recording.
func (tb *tab) waitReady() {
	tb.t.Helper()
	tb.poll(`window.looplab !== undefined && document.getElementById('engine-status').textContent !== 'loading the engine…'`)
	tb.eval(`looplab.step(0)`, nil) // resolves once the first recording is shown
}

// pageState is looplab.state().
type pageState struct {
	Ready, Recording, Playing bool
	Runtime, Code             string
	Step, Steps               int
	Time                      float64
	Phase, Text               string
	Stack                     []string
	Queues                    map[string][]string
	ConsoleLines              int
	ExitCode                  int
	SyntaxError               *struct {
		Message      string
		Line, Column int
	}
}

func (tb *tab) state() pageState {
	tb.t.Helper()
	var s pageState
	tb.eval(`looplab.state()`, &s)
	return s
}

func (tb *tab) text(sel string) string {
	tb.t.Helper()
	var s string
	tb.eval(`document.querySelector(`+jsString(sel)+`).textContent`, &s)
	return s
}

func (tb *tab) texts(sel string) []string {
	tb.t.Helper()
	var s []string
	tb.eval(`[...document.querySelectorAll(`+jsString(sel)+`)].map(e => e.textContent)`, &s)
	return s
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// browserRuntimeMissing says why browser-mode tests skip: until the
// engine's browser runtime lands, a browser run reports that it is not
// available (remove this when it has landed).
func browserRuntimeMissing() string {
	t, err := engine.Run("console.log(1)", engine.Options{Runtime: engine.Browser})
	if err != nil {
		return err.Error()
	}
	for _, m := range t.Messages {
		if m.Kind == "internal" {
			return "the engine's browser runtime is not available yet: " + m.Text
		}
	}
	return ""
}

// screenshot saves what the tab shows as a PNG.
func (tb *tab) screenshot(path string) {
	tb.t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		tb.t.Fatal(err)
	}
}
