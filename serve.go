package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// This file is the playground's HTTP handler. It imports neither goja nor
// the engine: the Cloudflare Worker build of this package reuses it, and a
// Worker has a size limit. Building the site lives in build.go.

// contentSecurityPolicy lets the page run only its own scripts and
// WebAssembly: no inline script, nothing evaluated from elsewhere. Embedding
// in any page is allowed (that is what /embed is for).
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// contentTypes are the types the site serves; mime.TypeByExtension depends
// on the host's tables, and a .wasm served as anything but application/wasm
// cannot be compiled while it streams.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".json": "application/json",
	".wasm": "application/wasm",
	".png":  "image/png",
	".svg":  "image/svg+xml",
	".ico":  "image/x-icon",
	".txt":  "text/plain; charset=utf-8",
}

// encodings are the precompressed variants the site may hold next to a
// file (app.css.br, app.css.gz), best first.
var encodings = []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

// newHandler serves the static site in site and, under /api/ and /s/, api
// (nil when the server stores no snippets: then /api/ answers 404 and the
// page falls back to fragment links, and /s/{id} is the page, which asks
// /api/share/{id} for the snippet). A non-nil api owns /s/ too, and answers
// GET /s/{id} with pageHandler(site) once it knows the id.
//
// Site paths: / is index.html, /embed is embed/index.html (the same page,
// one folder down, which notices where it is); a file f may have f.br and
// f.gz beside it, served to clients that accept them.
func newHandler(site fs.FS, api http.Handler) http.Handler {
	files := &staticFiles{site: site}
	page := pageHandler(site)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		p := r.URL.Path
		switch {
		case strings.HasPrefix(p, "/api/"):
			if api == nil {
				jsonError(w, http.StatusNotFound, "this server stores no snippets")
				return
			}
			api.ServeHTTP(w, r)
		case strings.HasPrefix(p, "/s/"):
			if api != nil {
				api.ServeHTTP(w, r)
				return
			}
			page.ServeHTTP(w, r)
		case p == "/embed":
			files.serve(w, r, "embed/index.html")
		default:
			name := strings.TrimPrefix(path.Clean(p), "/")
			if name == "" || strings.HasSuffix(p, "/") {
				name = path.Join(name, "index.html")
			}
			files.serve(w, r, name)
		}
	})
}

// pageHandler answers with the playground page from one folder down, so
// that its relative links work from /s/{id} and /embed.
func pageHandler(site fs.FS) http.Handler {
	files := &staticFiles{site: site}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
		files.serve(w, r, "embed/index.html")
	})
}

func jsonError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write([]byte(`{"error":` + strconv.Quote(msg) + "}\n"))
}

// staticFiles serves files of an immutable site with strong ETags (the
// content's hash) and Cache-Control: no-cache, so a reload revalidates
// every file and gets 304s: a few hundred bytes instead of megabytes of
// WebAssembly, and never a stale page after a rebuild.
type staticFiles struct {
	site  fs.FS
	etags sync.Map // name → ETag
}

func (s *staticFiles) serve(w http.ResponseWriter, r *http.Request, name string) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	ctype, ok := contentTypes[path.Ext(name)]
	if !ok || !fs.ValidPath(name) {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Vary", "Accept-Encoding")
	served, encoding := name, ""
	for _, e := range encodings {
		if accepts(r.Header.Get("Accept-Encoding"), e.name) {
			if st, err := fs.Stat(s.site, name+e.ext); err == nil && st.Mode().IsRegular() {
				served, encoding = name+e.ext, e.name
				break
			}
		}
	}
	body, err := fs.ReadFile(s.site, served)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	h.Set("Content-Type", ctype)
	if encoding != "" {
		// ServeContent leaves out Content-Length for encoded bodies, and
		// byte ranges of a compressed copy mean little: serve it whole,
		// with its length, so the browser can compile the wasm as it
		// streams in and show progress.
		h.Set("Content-Encoding", encoding)
		h.Set("Content-Length", strconv.Itoa(len(body)))
		r.Header.Del("Range")
	}
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", s.etag(served, body))
	// ServeContent answers If-None-Match with 304 and HEAD without a body.
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

func (s *staticFiles) etag(name string, body []byte) string {
	if e, ok := s.etags.Load(name); ok {
		return e.(string)
	}
	sum := sha256.Sum256(body)
	e := `"` + hex.EncodeToString(sum[:12]) + `"`
	s.etags.Store(name, e)
	return e
}

// accepts reports whether an Accept-Encoding header allows coding: listed
// by name or by *, and not with q=0.
func accepts(header, coding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		switch name {
		case coding:
			return q > 0
		case "*":
			star = q > 0
		}
	}
	return star
}
