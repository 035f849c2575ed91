package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

// maxShareBody caps POST /api/share: a snippet people step through by eye
// is far smaller, and the cap keeps one request from filling the store.
const maxShareBody = 64 << 10

// The short-link API. It answers in JSON everywhere except /s/{id}, which
// is a page:
//
//	POST /api/share       {"code", "runtime"} → 201 {"id", "url"} (200 when
//	                      the snippet was shared before: same snippet, same id)
//	GET  /api/share/{id}  → {"id", "code", "runtime"}, cacheable forever
//	GET  /s/{id}          → the playground's page, which then fetches
//	                      /api/share/{id} and opens the snippet
//
// Errors are {"error": "message"} with 400 (not JSON, missing or wrong
// fields, unknown runtime, malformed id), 404 (unknown id), 405 (wrong
// method, with Allow), 413 (body over 64 KiB) or 500 (the store failed).
//
// CORS: only GET /api/share/{id} allows other origins (`*`, no
// credentials): shares are public and immutable, and a documentation page
// may fetch one to hand to an embedded playground through its load()
// verb. The embed itself needs no CORS: it is our own page in an iframe,
// calling its own origin, and the host page talks to it by postMessage.
// Creating shares stays same-origin so other sites' pages cannot use the
// store as a free paste bin.
type shareAPI struct {
	store Store
	// page answers GET /s/{id} with the playground's page once the id is
	// checked, with the page's own headers (CSP, caching): serve.go's
	// pageHandler on the local server, assetsPage (main_js.go) on Workers.
	page http.Handler
	// baseURL is the origin put in front of /s/{id} in answers, such as
	// "https://looplab.dev"; empty means the origin the request came to.
	baseURL string
}

// newShareAPI returns the handler for /api/ and /s/ (see shareAPI).
func newShareAPI(store Store, page http.Handler, baseURL string) http.Handler {
	return &shareAPI{store: store, page: page, baseURL: strings.TrimSuffix(baseURL, "/")}
}

func (a *shareAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch p := r.URL.Path; {
	case p == "/api/share":
		a.create(w, r)
	case strings.HasPrefix(p, "/api/share/"):
		a.fetch(w, r, strings.TrimPrefix(p, "/api/share/"))
	case strings.HasPrefix(p, "/s/"):
		a.open(w, r, strings.TrimPrefix(p, "/s/"))
	default:
		writeError(w, http.StatusNotFound, "nothing is served at "+p)
	}
}

// create is POST /api/share.
func (a *shareAPI) create(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here; POST a snippet")
		return
	}
	s, status, msg := readSnippet(w, r)
	if status != 0 {
		writeError(w, status, msg)
		return
	}
	id, created, err := saveSnippet(r.Context(), a.store, s)
	if err != nil {
		log.Printf("share: store: %v", err)
		writeError(w, http.StatusInternalServerError, "the snippet could not be stored; try again")
		return
	}
	url := a.origin(r) + "/s/" + id
	// A POST's answer is not cacheable anyway; no-store says so to
	// proxies that guess.
	w.Header().Set("Cache-Control", "no-store")
	status = http.StatusOK
	if created {
		w.Header().Set("Location", url)
		status = http.StatusCreated
	}
	writeJSON(w, status, struct {
		ID  string `json:"id"`
		URL string `json:"url"`
	}{id, url})
}

// readSnippet decodes and checks POST /api/share's body. A non-zero status
// is the error to answer with msg.
func readSnippet(w http.ResponseWriter, r *http.Request) (s snippet, status int, msg string) {
	tooBig := fmt.Sprintf("the request body is over %d KiB", maxShareBody>>10)
	if r.ContentLength > maxShareBody {
		drain(r.Body)
		return s, http.StatusRequestEntityTooLarge, tooBig
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxShareBody))
	dec.DisallowUnknownFields()
	// Pointers tell a missing field from an empty one.
	var body struct {
		Code    *string `json:"code"`
		Runtime *string `json:"runtime"`
	}
	err := dec.Decode(&body)
	if err == io.EOF {
		return s, http.StatusBadRequest, `the request body is empty; want {"code": "...", "runtime": "node"}`
	}
	if err == nil {
		// Read to the end, so that the size limit covers the whole body
		// and trailing garbage is not ignored.
		var extra json.RawMessage
		if err = dec.Decode(&extra); err == io.EOF {
			err = nil
		} else if err == nil {
			err = errors.New("there is more than one JSON value")
		}
	}
	var tooLarge *http.MaxBytesError
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &tooLarge):
		drain(r.Body)
		return s, http.StatusRequestEntityTooLarge, tooBig
	case errors.As(err, &typeErr) && typeErr.Field != "":
		return s, http.StatusBadRequest, fmt.Sprintf("%q must be a string", typeErr.Field)
	case errors.As(err, &typeErr):
		return s, http.StatusBadRequest, `the request body must be a JSON object like {"code": "...", "runtime": "node"}`
	case err != nil && strings.HasPrefix(err.Error(), "json: unknown field "):
		return s, http.StatusBadRequest, strings.TrimPrefix(err.Error(), "json: ") + `; a share has only "code" and "runtime"`
	case err != nil:
		return s, http.StatusBadRequest, "the request body is not JSON: " + strings.TrimPrefix(err.Error(), "json: ")
	case body.Code == nil:
		return s, http.StatusBadRequest, `missing field "code"`
	case body.Runtime == nil:
		return s, http.StatusBadRequest, `missing field "runtime" ("node" or "browser")`
	case *body.Code == "":
		return s, http.StatusBadRequest, `"code" is empty; there is nothing to share`
	case !runtimes[*body.Runtime]:
		return s, http.StatusBadRequest, fmt.Sprintf(`unknown runtime %q; want "node" or "browser"`, *body.Runtime)
	}
	return snippet{Code: *body.Code, Runtime: *body.Runtime}, 0, ""
}

// drain reads what is left of a body too large to store, up to 1 MiB,
// before the 413 goes out. Workers cannot answer while the client is still
// sending: the runtime then fails to pass the rest of the body on, and
// wrangler dev answers the connection's next request with a 503. (net/http
// drains up to 256 KiB by itself; past the limit both close the
// connection.)
func drain(body io.Reader) {
	io.CopyN(io.Discard, body, 1<<20)
}

// fetch is GET /api/share/{id}.
func (a *shareAPI) fetch(w http.ResponseWriter, r *http.Request, id string) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	switch r.Method {
	case http.MethodGet, http.MethodHead:
	case http.MethodOptions:
		// A preflight: only a cross-origin request with extra headers
		// sends one; plain fetch(url) does not.
		h.Set("Access-Control-Allow-Methods", "GET, HEAD")
		h.Set("Access-Control-Max-Age", "86400")
		h.Set("Allow", "GET, HEAD, OPTIONS")
		w.WriteHeader(http.StatusNoContent)
		return
	default:
		h.Set("Allow", "GET, HEAD, OPTIONS")
		writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here; shares are read with GET")
		return
	}
	if !validID(id) {
		writeError(w, http.StatusBadRequest, malformedID(id))
		return
	}
	// The id names the content, which never changes, so the id is an
	// exact validator and a revalidation needs no store read.
	etag := `"` + id + `"`
	if inm := r.Header.Get("If-None-Match"); inm != "" && (inm == etag || inm == "W/"+etag) {
		setImmutable(h, etag)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	s, err := loadSnippet(r.Context(), a.store, id)
	if errors.Is(err, errNotFound) {
		writeError(w, http.StatusNotFound, unknownID(id))
		return
	}
	if err != nil {
		log.Printf("share: load %s: %v", id, err)
		writeError(w, http.StatusInternalServerError, "the snippet could not be read; try again")
		return
	}
	setImmutable(h, etag)
	writeJSON(w, http.StatusOK, struct {
		ID string `json:"id"`
		snippet
	}{id, s})
}

// open is GET /s/{id}: the page, with the status the id deserves. A
// malformed or unknown id still gets the page (status 400 or 404), which
// asks /api/share/{id}, shows the error as a notice and stays usable.
func (a *shareAPI) open(w http.ResponseWriter, r *http.Request, id string) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here; open the link with GET")
		return
	}
	status := http.StatusOK
	if !validID(id) {
		status = http.StatusBadRequest
	} else if _, err := a.store.Get(r.Context(), id); errors.Is(err, errNotFound) {
		status = http.StatusNotFound
	} else if err != nil {
		log.Printf("share: open %s: %v", id, err)
		status = http.StatusInternalServerError
	}
	if status != http.StatusOK {
		// The page must come whole with the error status, not as a 304.
		r = r.Clone(r.Context())
		r.Header.Del("If-None-Match")
		r.Header.Del("If-Modified-Since")
		w = &statusWriter{ResponseWriter: w, status: status}
	}
	a.page.ServeHTTP(w, r)
}

// statusWriter turns the page handler's 200 into an error status and
// keeps such a page out of caches (the id may be shared later).
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusWriter) WriteHeader(code int) {
	if w.wrote {
		return
	}
	w.wrote = true
	if code == http.StatusOK {
		code = w.status
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Del("ETag")
		w.Header().Del("Last-Modified")
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// origin is the scheme and host that short links start with.
func (a *shareAPI) origin(r *http.Request) string {
	if a.baseURL != "" {
		return a.baseURL
	}
	// On Workers the request URL is absolute; a Go server sees only the
	// path and the Host header.
	if r.URL.Scheme != "" && r.URL.Host != "" {
		return r.URL.Scheme + "://" + r.URL.Host
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func malformedID(id string) string {
	return fmt.Sprintf("malformed share id %q: an id is %d to %d characters of A-Z, a-z, 0-9, - and _", id, minIDLen, maxIDLen)
}

func unknownID(id string) string {
	return fmt.Sprintf("no snippet is shared as %q", id)
}

// setImmutable marks a share as cacheable forever: its id is derived from
// its content, so what an id names can never change.
func setImmutable(h http.Header, etag string) {
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", etag)
}

// writeError answers {"error": msg}. Errors are never cached: a 404 id may
// be shared a second later, and a 500 may pass.
func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, status, struct {
		Error string `json:"error"`
	}{msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		// Only our own structs of strings get here.
		panic(err)
	}
	b = append(b, '\n')
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", fmt.Sprint(len(b)))
	w.WriteHeader(status)
	// Also for HEAD: net/http drops the body itself, and on Workers a
	// Content-Length with no body behind it fails the response.
	w.Write(b)
}
