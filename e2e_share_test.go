//go:build !js

package main

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// A copied link restores the code (emoji and CJK included), the runtime,
// the speed and the step, in a fresh tab.
func TestShareLinkRoundTrip(t *testing.T) {
	tb := newTab(t, "/", 1280, 900)

	// Short link falls back to the fragment link when the server keeps
	// no snippets (404).
	tb.expectConsoleError("404")
	tb.run(chromedp.Click("#short-link"))
	tb.poll(`location.hash.startsWith('#v1.') && !document.getElementById('notice').hidden`)
	if n := tb.text("#notice"); !strings.Contains(n, "full link") {
		t.Errorf("notice %q", n)
	}
	// A short link that does not exist: a notice and the default example.
	missing := newTab(t, "/s/Ab3xK9pQ2z", 1280, 900)
	missing.expectConsoleError("404")
	missing.poll(`!document.getElementById('notice').hidden`)
	if n := missing.text("#notice"); !strings.Contains(n, "short link") {
		t.Errorf("notice %q", n)
	}

	for _, c := range []struct{ runtime, code string }{
		{"node", "// 漢字とかな, emoji 😀👩‍👩‍👧 and ünïcödé\nconst s = '漢字 😀';\nsetTimeout(() => console.log(`${s} later`), 0);\nconsole.log(s, s.length);\n"},
		{"browser", "const b = document.createElement('button');\nb.textContent = '押す 👆';\nPromise.resolve().then(() => console.log('micro 🎉'));\nconsole.log(b.textContent);\n"},
	} {
		t.Run(c.runtime, func(t *testing.T) {
			if c.runtime == "browser" {
				if why := browserRuntimeMissing(); why != "" {
					t.Skip(why)
				}
			}
			tb.eval(`looplab.load(`+jsString(c.code)+`, {runtime: `+jsString(c.runtime)+`}).then(() => looplab.seek(3))`, nil)
			tb.eval(`(() => { const s = document.getElementById('speed'); s.value = '30'; s.dispatchEvent(new Event('change')); })()`, nil)
			tb.eval(`history.replaceState(null, '', '/'); document.getElementById('notice').hidden = true`, nil)
			tb.run(chromedp.Click("#copy-link"))
			tb.poll(`location.hash.startsWith('#v1.') && !document.getElementById('notice').hidden`)
			var link string
			tb.eval(`location.pathname + location.hash`, &link)

			opened := newTab(t, link, 1280, 900)
			s := opened.state()
			if s.Code != c.code || s.Runtime != c.runtime || s.Step != 3 {
				t.Errorf("the link restored runtime %q step %d code %q", s.Runtime, s.Step, s.Code)
			}
			var speed string
			opened.eval(`document.getElementById('speed').value`, &speed)
			if speed != "30" {
				t.Errorf("speed %s, want 30", speed)
			}
			if !opened.hidden("#notice") {
				t.Errorf("a good link shows a notice: %q", opened.text("#notice"))
			}
		})
	}
}

// deflateFragment builds a fragment as the page does, from JSON text.
func deflateFragment(version, json string) string {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write([]byte(json))
	w.Close()
	return version + "." + base64.RawURLEncoding.EncodeToString(b.Bytes())
}

// A link the page cannot read gives a short notice and a working page with
// the default example; nothing else breaks (and the page's console stays
// clean, which newTab checks).
func TestMalformedFragments(t *testing.T) {
	good := deflateFragment("v1", `{"code":"console.log('hi')","runtime":"node","speed":10,"step":0}`)
	examples, err := readExamples("examples")
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"not a looplab link": "#hello-world",
		"not base64":         "#v1.@@@***",
		"truncated":          "#" + good[:len(good)/2],
		"not deflate":        "#v1." + base64.RawURLEncoding.EncodeToString([]byte("plain text, not deflate")),
		"not JSON":           "#" + deflateFragment("v1", "not json {"),
		"no code":            "#" + deflateFragment("v1", `{"runtime":"node"}`),
		"future version":     "#" + deflateFragment("v7", `{"code":"x","future":true}`),
		"empty version":      "#v1.",
	}
	check := func(t *testing.T, tb *tab, frag string) {
		t.Helper()
		tb.poll(`!document.getElementById('notice').hidden`)
		if notice := tb.text("#notice"); !strings.Contains(notice, "link") || !strings.Contains(notice, "default example") {
			t.Errorf("%s: notice %q", frag, notice)
		}
		s := tb.state()
		if s.Code != examples[0].Code || s.Steps == 0 || s.SyntaxError != nil {
			t.Errorf("%s: the page should work on the default example: %+v", frag, s)
		}
		var r runResult
		tb.eval(`looplab.runToEnd()`, &r)
		if len(r.Console) == 0 {
			t.Errorf("%s: runToEnd after a bad link: %+v", frag, r)
		}
	}
	// Opened fresh: a damaged link.
	check(t, newTab(t, "/"+cases["truncated"], 1280, 900), cases["truncated"])
	// The rest arrive as fragment changes to one page.
	tb := newTab(t, "/", 1280, 900)
	for name, frag := range cases {
		tb.eval(`document.getElementById('notice').hidden = true; location.hash = `+jsString(frag)+`; 1`, nil)
		t.Run(name, func(t *testing.T) { check(t, tb, frag) })
	}

	// A well-formed link with markup in it: the code is loaded as text,
	// the bad runtime falls back to node, and nothing in it becomes HTML.
	evil := "</textarea><img src=x onerror=alert(1)>"
	tb.eval(`location.hash = `+jsString("#"+deflateFragment("v1", `{"code":`+jsString(evil)+`,"runtime":"<script>"}`))+`; 1`, nil)
	tb.poll(`document.getElementById('code').value.startsWith('</textarea>')`)
	s := tb.state()
	var imgs int
	tb.eval(`document.querySelectorAll('img').length`, &imgs)
	if s.Code != evil || s.Runtime != "node" || imgs != 0 {
		t.Errorf("code %q runtime %q images %d", s.Code, s.Runtime, imgs)
	}
}

// hidden reports whether an element is hidden.
func (tb *tab) hidden(sel string) bool {
	tb.t.Helper()
	var h bool
	tb.eval(`document.querySelector(`+jsString(sel)+`).hidden`, &h)
	return h
}

// With the share API (as `go run .` serves it), Short link gives /s/{id},
// and opening that link loads the snippet, Unicode and runtime intact.
func TestShortLinkRoundTrip(t *testing.T) {
	site(t)
	api, store, err := openShareAPI(t.TempDir(), pageHandler(e2e.site))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(newHandler(e2e.site, api))
	t.Cleanup(func() { srv.Close(); store.Close() })

	tb := openTab(t, srv.URL+"/", 1280, 900)
	tb.waitReady()
	code := "console.log('短い 🔗 link');\n"
	tb.eval(`looplab.load(`+jsString(code)+`, {runtime: 'browser'})`, nil)
	tb.run(chromedp.Click("#short-link"))
	tb.poll(`!document.getElementById('notice').hidden`)
	notice := tb.text("#notice")
	// The notice shows the link, whether or not the clipboard took it.
	link := notice[strings.LastIndex(notice, " ")+1:]
	if !strings.HasPrefix(link, srv.URL+"/s/") {
		t.Fatalf("short link %q (notice %q)", link, notice)
	}
	opened := openTab(t, link, 1280, 900)
	opened.waitReady()
	if s := opened.state(); s.Code != code || s.Runtime != "browser" {
		t.Errorf("the short link opened %q on %s", s.Code, s.Runtime)
	}
}
