//go:build js && wasm

package main

import (
	"strconv"
	"strings"
	"syscall/js"
	"unicode/utf16"
	"unicode/utf8"

	"honnef.co/go/js/dom/v2"

	"looplab/wasm/protocol"
	"looplab/wasm/syntax"
)

// lineHeight is the editor's line height in pixels (app.css: --code-line).
const lineHeight = 20

// maxMarkedLines bounds how many lines the current step's highlight
// covers: a step that points at a whole function marks its first lines.
const maxMarkedLines = 30

// editor is a textarea laid over a colored copy of its text. The textarea
// does the editing (caret, selection, undo, IME, accessibility); the copy
// below it (aria-hidden) shows the colors, the current step's expression
// and the error line. Its text is transparent once the copy is drawn; until
// the UI has loaded it is an ordinary textarea, so the code shows at once.
type editor struct {
	box, gutter, pre element
	ta               *dom.HTMLTextAreaElement

	lines  []editorLine
	value  string // the text the lines were drawn from
	edited bool   // the textarea's text may differ from value
	size   [2]int // lines and columns the textarea was sized for
	dirty  bool
	// The box's scroll offset and height, kept from its scroll events
	// and a ResizeObserver: following the current step's line reads no
	// layout, which in the middle of a frame would make the browser lay
	// the page out before it is done changing.
	scrollTop, height int
	current           *protocol.Span
	errLine           int
	errMsg            string
	escaped           bool // Esc was pressed: the next Tab leaves the editor
	onChange          func()
	onRun             func()
}

// editorLine is one drawn line: what it was drawn from, so that a change
// redraws only the lines that differ.
type editorLine struct {
	text         string
	start        syntax.State
	markA, markB int // byte offsets of the marked range; -1 when none
	current, err bool
	el, num      element
}

func newEditor() *editor {
	e := &editor{
		box: byID("editor"), gutter: byID("gutter"), pre: byID("highlight"),
		ta: &dom.HTMLTextAreaElement{BasicHTMLElement: byID("code")}, dirty: true, edited: true,
	}
	box := e.box.Underlying()
	e.box.AddEventListener("scroll", false, func(dom.Event) { e.scrollTop = box.Get("scrollTop").Int() })
	global.Get("ResizeObserver").New(js.FuncOf(func(js.Value, []js.Value) any {
		e.height = box.Get("clientHeight").Int()
		return nil
	})).Call("observe", box)
	e.ta.AddEventListener("input", false, func(dom.Event) {
		e.edited = true
		e.touch()
		if e.onChange != nil {
			e.onChange()
		}
	})
	e.ta.AddEventListener("keydown", false, e.keydown)
	return e
}

func (e *editor) text() string { return e.ta.Value() }

// setText replaces the code (the examples menu, a link, the host API).
func (e *editor) setText(s string) {
	e.ta.SetValue(s)
	e.edited = true
	e.current = nil
	e.touch()
}

func (e *editor) setReadOnly(on bool) { e.ta.SetReadOnly(on) }

// setCurrent marks the source range of the step shown.
func (e *editor) setCurrent(s *protocol.Span) {
	if s == nil && e.current == nil || s != nil && e.current != nil && *s == *e.current {
		return
	}
	old := e.current
	e.current = s
	e.touch()
	if s != nil && (old == nil || old.Line != s.Line) {
		e.reveal(s.Line)
	}
}

// setError marks a syntax error's line (nil clears it) and says what it is
// below the editor.
func (e *editor) setError(se *protocol.SyntaxError) {
	msg := ""
	line := 0
	if se != nil {
		line = se.Line
		msg = "Line " + strconv.Itoa(se.Line) + ":" + strconv.Itoa(se.Column) + " SyntaxError: " + se.Message
		e.reveal(line)
	}
	byID("error").SetTextContent(msg)
	if line != e.errLine || msg != e.errMsg {
		e.errLine, e.errMsg = line, msg
		e.touch()
	}
}

// reveal scrolls the editor so that a line is in view.
func (e *editor) reveal(line int) {
	if e.height == 0 { // not laid out yet
		e.height = e.box.Underlying().Get("clientHeight").Int()
	}
	top := (line - 1) * lineHeight
	if top < e.scrollTop || top+2*lineHeight > e.scrollTop+e.height {
		e.setScroll(max(0, top-e.height/3))
	}
}

// setScroll scrolls the editor to y pixels from its top.
func (e *editor) setScroll(y int) {
	e.box.Underlying().Set("scrollTop", y)
	e.scrollTop = y // until the scroll event says where the browser stopped
}

// touch says the lines need drawing again, in the next frame.
func (e *editor) touch() {
	e.dirty = true
	requestFrame()
}

// frame redraws the lines that changed since the last frame.
func (e *editor) frame() {
	if !e.dirty {
		return
	}
	e.dirty = false
	if e.edited {
		e.value = e.ta.Value()
		e.edited = false
	}
	value := e.value
	texts := strings.Split(value, "\n")
	var st syntax.State
	cols := 1
	for i, t := range texts {
		n := i + 1
		a, b := e.markRange(n, t)
		want := editorLine{text: t, start: st, markA: a, markB: b, err: n == e.errLine,
			current: e.current != nil && n == e.current.Line}
		toks, next := syntax.Line(t, st)
		st = next
		cols = max(cols, utf8.RuneCountInString(t))
		if i == len(e.lines) {
			want.el = create("span", "ln")
			want.num = text("div", "", strconv.Itoa(n))
			e.pre.AppendChild(want.el)
			e.gutter.AppendChild(want.num)
			e.lines = append(e.lines, editorLine{el: want.el, num: want.num, markA: -2})
		}
		old := &e.lines[i]
		want.el, want.num = old.el, old.num
		if *old == want {
			continue
		}
		drawLine(want.el, toks, a, b)
		setClass(want.el, "current", want.current)
		setClass(want.el, "error", want.err)
		setClass(want.num, "current", want.current)
		setClass(want.num, "error", want.err)
		if want.err {
			want.num.SetAttribute("title", e.errMsg)
		} else {
			want.num.RemoveAttribute("title")
		}
		*old = want
	}
	for len(e.lines) > len(texts) {
		l := e.lines[len(e.lines)-1]
		e.pre.RemoveChild(l.el)
		e.gutter.RemoveChild(l.num)
		e.lines = e.lines[:len(e.lines)-1]
	}
	if len(texts) != e.size[0] || cols != e.size[1] {
		style := e.ta.Style()
		style.SetProperty("--lines", strconv.Itoa(len(texts)), "")
		style.SetProperty("--cols", strconv.Itoa(cols), "")
		e.size = [2]int{len(texts), cols}
		e.box.Class().Add("enhanced")
	}
}

// markRange is the part of line n (text t) inside the current step's span,
// as byte offsets; -1, -1 when none.
func (e *editor) markRange(n int, t string) (int, int) {
	s := e.current
	if s == nil || n < s.Line || n > s.EndLine || n >= s.Line+maxMarkedLines {
		return -1, -1
	}
	a, b := 0, len(t)
	if n == s.Line {
		a = byteOffset(t, s.Col)
	}
	if n == s.EndLine {
		b = byteOffset(t, s.EndCol)
	}
	if b <= a {
		// An empty range marks the character it stands before.
		b = a
		if a < len(t) {
			_, size := utf8.DecodeRuneInString(t[a:])
			b = a + size
		}
	}
	return a, b
}

// byteOffset converts a 1-based column in UTF-16 code units (what the
// engine and editors count) to a byte offset in t.
func byteOffset(t string, col int) int {
	units := 0
	for i, r := range t {
		if units >= col-1 {
			return i
		}
		units += utf16.RuneLen(r)
	}
	return len(t)
}

// drawLine fills a line's element with its colored tokens, the bytes
// [a, b) wrapped in a <mark>.
func drawLine(el element, toks []syntax.Token, a, b int) {
	el.SetTextContent("")
	var mark element
	pos := 0
	add := func(c syntax.Class, s string, from int) {
		if s == "" {
			return
		}
		parent := el
		if a >= 0 && from >= a && from < b {
			if mark == nil {
				mark = create("mark", "")
				el.AppendChild(mark)
			}
			parent = mark
		}
		if c == syntax.Plain {
			parent.Call("appendChild", docJS.Call("createTextNode", s))
		} else {
			parent.AppendChild(text("span", string(c), s))
		}
	}
	for _, t := range toks {
		end := pos + len(t.Text)
		// Split the token where the mark starts and ends.
		cuts := []int{pos}
		for _, c := range []int{a, b} {
			if c > pos && c < end {
				cuts = append(cuts, c)
			}
		}
		cuts = append(cuts, end)
		for i := 0; i+1 < len(cuts); i++ {
			add(t.Class, t.Text[cuts[i]-pos:cuts[i+1]-pos], cuts[i])
		}
		pos = end
	}
	if a >= 0 && mark == nil {
		// An empty range still shows where the step is.
		m := create("mark", "")
		m.SetTextContent(" ")
		el.AppendChild(m)
	}
}

// keydown makes Tab indent (Esc then Tab leaves, so the keyboard is never
// trapped), keeps the indentation on Enter, and runs on Ctrl+Enter. Edits
// go through execCommand("insertText") so that undo keeps working.
func (e *editor) keydown(ev dom.Event) {
	k := ev.Underlying()
	key := k.Get("key").String()
	ctrl := k.Get("ctrlKey").Bool() || k.Get("metaKey").Bool()
	shift := k.Get("shiftKey").Bool()
	escaped := e.escaped
	e.escaped = key == "Escape"
	if e.ta.ReadOnly() && key != "Enter" {
		return
	}
	switch {
	case key == "Enter" && ctrl:
		ev.PreventDefault()
		if e.onRun != nil {
			e.onRun()
		}
	case key == "Enter" && !shift && !k.Get("altKey").Bool() && !k.Get("isComposing").Bool() && !e.ta.ReadOnly():
		v, at := e.ta.Value(), e.ta.SelectionStart()
		before := utf16Prefix(v, at)
		line := before[strings.LastIndexByte(before, '\n')+1:]
		indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
		if t := strings.TrimRight(line, " "); strings.HasSuffix(t, "{") || strings.HasSuffix(t, "(") || strings.HasSuffix(t, "[") {
			indent += "  "
		}
		ev.PreventDefault()
		insertText("\n" + indent)
	case key == "Tab" && !ctrl && !k.Get("altKey").Bool() && !escaped:
		ev.PreventDefault()
		e.indent(shift)
	}
}

// indent indents (or with shift outdents) the selected lines by two
// spaces; a Tab with no selection inserts two spaces.
func (e *editor) indent(out bool) {
	v := e.ta.Value()
	start, end := e.ta.SelectionStart(), e.ta.SelectionEnd()
	before := utf16Prefix(v, start)
	if start == end && !out {
		insertText("  ")
		return
	}
	lineStart := strings.LastIndexByte(before, '\n') + 1
	sel := utf16Prefix(v, end)
	if strings.HasSuffix(sel, "\n") && end > start {
		sel = sel[:len(sel)-1]
	}
	lineEnd := len(sel) + strings.IndexByte(v[len(sel):]+"\n", '\n')
	block := v[lineStart:lineEnd]
	lines := strings.Split(block, "\n")
	for i, l := range lines {
		if out {
			n := len(l) - len(strings.TrimLeft(l, " "))
			lines[i] = l[min(n, 2):]
		} else {
			lines[i] = "  " + l
		}
	}
	repl := strings.Join(lines, "\n")
	if repl == block {
		return
	}
	a := utf16Len(v[:lineStart])
	e.ta.SetSelectionRange(a, a+utf16Len(block), "forward")
	insertText(repl)
	e.ta.SetSelectionRange(a, a+utf16Len(repl), "forward")
}

// insertText types s over the selection as the user would, so that it is
// one step of the textarea's undo history.
func insertText(s string) {
	if !doc.Underlying().Call("execCommand", "insertText", false, s).Bool() {
		ta := byID("code").Underlying()
		ta.Call("setRangeText", s, ta.Get("selectionStart"), ta.Get("selectionEnd"), "end")
		ta.Call("dispatchEvent", global.Get("Event").New("input"))
	}
}

// utf16Prefix is the start of s up to n UTF-16 code units (a textarea's
// selection offsets count those).
func utf16Prefix(s string, n int) string {
	units := 0
	for i, r := range s {
		if units >= n {
			return s[:i]
		}
		units += utf16.RuneLen(r)
	}
	return s
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
