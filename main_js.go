//go:build js

// On Cloudflare Workers this file is the program: the share API of
// share.go on Workers KV, behind the static site that Workers serves as
// static assets (see wrangler.toml and the README). It must not link the
// engine (main.go and trace.go are !js): a Worker's compressed size is
// capped at 3 MB.
package main

import (
	"errors"
	"net/http"
	"syscall/js"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"
)

func main() {
	// wrangler.toml binds the KV namespace as SHARES and the site as
	// ASSETS; BASE_URL (optional) fixes the origin of the links we hand
	// out, for a Worker reached through several hostnames.
	workers.Serve(newShareAPI(kvStore{binding: "SHARES"}, assetsPage{}, cloudflare.Getenv("BASE_URL")))
}

// assetsPage serves /s/{id}'s page from the static assets: Workers hands
// /api/* and /s/* to the Worker first (run_worker_first in wrangler.toml),
// and the Worker asks the ASSETS binding for the page as serve.go's
// pageHandler serves it: embed/index.html, the page one folder down, whose
// relative links work from /s/{id}. (html_handling = "drop-trailing-slash"
// serves that file at /embed, as serve.go does.)
//
// It speaks to the binding through syscall/js rather than through
// workers/cloudflare/fetch, whose http.Client would add 1.2 MB (gzip) to
// a Worker that must stay under 3 MB.
type assetsPage struct{}

func (assetsPage) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	headers := js.Global().Get("Headers").New()
	// Not Accept-Encoding: the body is read back decoded, so it is asked
	// for plain, and the platform compresses our answer again.
	for _, k := range []string{"Accept", "If-None-Match", "If-Modified-Since"} {
		if v := r.Header.Get(k); v != "" {
			headers.Call("set", k, v)
		}
	}
	init := js.Global().Get("Object").New()
	init.Set("method", r.Method)
	init.Set("headers", headers)
	init.Set("redirect", "manual")
	page := *r.URL
	page.Path, page.RawPath, page.RawQuery = "/embed", "", ""
	res, err := await(cloudflare.GetBinding("ASSETS").Call("fetch", page.String(), init))
	var body js.Value
	if err == nil {
		body, err = await(res.Call("arrayBuffer"))
	}
	if err != nil {
		writeError(w, http.StatusBadGateway, "the page could not be loaded: "+err.Error())
		return
	}
	h := w.Header()
	each := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if k := args[1].String(); k != "content-encoding" && k != "content-length" {
			h.Add(k, args[0].String())
		}
		return nil
	})
	res.Get("headers").Call("forEach", each)
	each.Release()
	b := js.Global().Get("Uint8Array").New(body)
	buf := make([]byte, b.Length())
	js.CopyBytesToGo(buf, b)
	w.WriteHeader(res.Get("status").Int())
	// Not even an empty Write for a HEAD: the workers package's response
	// is a pipe, and a write blocks until the runtime reads, which it
	// never does for a body-less answer.
	if len(buf) > 0 {
		w.Write(buf)
	}
}

// await blocks the calling goroutine until the promise p settles. The
// callbacks run on the JavaScript event loop, which keeps running while a
// goroutine waits.
func await(p js.Value) (js.Value, error) {
	done := make(chan js.Value, 1)
	failed := make(chan error, 1)
	then := js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- args[0]
		return nil
	})
	defer then.Release()
	catch := js.FuncOf(func(_ js.Value, args []js.Value) any {
		failed <- errors.New(args[0].Call("toString").String())
		return nil
	})
	defer catch.Release()
	p.Call("then", then, catch)
	select {
	case v := <-done:
		return v, nil
	case err := <-failed:
		return js.Value{}, err
	}
}
