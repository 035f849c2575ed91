package js_parser

import (
	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

// stmtCtx says where a statement appears, which decides whether
// declarations may appear there.
type stmtCtx uint8

const (
	ctxListItem stmtCtx = iota // in a statement list: any declaration
	ctxSingle                  // the body of a loop, with, else...: no declarations
	ctxIfBody                  // the body of an if: Annex B allows a sloppy function
	ctxLabelled                // a labelled item in a statement list: Annex B allows a sloppy function
)

func (p *parser) rangeFrom(start int32) js_ast.Range {
	return js_ast.Range{Start: start, End: p.prevEnd}
}

// parseStatementList parses statements up to end (which it does not
// consume). first, when not nil, was already parsed.
func (p *parser) parseStatementList(end js_lexer.T, first js_ast.Stmt) []js_ast.Stmt {
	var list []js_ast.Stmt
	if first != nil {
		list = append(list, first)
	}
	for !p.at(end) {
		if p.at(js_lexer.TEndOfFile) {
			p.unexpected()
		}
		list = append(list, p.parseStatement(ctxListItem))
	}
	return list
}

func (p *parser) parseStatement(ctx stmtCtx) js_ast.Stmt {
	p.enter()
	defer p.leave()
	pending := p.fn.pendingLabels
	p.fn.pendingLabels = 0
	start := p.lx.Start
	switch p.lx.Kind {
	case js_lexer.TOpenBrace:
		return p.parseBlock()
	case js_lexer.TSemicolon:
		p.next()
		return &js_ast.EmptyStmt{Range: p.rangeFrom(start)}
	case js_lexer.TVar:
		p.next()
		decl := p.parseVarDecl(start, js_ast.Var, false)
		p.semicolon()
		decl.Range = p.rangeFrom(start)
		return decl
	case js_lexer.TConst:
		if ctx != ctxListItem {
			p.unexpected()
		}
		p.next()
		decl := p.parseVarDecl(start, js_ast.Const, false)
		p.semicolon()
		decl.Range = p.rangeFrom(start)
		return decl
	case js_lexer.TFunction:
		return p.parseFunctionStmt(ctx, start, false)
	case js_lexer.TClass:
		if ctx != ctxListItem {
			p.unexpected()
		}
		return p.parseClassDecl()
	case js_lexer.TIf:
		return p.parseIf()
	case js_lexer.TFor:
		return p.parseFor(pending)
	case js_lexer.TWhile:
		p.next()
		test := p.parseParenExpr()
		body := p.parseLoopBody(pending)
		return &js_ast.WhileStmt{Range: p.rangeFrom(start), Test: test, Body: body}
	case js_lexer.TDo:
		p.next()
		body := p.parseLoopBody(pending)
		p.expect(js_lexer.TWhile)
		test := p.parseParenExpr()
		// ASI: a semicolon after do-while is optional even on one line.
		p.eat(js_lexer.TSemicolon)
		return &js_ast.DoWhileStmt{Range: p.rangeFrom(start), Body: body, Test: test}
	case js_lexer.TReturn:
		if !p.fn.allowReturn {
			p.failAt(start, "Illegal return statement")
		}
		p.next()
		var x js_ast.Expr
		if !p.at(js_lexer.TSemicolon) && !p.at(js_lexer.TCloseBrace) && !p.at(js_lexer.TEndOfFile) && !p.lx.NewlineBefore {
			x = p.parseExpression(false)
		}
		p.semicolon()
		return &js_ast.ReturnStmt{Range: p.rangeFrom(start), X: x}
	case js_lexer.TBreak, js_lexer.TContinue:
		return p.parseJump()
	case js_lexer.TThrow:
		p.next()
		if p.lx.NewlineBefore {
			p.failAt(start, "Illegal newline after throw")
		}
		x := p.parseExpression(false)
		p.semicolon()
		return &js_ast.ThrowStmt{Range: p.rangeFrom(start), X: x}
	case js_lexer.TTry:
		return p.parseTry()
	case js_lexer.TSwitch:
		return p.parseSwitch()
	case js_lexer.TWith:
		if p.strict {
			p.failAt(start, "Strict mode code may not include a with statement")
		}
		p.next()
		obj := p.parseParenExpr()
		body := p.parseStatement(ctxSingle)
		return &js_ast.WithStmt{Range: p.rangeFrom(start), Object: obj, Body: body}
	case js_lexer.TDebugger:
		p.next()
		p.semicolon()
		return &js_ast.DebuggerStmt{Range: p.rangeFrom(start)}
	case js_lexer.TImport:
		if t := p.peek(); t.Kind != js_lexer.TOpenParen && t.Kind != js_lexer.TDot {
			p.failAt(start, "Cannot use import statement outside a module")
		}
	case js_lexer.TExport:
		p.unexpected()
	case js_lexer.TIdentifier:
		if p.isContextual("let") && p.startsLetDeclaration(ctx) {
			if ctx != ctxListItem {
				p.failAt(start, "Lexical declaration cannot appear in a single-statement context")
			}
			p.next()
			decl := p.parseVarDecl(start, js_ast.Let, false)
			p.semicolon()
			decl.Range = p.rangeFrom(start)
			return decl
		}
		if p.lx.Name == "async" {
			if t := p.peek(); t.Kind == js_lexer.TFunction && !t.NewlineBefore {
				if p.lx.Escaped {
					p.failAt(start, "Keyword must not contain escaped characters")
				}
				return p.parseFunctionStmt(ctx, start, true)
			}
		}
	}

	// An expression statement, or a labelled statement, which starts like
	// one: the expression turns out to be a lone identifier before ":".
	startsWithIdent := p.at(js_lexer.TIdentifier)
	x := p.parseExpression(false)
	if id, ok := x.(*js_ast.Identifier); ok && startsWithIdent && p.at(js_lexer.TColon) {
		return p.parseLabelled(id, ctx, pending)
	}
	p.semicolon()
	return &js_ast.ExprStmt{Range: p.rangeFrom(start), X: x}
}

// startsLetDeclaration decides whether "let" at the start of a statement
// begins a lexical declaration or is an identifier (sloppy mode only).
func (p *parser) startsLetDeclaration(ctx stmtCtx) bool {
	t := p.peek()
	switch t.Kind {
	case js_lexer.TOpenBracket:
		// "let [" is never an expression statement.
		return true
	case js_lexer.TOpenBrace, js_lexer.TIdentifier:
		if p.strict {
			return true
		}
		// In a single-statement context "let" on its own line is an
		// identifier followed by ASI; on the same line V8 reports a
		// misplaced declaration.
		return ctx == ctxListItem || !t.NewlineBefore
	case js_lexer.TEscapedKeyword:
		return true
	}
	return false
}

// parseLabelled parses the rest of "label: statement".
func (p *parser) parseLabelled(id *js_ast.Identifier, ctx stmtCtx, pending int) js_ast.Stmt {
	p.next() // ':'
	if p.findLabel(id.Name) != nil {
		p.failAt(id.Start, "Label '%s' has already been declared", id.Name)
	}
	p.fn.labels = append(p.fn.labels, label{name: id.Name})
	p.fn.pendingLabels = pending + 1
	bodyCtx := ctxSingle
	if ctx == ctxListItem || ctx == ctxLabelled {
		bodyCtx = ctxLabelled
	}
	body := p.parseStatement(bodyCtx)
	p.fn.labels = p.fn.labels[:len(p.fn.labels)-1]
	return &js_ast.LabeledStmt{Range: js_ast.Range{Start: id.Start, End: p.prevEnd}, Label: id, Body: body}
}

func (p *parser) parseBlock() *js_ast.BlockStmt {
	start := p.lx.Start
	p.expect(js_lexer.TOpenBrace)
	p.pushScope(scopeBlock)
	body := p.parseStatementList(js_lexer.TCloseBrace, nil)
	p.popScope()
	p.next()
	return &js_ast.BlockStmt{Range: p.rangeFrom(start), Body: body}
}

// parseParenExpr parses "( Expression )" after if, while, switch and with.
func (p *parser) parseParenExpr() js_ast.Expr {
	p.expect(js_lexer.TOpenParen)
	x := p.parseExpression(false)
	p.expect(js_lexer.TCloseParen)
	return x
}

func (p *parser) parseIf() js_ast.Stmt {
	start := p.lx.Start
	p.next()
	test := p.parseParenExpr()
	then := p.parseIfBody()
	var els js_ast.Stmt
	if p.eat(js_lexer.TElse) {
		els = p.parseIfBody()
	}
	return &js_ast.IfStmt{Range: p.rangeFrom(start), Test: test, Then: then, Else: els}
}

// parseIfBody parses a branch of an if. Annex B allows a sloppy function
// declaration there, scoped as if it were wrapped in a block.
func (p *parser) parseIfBody() js_ast.Stmt {
	if p.at(js_lexer.TFunction) {
		p.pushScope(scopeBlock)
		defer p.popScope()
	}
	return p.parseStatement(ctxIfBody)
}

// parseLoopBody parses the body of an iteration statement.
func (p *parser) parseLoopBody(pending int) js_ast.Stmt {
	p.markLoopLabels(pending)
	p.fn.loops++
	p.fn.breakables++
	body := p.parseStatement(ctxSingle)
	p.fn.loops--
	p.fn.breakables--
	return body
}

// parseJump parses break and continue and checks their targets.
func (p *parser) parseJump() js_ast.Stmt {
	start := p.lx.Start
	isBreak := p.at(js_lexer.TBreak)
	p.next()
	var lbl *js_ast.Identifier
	if p.at(js_lexer.TIdentifier) && !p.lx.NewlineBefore {
		lbl = &js_ast.Identifier{Range: js_ast.Range{Start: p.lx.Start, End: p.lx.End}, Name: p.lx.Name}
		p.checkIdentifierReference(p.lx.Name, p.lx.Start, p.lx.Escaped)
		p.next()
		target := p.findLabel(lbl.Name)
		switch {
		case target == nil:
			p.failAt(lbl.Start, "Undefined label '%s'", lbl.Name)
		case !isBreak && !target.loop:
			p.failAt(lbl.Start, "Illegal continue statement: '%s' does not denote an iteration statement", lbl.Name)
		}
	} else if isBreak && p.fn.breakables == 0 {
		p.failAt(start, "Illegal break statement")
	} else if !isBreak && p.fn.loops == 0 {
		p.failAt(start, "Illegal continue statement: no surrounding iteration statement")
	}
	p.semicolon()
	if isBreak {
		return &js_ast.BreakStmt{Range: p.rangeFrom(start), Label: lbl}
	}
	return &js_ast.ContinueStmt{Range: p.rangeFrom(start), Label: lbl}
}

func (p *parser) parseTry() js_ast.Stmt {
	start := p.lx.Start
	p.next()
	s := &js_ast.TryStmt{Block: p.parseBlock()}
	if p.eat(js_lexer.TCatch) {
		sc := p.pushScope(scopeCatch)
		if p.eat(js_lexer.TOpenParen) {
			sc.simpleCatchParam = p.at(js_lexer.TIdentifier)
			s.Param = p.parseBindingTarget(bindCatchParam)
			p.expect(js_lexer.TCloseParen)
		}
		// The catch block shares the scope of its parameter so that
		// "catch (e) { let e; }" is a redeclaration.
		blockStart := p.lx.Start
		p.expect(js_lexer.TOpenBrace)
		body := p.parseStatementList(js_lexer.TCloseBrace, nil)
		p.next()
		p.popScope()
		s.Handler = &js_ast.BlockStmt{Range: p.rangeFrom(blockStart), Body: body}
	}
	if p.eat(js_lexer.TFinally) {
		s.Finalizer = p.parseBlock()
	}
	if s.Handler == nil && s.Finalizer == nil {
		p.failAt(p.prevStart, "Missing catch or finally after try")
	}
	s.Range = p.rangeFrom(start)
	return s
}

func (p *parser) parseSwitch() js_ast.Stmt {
	start := p.lx.Start
	p.next()
	disc := p.parseParenExpr()
	p.expect(js_lexer.TOpenBrace)
	p.pushScope(scopeBlock)
	p.fn.breakables++
	s := &js_ast.SwitchStmt{Discriminant: disc}
	sawDefault := false
	for !p.eat(js_lexer.TCloseBrace) {
		caseStart := p.lx.Start
		c := &js_ast.SwitchCase{}
		switch p.lx.Kind {
		case js_lexer.TCase:
			p.next()
			c.Test = p.parseExpression(false)
		case js_lexer.TDefault:
			if sawDefault {
				p.failAt(caseStart, "More than one default clause in switch statement")
			}
			sawDefault = true
			p.next()
		default:
			p.unexpected()
		}
		p.expect(js_lexer.TColon)
		for !p.at(js_lexer.TCase) && !p.at(js_lexer.TDefault) && !p.at(js_lexer.TCloseBrace) {
			if p.at(js_lexer.TEndOfFile) {
				p.unexpected()
			}
			c.Body = append(c.Body, p.parseStatement(ctxListItem))
		}
		c.Range = p.rangeFrom(caseStart)
		s.Cases = append(s.Cases, c)
	}
	p.fn.breakables--
	p.popScope()
	s.Range = p.rangeFrom(start)
	return s
}

// parseVarDecl parses the declarators of var, let or const after the
// keyword. In a for head (inFor), "in" is not an operator and missing
// initializers are checked by the caller, which knows the loop kind.
func (p *parser) parseVarDecl(start int32, kind js_ast.VarKind, inFor bool) *js_ast.VarDecl {
	decl := &js_ast.VarDecl{Kind: kind}
	bind := bindVar
	if kind != js_ast.Var {
		bind = bindLexical
	}
	for {
		dStart := p.lx.Start
		d := &js_ast.Declarator{Target: p.parseBindingTarget(bind)}
		if p.eat(js_lexer.TAssign) {
			d.Init = p.parseAssign(inFor, nil)
		}
		d.Range = p.rangeFrom(dStart)
		if !inFor {
			p.checkInitializer(d, kind)
		}
		decl.Decls = append(decl.Decls, d)
		if !p.eat(js_lexer.TComma) {
			break
		}
	}
	decl.Range = p.rangeFrom(start)
	return decl
}

// checkInitializer reports a const or destructuring declarator without an
// initializer (outside for-in/of heads).
func (p *parser) checkInitializer(d *js_ast.Declarator, kind js_ast.VarKind) {
	if d.Init != nil {
		return
	}
	switch d.Target.(type) {
	case *js_ast.ArrayPattern, *js_ast.ObjectPattern:
		p.failAt(d.Start, "Missing initializer in destructuring declaration")
	}
	if kind == js_ast.Const {
		p.failAt(d.Start, "Missing initializer in const declaration")
	}
}
