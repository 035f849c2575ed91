package js_parser

import (
	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

// Early errors about names and literals: which identifiers a context
// reserves, what strict mode forbids, and duplicate parameters. The rules
// about redeclarations, labels and private names live in scope.go.

// checkIdentifierReference rejects a name that the current context
// reserves, where it is used as an identifier (a reference, a label or a
// binding). A reserved name spelled with escapes is still reserved, and V8
// says so.
func (p *parser) checkIdentifierReference(name string, at int32, escaped bool) {
	if escaped && p.reservedHere(name) {
		p.failAt(at, "Keyword must not contain escaped characters")
	}
	switch name {
	case "yield":
		if p.strict {
			p.failAt(at, "Unexpected strict mode reserved word")
		}
		if p.fn.generator {
			p.failAt(at, "Unexpected identifier 'yield'")
		}
	case "await":
		if p.fn.async || p.fn.staticBlock {
			p.failAt(at, "Unexpected reserved word")
		}
		if p.awaitIdentPos == 0 {
			p.awaitIdentPos = at + 1
		}
	case "arguments":
		if p.fn.noArguments {
			p.failAt(at, "'arguments' is not allowed in class field initializer or static initialization block")
		}
	case "let", "static", "implements", "interface", "package", "private", "protected", "public":
		if p.strict {
			p.failAt(at, "Unexpected strict mode reserved word")
		}
	}
}

// reservedHere reports whether the contextual keyword name is reserved in
// the current context.
func (p *parser) reservedHere(name string) bool {
	switch name {
	case "yield":
		return p.strict || p.fn.generator
	case "await":
		return p.fn.async || p.fn.staticBlock
	}
	return p.strict && js_lexer.StrictReserved(name)
}

// checkBindingName adds the rules for names being declared or assigned.
func (p *parser) checkBindingName(name string, at int32) {
	if p.strict && (name == "eval" || name == "arguments") {
		p.failAt(at, "Unexpected eval or arguments in strict mode")
	}
}

// checkStrictNames re-checks names bound before the function body turned
// out to be strict ("function f(static) { 'use strict' }").
func (p *parser) checkStrictNames(names []boundName) {
	for _, n := range names {
		if js_lexer.StrictReserved(n.name) {
			p.failAt(n.at, "Unexpected strict mode reserved word")
		}
		p.checkBindingName(n.name, n.at)
	}
}

// boundName is a name a binding declares, where it is declared.
type boundName struct {
	name string
	at   int32
}

// checkDuplicateParams reports the second occurrence of a parameter name.
func (p *parser) checkDuplicateParams(names []boundName) {
	if len(names) < 2 {
		return
	}
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		if seen[n.name] {
			p.failAt(n.at, "Duplicate parameter name not allowed in this context")
		}
		seen[n.name] = true
	}
}

// checkDelete rejects "delete x" in strict mode and deleting a private
// member.
func (p *parser) checkDelete(x js_ast.Expr) {
	inner := unparen(x)
	if chain, ok := inner.(*js_ast.ChainExpr); ok {
		inner = chain.X
	}
	switch e := inner.(type) {
	case *js_ast.Identifier:
		if p.strict {
			p.failAt(e.Start, "Delete of an unqualified identifier in strict mode.")
		}
	case *js_ast.MemberExpr:
		if pn, ok := e.Property.(*js_ast.PrivateName); ok {
			p.failAt(pn.Start, "Private fields can not be deleted")
		}
	}
}

// checkStrictLiteral rejects legacy octal literals and escapes in strict
// mode code; in a directive prologue it remembers them for a later
// "use strict".
func (p *parser) checkStrictLiteral() {
	t := &p.lx.Token
	if t.StrictError == "" {
		return
	}
	if p.strict {
		p.failAt(t.StrictErrorAt, "%s", t.StrictError)
	}
	if p.inDirectiveList && t.Kind == js_lexer.TString && p.pendingOctal == "" {
		p.pendingOctal, p.pendingOctalAt = t.StrictError, t.StrictErrorAt
	}
}
