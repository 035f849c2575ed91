// Package js_parser parses an ECMAScript 2024 classic script (not a module)
// into a js_ast.Program, sloppy or strict, with the early errors that the
// specification and V8 report before running any code.
//
// Errors carry V8's wording and, as far as practical, V8's position, so that
// a user sees the message Node would print. Parsing stops at the first error.
//
// The parser is a recursive descent over the lexer's tokens. Places where
// JavaScript needs more than one token of lookahead (arrow parameters,
// destructuring assignment) use the specification's cover grammar: the text
// is parsed as an expression and converted to a pattern once the following
// "=>" or "=" shows what it was (see pattern.go).
package js_parser

import (
	"fmt"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

// SyntaxError is an early error in the source. Line and Column are 1-based;
// Column counts UTF-16 code units.
type SyntaxError struct {
	Message      string
	Offset       int32
	Line, Column int
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.Line, e.Column, e.Message)
}

// bailout is the panic value that unwinds the parser at the first error.
type bailout struct{ err *SyntaxError }

// Parse parses src as a classic script.
func Parse(src *js_ast.Source) (prog *js_ast.Program, err error) {
	return ParseWith(src, Options{})
}

// Options change what a script may contain.
type Options struct {
	// CommonJS parses the script as the body of Node's module wrapper
	// function: `return` and `new.target` are allowed at its top level.
	CommonJS bool
}

// ParseWith parses a script with options.
func ParseWith(src *js_ast.Source, opts Options) (prog *js_ast.Program, err error) {
	p := &parser{src: src, lx: js_lexer.New(src.Text), opts: opts}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			prog, err = nil, b.err
		}
	}()
	return p.parseProgram(), nil
}

type parser struct {
	src  *js_ast.Source
	lx   *js_lexer.Lexer
	opts Options

	// The previously consumed token: node ranges end at prevEnd, and V8
	// words some errors after the token that preceded the offending one.
	prevEnd   int32
	prevStart int32
	prevKind  js_lexer.T
	prevName  string
	prevRaw   bool // the previous identifier had no escapes

	strict bool
	fn     *funcState
	scope  *scope
	class  *classScope // innermost class body, for private names

	// Cover grammar bookkeeping, see pattern.go. Each is an offset+1 of the
	// first such construct since the enclosing arrow parameter list or
	// function began, or 0.
	yieldPos, awaitPos, awaitIdentPos int32
	// potentialArrowAt is where the current AssignmentExpression starts: an
	// identifier or "(" there may begin an arrow function, anywhere else it
	// may not ("a + x => 1" is an error).
	potentialArrowAt   int32
	potentialArrowNoIn bool // the AssignmentExpression at potentialArrowAt excludes "in"
	// spreadThenComma records spread elements of array and object literals
	// that a comma follows: fine in an expression, an error in a pattern
	// ("[...a,] = b").
	spreadThenComma map[js_ast.Node]bool
	// pendingOctal is the first legacy octal string literal of the current
	// directive prologue, which a later "use strict" turns into an error.
	pendingOctal    string
	pendingOctalAt  int32
	inDirectiveList bool
	useStrictAt     int32 // the last "use strict" directive seen

	// params collects the names of the parameter list being parsed.
	params []boundName
	// depth counts nested statements and expressions; see enter.
	depth int
	// inBindingPattern counts the binding patterns being parsed: V8
	// words a strict eval inside one differently.
	inBindingPattern int
}

// ---------------------------------------------------------------- tokens

func (p *parser) at(k js_lexer.T) bool { return p.lx.Kind == k }

func (p *parser) next() {
	p.prevEnd = p.lx.End
	p.prevStart = p.lx.Start
	p.prevKind = p.lx.Kind
	p.prevName = p.lx.Name
	p.prevRaw = !p.lx.Escaped
	p.lx.Next()
}

func (p *parser) eat(k js_lexer.T) bool {
	if p.lx.Kind == k {
		p.next()
		return true
	}
	return false
}

func (p *parser) expect(k js_lexer.T) {
	if p.lx.Kind != k {
		p.unexpected()
	}
	p.next()
}

// snapshot is a parser position for a bounded lookahead.
type snapshot struct {
	lx                 js_lexer.Snapshot
	prevEnd, prevStart int32
	prevKind           js_lexer.T
	prevName           string
	prevRaw            bool
}

func (p *parser) save() snapshot {
	return snapshot{p.lx.Save(), p.prevEnd, p.prevStart, p.prevKind, p.prevName, p.prevRaw}
}

func (p *parser) restore(s snapshot) {
	p.lx.Restore(s.lx)
	p.prevEnd, p.prevStart, p.prevKind, p.prevName, p.prevRaw = s.prevEnd, s.prevStart, s.prevKind, s.prevName, s.prevRaw
}

// isContextual reports whether the current token is the contextual keyword
// name written without escapes (escaped keywords never act as keywords).
func (p *parser) isContextual(name string) bool {
	return p.lx.Kind == js_lexer.TIdentifier && p.lx.Name == name && !p.lx.Escaped
}

// peek returns the token after the current one without consuming anything.
func (p *parser) peek() js_lexer.Token {
	s := p.lx.Save()
	p.lx.Next()
	t := p.lx.Token
	p.lx.Restore(s)
	return t
}

// semicolon consumes a statement's ";" or applies automatic semicolon
// insertion: before "}", at the end of input or after a line break.
func (p *parser) semicolon() {
	if p.eat(js_lexer.TSemicolon) || p.at(js_lexer.TCloseBrace) || p.at(js_lexer.TEndOfFile) || p.lx.NewlineBefore {
		return
	}
	if p.prevKind == js_lexer.TIdentifier && p.prevName == "await" && p.prevRaw && !p.fn.async {
		// "await x" outside an async function: V8 explains the likely
		// mistake rather than pointing at x.
		p.failAt(p.prevStart, "await is only valid in async functions and the top level bodies of modules")
	}
	p.unexpected()
}

// maxDepth bounds nesting. V8 gives up somewhere between 1000 and 5000
// nested parentheses; a limit keeps deeply nested input from exhausting the
// Go stack here and in every pass that walks the tree later.
const maxDepth = 2000

// enter counts one level of nesting; the caller defers leave.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.failAt(p.lx.Start, "Maximum call stack size exceeded")
	}
}

func (p *parser) leave() { p.depth-- }

// ---------------------------------------------------------------- errors

func (p *parser) failAt(at int32, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	line, col := p.src.Position(at)
	panic(bailout{&SyntaxError{Message: msg, Offset: at, Line: line, Column: col}})
}

// unexpected reports the current token the way V8 does.
func (p *parser) unexpected() { p.unexpectedToken(&p.lx.Token) }

// unexpectedToken reports t, the current token or one already consumed.
func (p *parser) unexpectedToken(t *js_lexer.Token) {
	switch t.Kind {
	case js_lexer.TError:
		p.failAt(t.ErrorAt, "%s", t.Message)
	case js_lexer.TEndOfFile:
		p.failAt(t.Start, "Unexpected end of input")
	case js_lexer.TIdentifier:
		if p.strict && js_lexer.StrictReserved(t.Name) {
			p.failAt(t.Start, "Unexpected strict mode reserved word")
		}
		if (t.Name == "await" && (p.fn.async || p.fn.staticBlock)) || (t.Name == "yield" && p.fn.generator) {
			p.failAt(t.Start, "Unexpected reserved word")
		}
		p.failAt(t.Start, "Unexpected identifier '%s'", t.Name)
	case js_lexer.TEscapedKeyword:
		p.failAt(t.Start, "Keyword must not contain escaped characters")
	case js_lexer.TPrivateName:
		p.failAt(t.Start, "Unexpected identifier '#%s'", t.Name)
	case js_lexer.TNumber, js_lexer.TBigInt:
		p.failAt(t.Start, "Unexpected number")
	case js_lexer.TString:
		p.failAt(t.Start, "Unexpected string")
	case js_lexer.TNoSubstitutionTemplate, js_lexer.TTemplateHead, js_lexer.TTemplateMiddle, js_lexer.TTemplateTail:
		p.failAt(t.Start, "Unexpected template string")
	case js_lexer.TRegExp:
		p.failAt(t.Start, "Unexpected regular expression")
	case js_lexer.TEnum:
		p.failAt(t.Start, "Unexpected reserved word")
	}
	p.failAt(t.Start, "Unexpected token '%s'", t.Kind)
}

// ---------------------------------------------------------------- program

func (p *parser) parseProgram() *js_ast.Program {
	prog := &js_ast.Program{Hashbang: p.lx.Hashbang}
	p.fn = &funcState{allowReturn: p.opts.CommonJS, newTarget: p.opts.CommonJS}
	p.scope = &scope{kind: scopeFunction}
	var first js_ast.Stmt
	prog.Directives, prog.Strict, first = p.parseDirectives()
	prog.Body = p.parseStatementList(js_lexer.TEndOfFile, first)
	prog.Range = js_ast.Range{Start: 0, End: int32(len(p.src.Text))}
	return prog
}

// parseDirectives parses the directive prologue of a script or function
// body: the leading statements that are just a string literal. It returns
// their raw text without quotes, whether one is "use strict" (strict mode is
// on from there), and the first statement after the prologue if parsing it
// was needed to see that it is not a directive ("a" + b;), or nil.
func (p *parser) parseDirectives() (dirs []string, useStrict bool, first js_ast.Stmt) {
	p.pendingOctal = ""
	defer func() { p.pendingOctal = "" }()
	for p.at(js_lexer.TString) {
		tokStart, raw := p.lx.Start, p.lx.Raw()
		p.inDirectiveList = true
		stmt := p.parseStatement(ctxListItem)
		p.inDirectiveList = false
		es, ok := stmt.(*js_ast.ExprStmt)
		if !ok {
			return dirs, useStrict, stmt
		}
		if _, isString := es.X.(*js_ast.StringLit); !isString || es.X.Span().Start != tokStart {
			return dirs, useStrict, stmt
		}
		body := raw[1 : len(raw)-1]
		dirs = append(dirs, body)
		if body == "use strict" {
			useStrict = true
			p.useStrictAt = tokStart
			if !p.strict && p.pendingOctal != "" {
				p.failAt(p.pendingOctalAt, "%s", p.pendingOctal)
			}
			p.strict = true
		}
	}
	return dirs, useStrict, nil
}
