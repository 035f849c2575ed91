//go:build js && wasm

package main

import (
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"syscall/js"
	"unicode/utf8"

	"looplab/wasm/protocol"
)

// Share links carry the snippet in the URL fragment, which never reaches a
// server:
//
//	#v1.<base64url of the raw-deflate of a UTF-8 JSON object>
//	{"code": "...", "runtime": "node"|"browser", "speed": 10, "step": 42}
//
// The version prefix lets a later format coexist; the JSON is Unicode by
// construction, so emoji and CJK survive. A link the page cannot read (not
// base64, truncated deflate, bad JSON, a future version) gives a notice and
// the default example. The fragment is only ever read as data.

const (
	fragmentVersion = 1
	maxFragment     = 256 << 10 // characters of fragment worth trying to read
	maxSnippet      = 1 << 20   // bytes of decompressed JSON
)

// snippet is what a link restores.
type snippet struct {
	code, runtime string
	speed         float64
	step          int
}

// errFutureLink is a link from a later looplab.
var errFutureLink = errors.New("this link was made by a newer looplab")

// encodeFragment spells a snippet as a fragment (without the '#').
func encodeFragment(s snippet) (string, error) {
	body := stringify(map[string]any{"code": s.code, "runtime": s.runtime, "speed": s.speed, "step": s.step})
	data := global.Get("TextEncoder").New().Call("encode", body)
	packed, err := pipe(data, "CompressionStream", 0)
	if err != nil {
		return "", err
	}
	return "v" + strconv.Itoa(fragmentVersion) + "." + base64.RawURLEncoding.EncodeToString(packed), nil
}

// decodeFragment reads a fragment (without the '#').
func decodeFragment(frag string) (snippet, error) {
	var s snippet
	if len(frag) > maxFragment {
		return s, errors.New("the link is too long")
	}
	version, payload, ok := strings.Cut(frag, ".")
	n, err := strconv.Atoi(strings.TrimPrefix(version, "v"))
	if !ok || !strings.HasPrefix(version, "v") || err != nil || n < 1 {
		return s, errors.New("the link is not a looplab link")
	}
	if n > fragmentVersion {
		return s, errFutureLink
	}
	packed, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil {
		return s, errors.New("the link is damaged (not base64url)")
	}
	arr := global.Get("Uint8Array").New(len(packed))
	js.CopyBytesToJS(arr, packed)
	raw, err := pipe(arr, "DecompressionStream", maxSnippet)
	if err != nil {
		return s, errors.New("the link is damaged or cut short")
	}
	body, err := decodeUTF8(raw)
	if err != nil {
		return s, err
	}
	v, err := protocol.Parse(body)
	if _, ok := protocol.Get(v, "code").(string); err != nil || !ok {
		return s, errors.New("the link is damaged (no code in it)")
	}
	s = snippet{code: protocol.Str(v, "code"), runtime: protocol.Str(v, "runtime"), speed: protocol.Num(v, "speed"), step: protocol.Int(v, "step")}
	if s.runtime != "browser" {
		s.runtime = "node"
	}
	return s, nil
}

// noop is a promise handler that ignores what it is given; it lives as long
// as the page, since a promise may settle long after its caller returned.
var noop = js.FuncOf(func(js.Value, []js.Value) any { return nil })

// pipe runs bytes through a CompressionStream or DecompressionStream
// ("deflate-raw") and collects the output, failing past limit bytes (when
// limit > 0) so that a tiny link cannot inflate into gigabytes.
func pipe(data js.Value, stream string, limit int) ([]byte, error) {
	codec := global.Get(stream).New("deflate-raw")
	writer := codec.Get("writable").Call("getWriter")
	reader := codec.Get("readable").Call("getReader")
	// The writes settle as the reader drains them; their failure shows
	// up as the reader's.
	writer.Call("write", data).Call("catch", noop)
	writer.Call("close").Call("catch", noop)
	var out []byte
	for {
		chunk, err := await(reader.Call("read"))
		if err != nil {
			return nil, err
		}
		if chunk.Get("done").Bool() {
			return out, nil
		}
		v := chunk.Get("value")
		buf := make([]byte, v.Get("length").Int())
		js.CopyBytesToGo(buf, v)
		out = append(out, buf...)
		if limit > 0 && len(out) > limit {
			reader.Call("cancel").Call("catch", noop)
			return nil, errors.New("the link holds too much")
		}
	}
}

func decodeUTF8(b []byte) (string, error) {
	s := string(b)
	if !utf8.ValidString(s) {
		return "", errors.New("the link is damaged (not UTF-8)")
	}
	return s, nil
}

// linkFor is the page's URL with a snippet's fragment.
func (a *app) linkFor(s snippet) (string, error) {
	frag, err := encodeFragment(s)
	if err != nil {
		return "", err
	}
	loc := global.Get("location")
	return loc.Get("origin").String() + loc.Get("pathname").String() + "#" + frag, nil
}

// snapshot is the page's state as a link keeps it.
func (a *app) snapshot() snippet {
	step := 0
	if a.shown > 0 {
		step = a.shown
	}
	return snippet{code: a.ed.text(), runtime: a.runtime, speed: a.speed, step: step}
}

// copyLink puts the snippet in the address bar's fragment and on the
// clipboard.
func (a *app) copyLink() {
	s := a.snapshot()
	frag, err := encodeFragment(s)
	if err != nil {
		showNotice("Could not make a link: "+err.Error(), true)
		return
	}
	global.Get("history").Call("replaceState", nil, "", "#"+frag)
	copyToClipboard(global.Get("location").Get("href").String(), "Link copied: it restores this code, runtime, speed and step.")
}

// shortLink asks the server for a short link (POST /api/share) and falls
// back to the fragment link on a static host (404, 405) or any failure.
func (a *app) shortLink() {
	s := a.snapshot()
	body := stringify(map[string]any{"code": s.code, "runtime": s.runtime})
	init := js.ValueOf(map[string]any{
		"method": "POST", "body": body,
		"headers": map[string]any{"Content-Type": "application/json"},
	})
	resp, err := await(global.Call("fetch", apiURL("api/share"), init))
	if err == nil && resp.Get("ok").Bool() {
		if v, jerr := await(resp.Call("json")); jerr == nil && str(v, "url") != "" {
			link := global.Get("URL").New(str(v, "url"), global.Get("location").Get("href")).Get("href").String()
			copyToClipboard(link, "Short link copied: "+link)
			return
		}
	}
	link, lerr := a.linkFor(s)
	if lerr != nil {
		showNotice("Could not make a link: "+lerr.Error(), true)
		return
	}
	global.Get("history").Call("replaceState", nil, "", link)
	copyToClipboard(link, "This server keeps no short links, so the full link was copied instead.")
}

// openShortLink loads the snippet behind /s/{id}.
func (a *app) openShortLink(id string) bool {
	resp, err := await(global.Call("fetch", apiURL("api/share/"+id)))
	if err != nil || !resp.Get("ok").Bool() {
		showNotice("That short link was not found; here is the default example.", true)
		return false
	}
	v, err := await(resp.Call("json"))
	if err != nil || field(v, "code").Type() != js.TypeString {
		showNotice("That short link's snippet could not be read; here is the default example.", true)
		return false
	}
	a.load(str(v, "code"), str(v, "runtime"), "")
	return true
}

// apiURL resolves a path of the site's API against the site's root.
func apiURL(p string) string {
	return global.Get("looplabBoot").Get("root").String() + p
}

// showEmbed shows an <iframe> snippet for the current code.
func (a *app) showEmbed() {
	frag, err := encodeFragment(a.snapshot())
	if err != nil {
		showNotice("Could not make a link: "+err.Error(), true)
		return
	}
	src := global.Get("looplabBoot").Get("root").String() + "embed?autoplay=1#" + frag
	snippet := `<iframe src="` + htmlAttr(src) + `" title="looplab: JavaScript event loop playground" width="100%" height="560" style="border:0" loading="lazy"></iframe>`
	byID("embed-code").Underlying().Set("value", snippet)
	showDialog("embed-dialog")
	byID("embed-code").Underlying().Call("select")
}

// htmlAttr escapes a value for a double-quoted HTML attribute in the
// snippet the user copies (the page itself never parses it).
func htmlAttr(s string) string {
	return strings.NewReplacer("&", "&amp;", `"`, "&quot;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func copyToClipboard(link, done string) {
	cb := global.Get("navigator").Get("clipboard")
	if cb.Type() == js.TypeObject {
		if _, err := await(cb.Call("writeText", link)); err == nil {
			showNotice(done, false)
			return
		}
	}
	showNotice("Copy this link: "+link, false)
}
