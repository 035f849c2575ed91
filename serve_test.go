//go:build !js

package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

// testSite is a site with a compressed copy of some files.
var testSite = fstest.MapFS{
	"index.html":       {Data: []byte("<!doctype html>home")},
	"embed/index.html": {Data: []byte("<!doctype html>embed")},
	"app.css":          {Data: []byte("body{}")},
	"app.css.br":       {Data: []byte("BR")},
	"app.css.gz":       {Data: []byte("GZ")},
	"ui.wasm":          {Data: []byte("\x00asm")},
	"ui.wasm.gz":       {Data: []byte("GZWASM")},
	"notes.unknown":    {Data: []byte("?")},
}

// The handler's routes, as golang/playground's TestEdit tests its own.
func TestHandler(t *testing.T) {
	h := newHandler(testSite, nil)
	for _, c := range []struct {
		method, path, acceptEncoding string
		code                         int
		ctype, encoding, body        string
	}{
		{"GET", "/", "", 200, "text/html; charset=utf-8", "", "<!doctype html>home"},
		{"GET", "/index.html", "", 200, "text/html; charset=utf-8", "", "<!doctype html>home"},
		{"GET", "/embed", "", 200, "text/html; charset=utf-8", "", "<!doctype html>embed"},
		{"GET", "/embed/", "", 200, "text/html; charset=utf-8", "", "<!doctype html>embed"},
		{"GET", "/s/Ab3xK9pQ2z", "", 200, "text/html; charset=utf-8", "", "<!doctype html>embed"},
		{"GET", "/app.css", "", 200, "text/css; charset=utf-8", "", "body{}"},
		{"GET", "/app.css", "gzip, deflate, br", 200, "text/css; charset=utf-8", "br", "BR"},
		{"GET", "/app.css", "gzip", 200, "text/css; charset=utf-8", "gzip", "GZ"},
		{"GET", "/app.css", "br;q=0, gzip;q=0.5", 200, "text/css; charset=utf-8", "gzip", "GZ"},
		{"GET", "/app.css", "*", 200, "text/css; charset=utf-8", "br", "BR"},
		{"GET", "/app.css", "identity", 200, "text/css; charset=utf-8", "", "body{}"},
		{"GET", "/ui.wasm", "br, gzip", 200, "application/wasm", "gzip", "GZWASM"},
		{"GET", "/ui.wasm", "", 200, "application/wasm", "", "\x00asm"},
		{"HEAD", "/app.css", "", 200, "text/css; charset=utf-8", "", ""},
		{"POST", "/app.css", "", 405, "", "", ""},
		{"GET", "/missing.js", "", 404, "", "", ""},
		{"GET", "/notes.unknown", "", 404, "", "", ""},
		{"GET", "/../etc/passwd", "", 404, "", "", ""},
		{"GET", "/api/share/abc", "", 404, "application/json", "", `{"error":"this server stores no snippets"}` + "\n"},
		{"POST", "/api/share", "", 404, "application/json", "", `{"error":"this server stores no snippets"}` + "\n"},
	} {
		req := httptest.NewRequest(c.method, c.path, nil)
		if c.acceptEncoding != "" {
			req.Header.Set("Accept-Encoding", c.acceptEncoding)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		name := c.method + " " + c.path + " [" + c.acceptEncoding + "]"
		if w.Code != c.code {
			t.Errorf("%s: code %d, want %d", name, w.Code, c.code)
			continue
		}
		if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval'") {
			t.Errorf("%s: CSP %q", name, csp)
		}
		if c.code != 200 && c.ctype == "" {
			continue
		}
		if got := w.Header().Get("Content-Type"); got != c.ctype {
			t.Errorf("%s: Content-Type %q, want %q", name, got, c.ctype)
		}
		if got := w.Header().Get("Content-Encoding"); got != c.encoding {
			t.Errorf("%s: Content-Encoding %q, want %q", name, got, c.encoding)
		}
		if got := w.Body.String(); got != c.body {
			t.Errorf("%s: body %q, want %q", name, got, c.body)
		}
		if c.code == 200 && (w.Header().Get("ETag") == "" || w.Header().Get("Cache-Control") != "no-cache" || w.Header().Get("Vary") != "Accept-Encoding") {
			t.Errorf("%s: cache headers %v", name, w.Header())
		}
	}
}

// A reload revalidates: the same ETag gets a 304 with no body.
func TestHandlerNotModified(t *testing.T) {
	h := newHandler(testSite, nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/app.css", nil))
	etag := w.Header().Get("ETag")
	req := httptest.NewRequest("GET", "/app.css", nil)
	req.Header.Set("If-None-Match", etag)
	w = httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusNotModified || w.Body.Len() != 0 {
		t.Fatalf("revalidation: %d %q", w.Code, w.Body.String())
	}
	// The brotli copy has its own ETag: a cache never mixes the two.
	req = httptest.NewRequest("GET", "/app.css", nil)
	req.Header.Set("Accept-Encoding", "br")
	req.Header.Set("If-None-Match", etag)
	w = httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		t.Fatalf("brotli copy with the plain file's ETag: %d", w.Code)
	}
}

// An API handler, when there is one, owns /api/ and /s/.
func TestHandlerAPI(t *testing.T) {
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("api " + r.URL.Path)) })
	h := newHandler(testSite, api)
	for path, want := range map[string]string{"/api/share": "api /api/share", "/s/abc": "api /s/abc", "/": "<!doctype html>home"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
		if w.Body.String() != want {
			t.Errorf("%s: %q, want %q", path, w.Body.String(), want)
		}
	}
}

func TestReadExamples(t *testing.T) {
	ex, err := readExamples("examples")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ex {
		if e.Title == "" || e.About == "" || e.Runtime == "" {
			t.Errorf("%s: %+v", e.File, e)
		}
	}
}

// The page's build blanks the prelude's comment-only lines, keeping every
// other line where it was, and stops at a template literal left open.
func TestBlankComments(t *testing.T) {
	src := "// head\nconst a = 1; // kept\n  // indented\nconst s = '//not a comment';\nconst t = `open\n// text in a template\n`;\n// after\n"
	want := "\nconst a = 1; // kept\n\nconst s = '//not a comment';\nconst t = `open\n// text in a template\n`;\n// after\n"
	if got := blankComments(src); got != want {
		t.Errorf("blankComments:\n%q\nwant\n%q", got, want)
	}
	for line, open := range map[string]bool{
		"const t = `a": true, "const t = `a`;": false, "x = '`'": false, "y = 1; // `": false, `w = "\"" + ` + "`": true,
	} {
		if got := opensTemplate(line); got != open {
			t.Errorf("opensTemplate(%q) = %v, want %v", line, got, open)
		}
	}
}
