package js_parser

import (
	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

// parseFor parses the three for loops (for (;;), for-in, for-of) and
// for await. Their heads share a prefix, so the kind is known only after
// the declaration or expression that starts the head.
func (p *parser) parseFor(pending int) js_ast.Stmt {
	start := p.lx.Start
	p.next()
	isAwait := false
	if p.isContextual("await") {
		if !p.fn.async {
			p.failAt(p.lx.Start, "Unexpected reserved word")
		}
		isAwait = true
		p.next()
	}
	p.expect(js_lexer.TOpenParen)
	// Declarations in the head get their own scope around the body.
	p.pushScope(scopeBlock)
	defer p.popScope()

	initStart := p.lx.Start
	switch {
	case p.at(js_lexer.TSemicolon):
		if isAwait {
			p.unexpected()
		}
		return p.parseForRest(start, nil, pending)
	case p.at(js_lexer.TVar), p.at(js_lexer.TConst), p.isContextual("let") && p.forLetDeclaration():
		kind := js_ast.Var
		if p.at(js_lexer.TConst) {
			kind = js_ast.Const
		} else if !p.at(js_lexer.TVar) {
			kind = js_ast.Let
		}
		p.next()
		decl := p.parseVarDecl(initStart, kind, true)
		if isOf, isIn := p.isContextual("of"), p.at(js_lexer.TIn); (isOf || isIn) && !(isIn && isAwait) {
			p.checkForDeclaration(decl, isOf, isAwait)
			return p.parseForInOfRest(start, decl, isOf, isAwait, pending)
		}
		if isAwait {
			p.unexpected()
		}
		for _, d := range decl.Decls {
			p.checkInitializer(d, kind)
		}
		return p.parseForRest(start, decl, pending)
	}

	startsWithLet := p.isContextual("let")
	startsWithAsync := p.isContextual("async")
	var cover coverErrors
	x := p.parseAssign(true, &cover)
	if isOf, isIn := p.isContextual("of"), p.at(js_lexer.TIn); (isOf || isIn) && !(isIn && isAwait) {
		if isOf && startsWithLet {
			p.failAt(initStart, "The left-hand side of a for-of loop may not start with 'let'.")
		}
		if id, ok := x.(*js_ast.Identifier); ok && isOf && !isAwait && startsWithAsync && id.Name == "async" {
			p.failAt(initStart, "The left-hand side of a for-of loop may not be 'async'.")
		}
		target := p.toForTarget(x)
		left := &js_ast.ExprStmt{Range: target.Span(), X: target}
		return p.parseForInOfRest(start, left, isOf, isAwait, pending)
	}
	if isAwait {
		p.unexpected()
	}
	p.reportCover(&cover)
	if p.at(js_lexer.TComma) {
		x = p.parseSequenceRest(x, true)
	}
	return p.parseForRest(start, &js_ast.ExprStmt{Range: p.rangeFrom(initStart), X: x}, pending)
}

// forLetDeclaration decides whether "let" in a for head starts a
// declaration: "for (let in o)" and "for (let.x;;)" use let as an identifier.
func (p *parser) forLetDeclaration() bool {
	switch t := p.peek(); t.Kind {
	case js_lexer.TIdentifier, js_lexer.TOpenBracket, js_lexer.TOpenBrace, js_lexer.TEscapedKeyword:
		return true
	}
	return p.strict
}

// checkForDeclaration checks the declaration of a for-in or for-of head:
// one binding, and no initializer except Annex B's sloppy "var x = 1 in o".
func (p *parser) checkForDeclaration(decl *js_ast.VarDecl, isOf, isAwait bool) {
	loop := "for-in"
	if isAwait {
		loop = "for-await-of"
	} else if isOf {
		loop = "for-of"
	}
	if len(decl.Decls) != 1 {
		p.failAt(decl.Decls[0].Start, "Invalid left-hand side in %s loop: Must have a single binding.", loop)
	}
	d := decl.Decls[0]
	if d.Init == nil {
		return
	}
	if _, simple := d.Target.(*js_ast.Identifier); !isOf && simple && !p.strict && decl.Kind == js_ast.Var {
		return
	}
	p.failAt(d.Start, "%s loop variable declaration may not have an initializer.", loop)
}

// parseForRest parses "; test; update) body" of a classic for loop.
func (p *parser) parseForRest(start int32, init js_ast.Stmt, pending int) js_ast.Stmt {
	s := &js_ast.ForStmt{Init: init}
	p.expect(js_lexer.TSemicolon)
	if !p.at(js_lexer.TSemicolon) {
		s.Test = p.parseExpression(false)
	}
	p.expect(js_lexer.TSemicolon)
	if !p.at(js_lexer.TCloseParen) {
		s.Update = p.parseExpression(false)
	}
	p.expect(js_lexer.TCloseParen)
	s.Body = p.parseLoopBody(pending)
	s.Range = p.rangeFrom(start)
	return s
}

// parseForInOfRest parses "in expr) body" or "of expr) body".
func (p *parser) parseForInOfRest(start int32, left js_ast.Stmt, isOf, isAwait bool, pending int) js_ast.Stmt {
	p.next() // in / of
	var right js_ast.Expr
	if isOf {
		right = p.parseAssign(false, nil)
	} else {
		right = p.parseExpression(false)
	}
	p.expect(js_lexer.TCloseParen)
	body := p.parseLoopBody(pending)
	if isOf {
		return &js_ast.ForOfStmt{Range: p.rangeFrom(start), Await: isAwait, Left: left, Right: right, Body: body}
	}
	return &js_ast.ForInStmt{Range: p.rangeFrom(start), Left: left, Right: right, Body: body}
}
