package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// memStore is a Store in a map, for the handler tests.
type memStore struct {
	mu sync.Mutex
	m  map[string][]byte
}

func newMemStore() *memStore { return &memStore{m: map[string][]byte{}} }

func (s *memStore) Get(ctx context.Context, key string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v, ok := s.m[key]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("share %s: %w", key, errNotFound)
}

func (s *memStore) Add(ctx context.Context, key string, value []byte) ([]byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if v, ok := s.m[key]; ok {
		return v, false, nil
	}
	s.m[key] = value
	return value, true, nil
}

// testPage stands in for serve.go's pageHandler: a page with its own
// validator, so the tests see what /s/{id} does with the page's headers.
const testPageBody = "<!doctype html><title>looplab</title>\n"

var testPage = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", `"page"`)
	if r.Header.Get("If-None-Match") == `"page"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, testPageBody)
})

// A shareCase is one request and what must come back. The cases run in
// order against one empty store, so later cases see what earlier ones
// stored. The same table runs against the handler (TestShareAPI) and
// against the Worker under wrangler dev (TestWorker).
type shareCase struct {
	desc   string
	method string
	path   string
	header map[string]string
	body   string
	// chunked sends the body without a Content-Length.
	chunked bool

	status int
	// want is the exact body; ORIGIN in it stands for the server's origin.
	want       string
	wantHeader map[string]string // "" means the header must be absent
}

var (
	hello        = snippet{Code: "console.log('hello, 世界 👋')", Runtime: "node"}
	helloID      = candidateID(hello, 0)
	helloBrowser = snippet{Code: hello.Code, Runtime: "browser"}
	unknownID10  = "AAAAAAAAAA"
)

func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func errorJSON(msg string) string { return jsonOf(map[string]string{"error": msg}) + "\n" }

func createdJSON(id string) string {
	return `{"id":"` + id + `","url":"ORIGIN/s/` + id + `"}` + "\n"
}

func shareCases() []shareCase {
	// A body of exactly 64 KiB is accepted; one byte more is not.
	code := func(size int) string {
		pad := size - len(`{"code":"","runtime":"node"}`)
		return `{"code":"` + strings.Repeat("x", pad) + `","runtime":"node"}`
	}
	atLimit := code(maxShareBody)
	overLimit := code(maxShareBody + 1)
	var atLimitSnippet snippet
	json.Unmarshal([]byte(atLimit), &atLimitSnippet)

	immutable := "public, max-age=31536000, immutable"
	return []shareCase{
		// POST /api/share
		{desc: "share", method: "POST", path: "/api/share", body: jsonOf(hello),
			status: 201, want: createdJSON(helloID),
			wantHeader: map[string]string{"Content-Type": "application/json", "Location": "ORIGIN/s/" + helloID,
				"Cache-Control": "no-store", "Access-Control-Allow-Origin": ""}},
		{desc: "same snippet, same id", method: "POST", path: "/api/share", body: jsonOf(hello),
			status: 200, want: createdJSON(helloID), wantHeader: map[string]string{"Location": ""}},
		{desc: "same snippet in other words", method: "POST", path: "/api/share",
			body:   "\n{ \"runtime\": \"node\",\n  \"code\": \"console.log('hello, \\u4e16\\u754c \\ud83d\\udc4b')\" }\n",
			status: 200, want: createdJSON(helloID)},
		{desc: "the runtime is part of the snippet", method: "POST", path: "/api/share", body: jsonOf(helloBrowser),
			status: 201, want: createdJSON(candidateID(helloBrowser, 0))},
		{desc: "body of exactly 64 KiB", method: "POST", path: "/api/share", body: atLimit,
			status: 201, want: createdJSON(candidateID(atLimitSnippet, 0))},
		{desc: "body over 64 KiB", method: "POST", path: "/api/share", body: overLimit,
			status: 413, want: errorJSON("the request body is over 64 KiB")},
		{desc: "body over 64 KiB, no Content-Length", method: "POST", path: "/api/share", body: overLimit, chunked: true,
			status: 413, want: errorJSON("the request body is over 64 KiB")},
		{desc: "not JSON", method: "POST", path: "/api/share", body: "code=1",
			status: 400, want: errorJSON("the request body is not JSON: invalid character 'c' looking for beginning of value")},
		{desc: "cut short", method: "POST", path: "/api/share", body: `{"code": "1"`,
			status: 400, want: errorJSON("the request body is not JSON: unexpected EOF")},
		{desc: "empty body", method: "POST", path: "/api/share",
			status: 400, want: errorJSON(`the request body is empty; want {"code": "...", "runtime": "node"}`)},
		{desc: "not an object", method: "POST", path: "/api/share", body: `["console.log(1)", "node"]`,
			status: 400, want: errorJSON(`the request body must be a JSON object like {"code": "...", "runtime": "node"}`)},
		{desc: "null", method: "POST", path: "/api/share", body: `null`,
			status: 400, want: errorJSON(`missing field "code"`)},
		{desc: "missing code", method: "POST", path: "/api/share", body: `{"runtime": "node"}`,
			status: 400, want: errorJSON(`missing field "code"`)},
		{desc: "missing runtime", method: "POST", path: "/api/share", body: `{"code": "1"}`,
			status: 400, want: errorJSON(`missing field "runtime" ("node" or "browser")`)},
		{desc: "empty code", method: "POST", path: "/api/share", body: `{"code": "", "runtime": "node"}`,
			status: 400, want: errorJSON(`"code" is empty; there is nothing to share`)},
		{desc: "code not a string", method: "POST", path: "/api/share", body: `{"code": 1, "runtime": "node"}`,
			status: 400, want: errorJSON(`"code" must be a string`)},
		{desc: "unknown runtime", method: "POST", path: "/api/share", body: `{"code": "1", "runtime": "deno"}`,
			status: 400, want: errorJSON(`unknown runtime "deno"; want "node" or "browser"`)},
		{desc: "unknown field", method: "POST", path: "/api/share", body: `{"code": "1", "runtime": "node", "step": 3}`,
			status: 400, want: errorJSON(`unknown field "step"; a share has only "code" and "runtime"`)},
		{desc: "two JSON values", method: "POST", path: "/api/share", body: jsonOf(hello) + jsonOf(hello),
			status: 400, want: errorJSON("the request body is not JSON: there is more than one JSON value")},
		{desc: "GET /api/share", method: "GET", path: "/api/share",
			status: 405, want: errorJSON("GET is not allowed here; POST a snippet"),
			wantHeader: map[string]string{"Allow": "POST"}},

		// GET /api/share/{id}
		{desc: "fetch", method: "GET", path: "/api/share/" + helloID,
			status: 200, want: `{"id":"` + helloID + `","code":"console.log('hello, 世界 👋')","runtime":"node"}` + "\n",
			wantHeader: map[string]string{"Content-Type": "application/json", "Cache-Control": immutable,
				"ETag": `"` + helloID + `"`, "Access-Control-Allow-Origin": "*"}},
		{desc: "fetch, HEAD", method: "HEAD", path: "/api/share/" + helloID,
			status: 200, want: "", wantHeader: map[string]string{"Cache-Control": immutable}},
		{desc: "fetch, revalidated", method: "GET", path: "/api/share/" + helloID,
			header: map[string]string{"If-None-Match": `"` + helloID + `"`},
			status: 304, want: "", wantHeader: map[string]string{"ETag": `"` + helloID + `"`, "Cache-Control": immutable}},
		{desc: "fetch, unknown id", method: "GET", path: "/api/share/" + unknownID10,
			status: 404, want: errorJSON(`no snippet is shared as "AAAAAAAAAA"`),
			wantHeader: map[string]string{"Cache-Control": "no-store", "Access-Control-Allow-Origin": "*"}},
		{desc: "fetch, id too short", method: "GET", path: "/api/share/abc",
			status: 400, want: errorJSON(malformedID("abc"))},
		{desc: "fetch, id too long", method: "GET", path: "/api/share/" + helloID + "XYZ",
			status: 400, want: errorJSON(malformedID(helloID + "XYZ"))},
		{desc: "fetch, id with a character outside base64url", method: "GET", path: "/api/share/abcdefghi.",
			status: 400, want: errorJSON(malformedID("abcdefghi."))},
		{desc: "fetch, id with a slash", method: "GET", path: "/api/share/abcde/fghij",
			status: 400, want: errorJSON(malformedID("abcde/fghij"))},
		{desc: "fetch, no id", method: "GET", path: "/api/share/",
			status: 400, want: errorJSON(malformedID(""))},
		{desc: "fetch, wrong method", method: "DELETE", path: "/api/share/" + helloID,
			status: 405, want: errorJSON("DELETE is not allowed here; shares are read with GET"),
			wantHeader: map[string]string{"Allow": "GET, HEAD, OPTIONS"}},
		{desc: "fetch, CORS preflight", method: "OPTIONS", path: "/api/share/" + helloID,
			header: map[string]string{"Origin": "https://docs.example", "Access-Control-Request-Method": "GET"},
			status: 204, want: "",
			wantHeader: map[string]string{"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, HEAD"}},

		// GET /s/{id}
		{desc: "open", method: "GET", path: "/s/" + helloID, status: 200, want: testPageBody},
		{desc: "open, HEAD", method: "HEAD", path: "/s/" + helloID, status: 200, want: ""},
		{desc: "open, unknown id: the page, to show a notice", method: "GET", path: "/s/" + unknownID10,
			header: map[string]string{"If-None-Match": `"page"`},
			status: 404, want: testPageBody, wantHeader: map[string]string{"Cache-Control": "no-store", "ETag": ""}},
		{desc: "open, malformed id", method: "GET", path: "/s/%E4%B8%96%E7%95%8C",
			status: 400, want: testPageBody, wantHeader: map[string]string{"Cache-Control": "no-store"}},
		{desc: "open, wrong method", method: "POST", path: "/s/" + helloID, body: jsonOf(hello),
			status: 405, want: errorJSON("POST is not allowed here; open the link with GET"),
			wantHeader: map[string]string{"Allow": "GET, HEAD"}},

		{desc: "unknown API", method: "GET", path: "/api/shares",
			status: 404, want: errorJSON("nothing is served at /api/shares")},
	}
}

// runShareCases sends each case to origin through client and checks the
// answer.
func runShareCases(t *testing.T, client *http.Client, origin string) {
	for _, tc := range shareCases() {
		var body io.Reader = strings.NewReader(tc.body)
		if tc.chunked {
			// Hiding the reader's type keeps net/http from setting
			// Content-Length.
			body = io.MultiReader(body)
		}
		req, err := http.NewRequest(tc.method, origin+tc.path, body)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range tc.header {
			req.Header.Set(k, v)
		}
		res, err := client.Do(req)
		if err != nil {
			t.Fatalf("%s: %v", tc.desc, err)
		}
		got, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			t.Fatalf("%s: reading the body: %v", tc.desc, err)
		}
		if res.StatusCode != tc.status {
			t.Errorf("%s: %s %s: status %d, want %d (body %.200q)", tc.desc, tc.method, tc.path, res.StatusCode, tc.status, got)
		}
		if want := strings.ReplaceAll(tc.want, "ORIGIN", origin); string(got) != want {
			t.Errorf("%s: body\n%.300s\nwant\n%.300s", tc.desc, got, want)
		}
		for k, v := range tc.wantHeader {
			v = strings.ReplaceAll(v, "ORIGIN", origin)
			if g := res.Header.Get(k); g != v {
				t.Errorf("%s: header %s = %q, want %q", tc.desc, k, g, v)
			}
		}
	}
}

func TestShareAPI(t *testing.T) {
	srv := httptest.NewServer(newShareAPI(newMemStore(), testPage, ""))
	defer srv.Close()
	runShareCases(t, srv.Client(), srv.URL)
}

// TestSharePage checks that /s/{id} passes the page handler's own headers
// and revalidation through for a known id (the page is the same for every
// id), and never for an error.
func TestSharePage(t *testing.T) {
	store := newMemStore()
	saveSnippet(context.Background(), store, hello)
	h := newShareAPI(store, testPage, "")
	for _, tc := range []struct {
		path, inm string
		status    int
		etag, cc  string
	}{
		{"/s/" + helloID, "", 200, `"page"`, "no-cache"},
		{"/s/" + helloID, `"page"`, 304, `"page"`, "no-cache"},
		{"/s/" + unknownID10, `"page"`, 404, "", "no-store"},
		{"/s/x", `"page"`, 400, "", "no-store"},
	} {
		r := httptest.NewRequest("GET", tc.path, nil)
		if tc.inm != "" {
			r.Header.Set("If-None-Match", tc.inm)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tc.status || w.Header().Get("ETag") != tc.etag || w.Header().Get("Cache-Control") != tc.cc {
			t.Errorf("GET %s (If-None-Match %s): %d ETag %q Cache-Control %q; want %d %q %q", tc.path, tc.inm,
				w.Code, w.Header().Get("ETag"), w.Header().Get("Cache-Control"), tc.status, tc.etag, tc.cc)
		}
	}
}

func TestShareBaseURL(t *testing.T) {
	h := newShareAPI(newMemStore(), testPage, "https://looplab.example/")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("POST", "/api/share", strings.NewReader(jsonOf(hello))))
	if want := createdJSON(helloID); w.Body.String() != strings.ReplaceAll(want, "ORIGIN", "https://looplab.example") {
		t.Errorf("got %s", w.Body)
	}
}

// brokenStore fails every call, as a full disk or an unreachable KV would.
type brokenStore struct{}

func (brokenStore) Get(context.Context, string) ([]byte, error) {
	return nil, errors.New("disk on fire")
}
func (brokenStore) Add(context.Context, string, []byte) ([]byte, bool, error) {
	return nil, false, errors.New("disk on fire")
}

func TestShareStoreFailure(t *testing.T) {
	h := newShareAPI(brokenStore{}, testPage, "")
	for _, tc := range []struct {
		method, path, body string
		status             int
		want               string
	}{
		{"POST", "/api/share", jsonOf(hello), 500, errorJSON("the snippet could not be stored; try again")},
		{"GET", "/api/share/" + helloID, "", 500, errorJSON("the snippet could not be read; try again")},
		{"GET", "/s/" + helloID, "", 500, testPageBody},
	} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(tc.method, tc.path, strings.NewReader(tc.body)))
		if w.Code != tc.status || w.Body.String() != tc.want {
			t.Errorf("%s %s: %d %q, want %d %q", tc.method, tc.path, w.Code, w.Body, tc.status, tc.want)
		}
	}
}

// TestShareThroughSite runs the API behind serve.go's handler, wired as
// serveMain wires it: the page of /s/{id} is serve.go's pageHandler, and
// every answer carries the site's headers.
func TestShareThroughSite(t *testing.T) {
	site := fstest.MapFS{
		"index.html":       {Data: []byte("<!doctype html>home")},
		"embed/index.html": {Data: []byte("<!doctype html>page")},
	}
	h := newHandler(site, newShareAPI(newMemStore(), pageHandler(site), ""))
	for _, tc := range []struct {
		method, path, body string
		status             int
		want               string
	}{
		{"POST", "/api/share", jsonOf(hello), 201, createdJSON(helloID)},
		{"GET", "/api/share/" + helloID, "", 200, jsonOf(struct {
			ID string `json:"id"`
			snippet
		}{helloID, hello}) + "\n"},
		{"GET", "/s/" + helloID, "", 200, "<!doctype html>page"},
		{"GET", "/s/" + unknownID10, "", 404, "<!doctype html>page"},
	} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(tc.method, tc.path, strings.NewReader(tc.body)))
		want := strings.ReplaceAll(tc.want, "ORIGIN", "http://example.com")
		if w.Code != tc.status || w.Body.String() != want {
			t.Errorf("%s %s: %d %q, want %d %q", tc.method, tc.path, w.Code, w.Body, tc.status, want)
		}
		if w.Header().Get("Content-Security-Policy") == "" {
			t.Errorf("%s %s: no Content-Security-Policy", tc.method, tc.path)
		}
	}
}
