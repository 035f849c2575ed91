// Package js_printer writes a js_ast tree back out as JavaScript source.
//
// The output is readable (one statement per line, two-space indentation)
// but does not try to keep the original formatting or comments. It is
// correct for any tree: the printer adds the parentheses that operator
// precedence and the grammar's lookahead restrictions need, whether or not
// the tree has ParenExpr nodes, and it never breaks a line where a
// [no LineTerminator here] rule applies. Printing a parsed program, parsing
// the output and printing again gives the same text.
//
// Alongside the code, Print returns a mapping from output offsets back to
// source offsets for every statement and expression that has a position.
package js_printer

import (
	"strconv"

	"looplab/engine/internal/js_ast"
)

// Options controls the output.
type Options struct {
	// FuncMarkers writes /*@f:N*/ as the first thing inside the body of
	// every function and /*@c:N*/ right after the "{" of every class body,
	// where N is the function's or class's Range.Start. Runtime code can
	// then map a function object back to its source from fn.toString().
	// Arrows with an expression body get a block body to hold the marker.
	FuncMarkers bool
}

// Mapping ties a byte offset in the output to the start of the node, in
// the original source, whose text begins there.
type Mapping struct {
	Gen int32 // byte offset in Result.Code
	Src int32 // js_ast.Range.Start of the node
}

// Result is the printed program.
type Result struct {
	Code string
	// Mappings are in non-decreasing Gen order, one per printed statement
	// and expression with a non-zero Range (nodes that start at the same
	// output offset each get one, unless they also share the source start).
	Mappings []Mapping
}

// Print writes p as JavaScript source.
func Print(prog *js_ast.Program, opts Options) *Result {
	pr := &printer{opts: opts, stmtStart: -1, arrowBodyStart: -1, forInitStart: -1, forOfLeftStart: -1}
	size := int(prog.End - prog.Start)
	pr.buf = make([]byte, 0, size+size/4+64)
	pr.mappings = make([]Mapping, 0, size/6+16)
	pr.print(prog.Hashbang)
	pr.printDirectives(prog.Directives)
	for _, s := range prog.Body {
		pr.newlineBeforeStmt()
		pr.printStmt(s)
	}
	if len(pr.buf) > 0 {
		pr.printByte('\n')
	}
	return &Result{Code: string(pr.buf), Mappings: pr.mappings}
}

type printer struct {
	buf      []byte
	indent   int
	opts     Options
	mappings []Mapping

	// Offsets in buf where an expression begins that must not start with
	// certain tokens: an expression statement ({, function, class, let [),
	// an arrow's expression body ({), a for-loop head (let [) and the left
	// side of for-of (let, async). A node printed at such an offset wraps
	// itself in parentheses.
	stmtStart      int
	arrowBodyStart int
	forInitStart   int
	forOfLeftStart int
}

func (p *printer) print(s string) { p.buf = append(p.buf, s...) }

func (p *printer) printByte(c byte) { p.buf = append(p.buf, c) }

func (p *printer) printInt(n int32) { p.buf = strconv.AppendInt(p.buf, int64(n), 10) }

// printOperator writes an operator that starts with + or -, with a space
// when it would otherwise merge with the previous one ("- -x", "+ ++x").
func (p *printer) printOperator(op string) {
	if n := len(p.buf); n > 0 && (op[0] == '+' || op[0] == '-') && p.buf[n-1] == op[0] {
		p.printByte(' ')
	}
	p.print(op)
}

func (p *printer) newline() {
	p.printByte('\n')
	for i := 0; i < p.indent; i++ {
		p.print("  ")
	}
}

func (p *printer) addMapping(r js_ast.Range) {
	if r == (js_ast.Range{}) {
		return
	}
	m := Mapping{Gen: int32(len(p.buf)), Src: r.Start}
	if n := len(p.mappings); n > 0 && p.mappings[n-1] == m {
		return
	}
	p.mappings = append(p.mappings, m)
}

// atStmtStart reports whether the next byte printed begins an expression
// statement, which must not start with "function" or "class".
func (p *printer) atStmtStart() bool { return len(p.buf) == p.stmtStart }

// atBraceRestricted reports whether the next byte printed begins an
// expression statement or an arrow's expression body, which must not start
// with "{".
func (p *printer) atBraceRestricted() bool {
	n := len(p.buf)
	return n == p.stmtStart || n == p.arrowBodyStart
}

func (p *printer) printDirectives(dirs []string) {
	for _, d := range dirs {
		p.newlineBeforeStmt()
		p.print(quoteDirective(d))
		p.printByte(';')
	}
}

// quoteDirective puts quotes back around a directive's raw text: double
// quotes unless the text holds an unescaped double quote (it came from a
// single-quoted string, which cannot hold an unescaped single quote).
func quoteDirective(raw string) string {
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '\\':
			i++
		case '"':
			return "'" + raw + "'"
		}
	}
	return `"` + raw + `"`
}

// newlineBeforeStmt starts a statement on a line of its own.
func (p *printer) newlineBeforeStmt() {
	if len(p.buf) > 0 {
		p.newline()
	}
}

// marker writes a function or class marker comment when enabled.
func (p *printer) marker(kind byte, at int32) {
	if !p.opts.FuncMarkers {
		return
	}
	p.print(" /*@")
	p.printByte(kind)
	p.printByte(':')
	p.printInt(at)
	p.print("*/")
}
