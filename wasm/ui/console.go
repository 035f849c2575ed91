//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"

	"looplab/wasm/protocol"
)

// maxConsoleLines bounds the console lines in the page: a run that prints
// a million lines shows the last ones, and stepping stays cheap.
const maxConsoleLines = 500

// consolePanel shows the first n lines of the run's console at each step:
// the worker sends the whole console once, and a step adds or removes
// lines at the ends of a window of at most maxConsoleLines.
type consolePanel struct {
	el, pane element
	lines    []protocol.Line
	from, to int  // the window of lines in the page
	grew     bool // lines were added: scroll to the last once laid out
}

func newConsolePanel() *consolePanel {
	el := byID("console")
	c := &consolePanel{el: el, pane: wrap(el.Get("parentElement"))}
	// The pane scrolls to its last line from a ResizeObserver, which runs
	// after the browser has laid the page out: reading scrollHeight right
	// after adding lines, in the middle of a frame, made it lay the page
	// out there and then.
	global.Get("ResizeObserver").New(js.FuncOf(func(js.Value, []js.Value) any {
		if c.grew {
			c.grew = false
			pane := c.pane.Underlying()
			pane.Set("scrollTop", pane.Get("scrollHeight"))
		}
		return nil
	})).Call("observe", el.Underlying())
	return c
}

func (c *consolePanel) reset(lines []protocol.Line) {
	c.lines = lines
	c.el.SetTextContent("")
	c.from, c.to = 0, 0
}

func (c *consolePanel) show(total int) {
	total = min(total, len(c.lines))
	from, to := max(0, total-maxConsoleLines), total
	if to < c.from || from > c.to {
		c.el.SetTextContent("")
		c.from, c.to = from, from
	}
	for c.to > to {
		c.el.Call("removeChild", c.el.Get("lastChild"))
		c.to--
	}
	for c.from < from {
		c.el.Call("removeChild", c.el.Get("firstChild"))
		c.from++
	}
	for c.from > from {
		c.from--
		c.el.Call("insertBefore", c.line(c.from).Underlying(), c.el.Get("firstChild"))
	}
	for c.to < to {
		c.el.AppendChild(c.line(c.to))
		c.to++
		c.grew = true
	}
}

func (c *consolePanel) line(i int) element {
	l := c.lines[i]
	class := l.Level
	if l.Stderr {
		class += " stderr"
	}
	return text("div", class, strings.TrimSuffix(l.Text, "\n"))
}

// texts is the console as the host API returns it: one string per line,
// without its newline.
func (c *consolePanel) texts() []any {
	out := make([]any, len(c.lines))
	for i, l := range c.lines {
		out[i] = strings.TrimSuffix(l.Text, "\n")
	}
	return out
}
