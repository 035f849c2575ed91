package main

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// page is the document every browser case runs in: the case is a classic
// script at the end of the body, so it runs as one task during parsing.
const page = `<!doctype html><html><head><meta charset="utf-8"><title>case</title></head><body><script src="/case.js"></script></body></html>`

// browserRuntime runs a case in headless Chromium: one browser (with a fresh
// profile) per case, one new tab per run.
type browserRuntime struct {
	chromium string
	quiet    time.Duration // how long the page must stay silent before a run ends
	limit    time.Duration // the longest a run may take
}

func (b browserRuntime) record(ctx context.Context, c *testCase, runs int) ([]recording, error) {
	src, err := os.ReadFile(c.path)
	if err != nil {
		return nil, err
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// no-store: every run must load the script afresh.
		w.Header().Set("Cache-Control", "no-store")
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page)
		case "/case.js":
			w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
			w.Write(src)
		default: // favicon.ico: no 404 noise in the browser's log
			w.WriteHeader(http.StatusNoContent)
		}
	}))
	defer srv.Close()

	profile, err := os.MkdirTemp("", "looplab-chromium-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	// chromedp's defaults are headless plus Puppeteer's flags, which also
	// turn off timer throttling of background pages.
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(b.chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(profile),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	if err := chromedp.Do(browserCtx); err != nil {
		return nil, fmt.Errorf("starting chromium: %w", err)
	}

	var recs []recording
	for range runs {
		r, err := b.once(browserCtx, srv.URL, c)
		// Now and then a new tab never reports its load event (seen under
		// load on a shared machine). That says nothing about the case, so
		// the run is tried once more in another tab.
		if errors.Is(err, errNoLoad) {
			r, err = b.once(browserCtx, srv.URL, c)
		}
		if err != nil {
			return nil, err
		}
		recs = append(recs, r)
	}
	return recs, nil
}

var errNoLoad = errors.New("the page did not load")

// A pageLog collects what one run of the page reports.
type pageLog struct {
	mu         sync.Mutex
	lines      []string // console lines
	exceptions []exception
	revoked    map[int64]bool // exceptions whose promise got a handler later
	last       time.Time      // when the last event or input happened
}

type exception struct {
	id   int64
	line string
}

// watch subscribes to the tab's console and exception events. It must run
// before the navigation, so that no event is lost; the goroutines end with
// the tab's context.
func watch(tabCtx context.Context, wg *sync.WaitGroup) *pageLog {
	log := &pageLog{revoked: map[int64]bool{}, last: time.Now()}
	collect(wg, log, chromedp.Events(tabCtx, runtime.ConsoleAPICalled), func(ev runtime.EventConsoleAPICalled) {
		switch ev.Type {
		case runtime.ConsoleAPICalledTypeLog, runtime.ConsoleAPICalledTypeInfo, runtime.ConsoleAPICalledTypeWarning,
			runtime.ConsoleAPICalledTypeError, runtime.ConsoleAPICalledTypeDebug:
			log.lines = append(log.lines, formatConsoleCall(ev.Args))
		}
	})
	collect(wg, log, chromedp.Events(tabCtx, runtime.ExceptionThrown), func(ev runtime.EventExceptionThrown) {
		d := ev.ExceptionDetails
		log.exceptions = append(log.exceptions, exception{d.ExceptionID, exceptionLine(d)})
	})
	collect(wg, log, chromedp.Events(tabCtx, runtime.ExceptionRevoked), func(ev runtime.EventExceptionRevoked) {
		log.revoked[ev.ExceptionID] = true
	})
	return log
}

// collect hands each event to add under the log's lock, in the order the
// browser sent them.
func collect[E any](wg *sync.WaitGroup, log *pageLog, events iter.Seq2[E, error], add func(E)) {
	wg.Go(func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			log.mu.Lock()
			add(ev)
			log.last = time.Now()
			log.mu.Unlock()
		}
	})
}

func (l *pageLog) touch() {
	l.mu.Lock()
	l.last = time.Now()
	l.mu.Unlock()
}

func (l *pageLog) lastEvent() time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.last
}

// recording turns the log into the run's output files.
func (l *pageLog) recording(url string) (recording, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := ""
	for _, line := range l.lines {
		out += line + "\n"
	}
	errs := ""
	for _, e := range l.exceptions {
		if !l.revoked[e.id] {
			errs += e.line + "\n"
		}
	}
	// The URL holds a port that changes with every run.
	for _, line := range strings.Split(out+errs, "\n") {
		if strings.Contains(line, url) {
			return nil, fmt.Errorf("the output holds the page's URL (print messages, not Error objects or stacks): %q", line)
		}
	}
	r := recording{{suffix: ".browser.out", text: out}, {suffix: ".browser.err", absent: true}}
	if errs != "" {
		r[1] = output{suffix: ".browser.err", text: errs}
	}
	return r, nil
}

// once loads the page in a new tab, performs the inputs, and waits until the
// page has been quiet for b.quiet.
func (b browserRuntime) once(browserCtx context.Context, url string, c *testCase) (recording, error) {
	tabCtx, cancelTab := chromedp.NewContext(browserCtx)
	defer cancelTab()
	ctx, cancel := context.WithTimeout(tabCtx, b.limit+10*time.Second)
	defer cancel()

	var wg sync.WaitGroup
	log := watch(tabCtx, &wg)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, fmt.Errorf("%w: %w", errNoLoad, err)
	}
	loaded := time.Now()
	for _, in := range c.inputs {
		if err := sleepUntil(ctx, loaded.Add(time.Duration(in.atMillis)*time.Millisecond)); err != nil {
			return nil, err
		}
		if err := perform(ctx, in); err != nil {
			return nil, fmt.Errorf("Input %q: %w", in.line, err)
		}
		log.touch()
	}
	if err := waitQuiet(ctx, log, loaded, b.quiet, b.limit); err != nil {
		return nil, err
	}
	cancelTab()
	wg.Wait()
	return log.recording(url)
}

// waitQuiet returns once the page has been silent for quiet since both its
// load and its last event. A page still busy after limit fails the run:
// its output would depend on when the recorder stopped listening.
func waitQuiet(ctx context.Context, log *pageLog, loaded time.Time, quiet, limit time.Duration) error {
	deadline := loaded.Add(limit)
	for {
		end := log.lastEvent().Add(quiet)
		if l := loaded.Add(quiet); end.Before(l) {
			end = l
		}
		switch {
		case !time.Now().Before(end):
			return nil
		case end.After(deadline):
			return fmt.Errorf("the page was still printing %s after its load: stop every timer", limit)
		}
		if err := sleepUntil(ctx, end); err != nil {
			return err
		}
	}
}

func sleepUntil(ctx context.Context, t time.Time) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(time.Until(t)):
		return nil
	}
}

// exceptionLine is the first line of what DevTools shows for an uncaught
// exception: "Uncaught" or "Uncaught (in promise)", then the thrown value:
// an error's description up to its stack, any other value formatted as a
// console argument (a string as-is).
func exceptionLine(d *runtime.ExceptionDetails) string {
	if d.Exception == nil {
		return d.Text
	}
	value := ""
	switch o := d.Exception; {
	case o.Type == runtime.RemoteObjectTypeString:
		value = stringValue(o)
	case o.Subtype == runtime.RemoteObjectSubtypeError:
		value = description(o)
	default:
		value = formatValue(o, false, true)
	}
	value, _, _ = strings.Cut(value, "\n")
	return d.Text + " " + value
}

// target is where an input goes: the centre of the element's box.
type target struct {
	Found      bool
	X, Y, W, H float64
	Focused    bool
}

// perform does one input as a user would: CDP input events go through the
// browser's input pipeline, so the page sees trusted events, each listener
// called from the event loop (with a microtask checkpoint after each).
func perform(ctx context.Context, in input) error {
	js := fmt.Sprintf(`(() => {
		const el = document.querySelector(%s);
		if (!el) return {Found: false};
		const r = el.getBoundingClientRect();
		if (%t) el.focus();
		return {Found: true, X: r.left + r.width / 2, Y: r.top + r.height / 2, W: r.width, H: r.height,
			Focused: document.activeElement === el};
	})()`, strconv.Quote(in.selector), in.action == "key")
	t, err := chromedp.Run(ctx, chromedp.Evaluate[target](js))
	switch {
	case err != nil:
		return err
	case !t.Found:
		return fmt.Errorf("no element matches %s", in.selector)
	}
	switch in.action {
	case "click":
		if t.W == 0 || t.H == 0 {
			return fmt.Errorf("%s has no size: give it text content", in.selector)
		}
		return chromedp.Do(ctx,
			chromedp.MouseEvent(chromedp.MouseMoved, t.X, t.Y),
			chromedp.MouseClickXY(t.X, t.Y))
	case "key":
		if !t.Focused {
			return fmt.Errorf("%s cannot take the focus", in.selector)
		}
		text, _ := keyText(in.key)
		return chromedp.Do(ctx, chromedp.KeyEvent(text))
	}
	return fmt.Errorf("unknown action %q", in.action)
}

// namedKeys are the keys an Input line may name; any other key is a single
// character.
var namedKeys = map[string]string{
	"Enter":      kb.Enter,
	"Tab":        kb.Tab,
	"Escape":     kb.Escape,
	"Backspace":  kb.Backspace,
	"Delete":     kb.Delete,
	"Space":      " ",
	"ArrowUp":    kb.ArrowUp,
	"ArrowDown":  kb.ArrowDown,
	"ArrowLeft":  kb.ArrowLeft,
	"ArrowRight": kb.ArrowRight,
}

// keyText is what chromedp's KeyEvent types for a key of an Input line.
func keyText(key string) (string, bool) {
	if s, ok := namedKeys[key]; ok {
		return s, true
	}
	if r := []rune(key); len(r) == 1 {
		return key, true
	}
	return "", false
}
