//go:build !js

package main

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The page works from the keyboard alone: shortcuts, Tab through every
// control (each with a name and a visible focus), the editor's Tab that
// indents and Esc-then-Tab that leaves, undo, Enter on Run.
func TestKeyboardOnly(t *testing.T) {
	tb := newTab(t, "/", 1280, 900)
	key := func(k string, opts ...chromedp.KeyOption) { tb.t.Helper(); tb.run(chromedp.KeyEvent(k, opts...)) }
	step := func() int { tb.t.Helper(); return tb.state().Step }
	waitStep := func(i int) {
		tb.t.Helper()
		tb.poll(`document.getElementById('step-count').textContent.startsWith('step ` + itoa(i+1) + ` /')`)
	}
	checkNames(t, tb)
	tb.eval(`document.activeElement.blur(); 1`, nil)

	key("?")
	tb.poll(`document.getElementById('help-dialog').open`)
	key(kb.Escape)
	tb.poll(`!document.getElementById('help-dialog').open`)

	last := tb.state().Steps - 1
	key(kb.End)
	waitStep(last)
	key(kb.Home)
	waitStep(0)
	key(kb.ArrowRight)
	key(kb.ArrowRight)
	waitStep(2)
	key(kb.ArrowLeft)
	waitStep(1)
	key(kb.ArrowRight, chromedp.KeyModifiers(kb.ModifierShift))
	waitStep(min(11, last))
	key(kb.Home)
	waitStep(0)
	key(" ")
	tb.poll(`document.getElementById('play').getAttribute('aria-pressed') === 'true'`)
	key(" ")
	tb.poll(`document.getElementById('play').getAttribute('aria-pressed') === 'false'`)
	if step() < 0 {
		t.Fatal("no step shown")
	}

	// Tab through the page: every stop has a name and a visible focus.
	type stop struct {
		ID, Tag, Name, Outline string
	}
	var stops []stop
	seen := map[string]bool{}
	tb.eval(`document.activeElement.blur(); 1`, nil)
	for i := 0; i < 40 && !seen["code"]; i++ {
		key(kb.Tab)
		var s stop
		tb.eval(`(() => {
			const e = document.activeElement;
			const labels = e.labels ? [...e.labels].map(l => l.textContent.trim()).join(' ') : '';
			const name = e.getAttribute('aria-label') || labels || e.textContent.trim() || e.title || '';
			const cs = getComputedStyle(e.closest('.editor') || e);
			return {id: e.id || e.name || e.tagName, tag: e.tagName, name, outline: cs.outlineStyle + ' ' + cs.outlineWidth};
		})()`, &s)
		stops = append(stops, s)
		seen[s.ID] = true
		if s.Name == "" {
			t.Errorf("focus stop %d (%s) has no accessible name", i, s.ID)
		}
		if strings.HasPrefix(s.Outline, "none") || strings.HasSuffix(s.Outline, " 0px") {
			t.Errorf("focus stop %d (%s) shows no focus: %s", i, s.ID, s.Outline)
		}
	}
	for _, id := range []string{"run", "play", "back", "forward", "restart", "speed", "runtime", "examples", "copy-link", "help", "code"} {
		if !seen[id] {
			t.Errorf("Tab never reached #%s; stops: %+v", id, stops)
		}
	}

	// In the editor, Tab indents (and undo takes it back); Esc, Tab leaves.
	var before, after string
	tb.eval(`document.getElementById('code').value`, &before)
	key(kb.Tab)
	tb.eval(`document.getElementById('code').value`, &after)
	if after == before || strings.ReplaceAll(after, "  ", "") != strings.ReplaceAll(before, "  ", "") {
		t.Errorf("Tab in the editor should insert two spaces")
	}
	key("z", chromedp.KeyModifiers(kb.ModifierCtrl))
	tb.poll(`document.getElementById('code').value === ` + jsString(before))
	key(kb.Escape)
	key(kb.Tab)
	var focused string
	tb.eval(`document.activeElement.id`, &focused)
	if focused == "code" {
		t.Errorf("Esc then Tab should leave the editor")
	}

	// Ctrl+Enter runs from anywhere; Enter on the Run button too.
	tb.run(chromedp.Focus("#code"))
	key(kb.Enter, chromedp.KeyModifiers(kb.ModifierCtrl))
	tb.poll(`document.getElementById('play').getAttribute('aria-pressed') === 'true'`)
	tb.eval(`looplab.pause()`, nil)
	tb.run(chromedp.Focus("#run"))
	key(kb.Enter) // Run (while a run records, the same button stops it)
	tb.poll(`document.getElementById('play').getAttribute('aria-pressed') === 'true'`)
}

// At 375 px the panels stack in one column and nothing scrolls sideways;
// dark mode and reduced motion follow the system.
func TestMobileDarkReducedMotion(t *testing.T) {
	tb := newTab(t, "/", 375, 812)
	var layout struct {
		ScrollWidth           int
		EditorLeft, StackLeft float64
		StackTop, EditorTop   float64
	}
	tb.eval(`(() => {
		const r = (s) => document.querySelector(s).getBoundingClientRect();
		return {scrollWidth: document.documentElement.scrollWidth,
			editorLeft: r('.editor-pane').left, stackLeft: r('.stack-pane').left,
			editorTop: r('.editor-pane').top, stackTop: r('.stack-pane').top};
	})()`, &layout)
	if layout.ScrollWidth > 375 {
		t.Errorf("the page is %d px wide at 375", layout.ScrollWidth)
	}
	if layout.EditorLeft != layout.StackLeft || layout.StackTop <= layout.EditorTop {
		t.Errorf("panels do not stack: %+v", layout)
	}

	background := func() string {
		var bg string
		tb.eval(`getComputedStyle(document.body).backgroundColor`, &bg)
		return bg
	}
	light := background()
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}, {Name: "prefers-reduced-motion", Value: "reduce"}},
	}); err != nil {
		t.Fatal(err)
	}
	if dark := background(); dark == light {
		t.Errorf("dark mode keeps the background %s", dark)
	}
	var animation string
	tb.eval(`(() => { const e = document.createElement('li'); e.className = 'job enter'; document.getElementById('stack').append(e); const a = getComputedStyle(e).animationName; e.remove(); return a; })()`, &animation)
	if animation != "none" {
		t.Errorf("reduced motion still animates: %s", animation)
	}
}

// checkNames: every visible control has an accessible name; the console is
// a live region.
func checkNames(t *testing.T, tb *tab) {
	t.Helper()
	var unnamed []string
	tb.eval(`[...document.querySelectorAll('button, select, input, textarea, a[href]')]
		.filter(e => e.offsetParent !== null)
		.filter(e => !(e.getAttribute('aria-label') || (e.labels && [...e.labels].some(l => l.textContent.trim())) || e.textContent.trim() || e.title))
		.map(e => e.outerHTML)`, &unnamed)
	if len(unnamed) > 0 {
		t.Errorf("controls without a name: %q", unnamed)
	}
	var live string
	tb.eval(`document.getElementById('console').getAttribute('aria-live')`, &live)
	if live != "polite" {
		t.Errorf("console aria-live %q", live)
	}
}
