package js_parser

import (
	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

func (p *parser) parsePrimary(cover *coverErrors) js_ast.Expr {
	start := p.lx.Start
	t := &p.lx.Token
	switch t.Kind {
	case js_lexer.TIdentifier:
		return p.parseIdentifierExpr()
	case js_lexer.TThis:
		p.next()
		return &js_ast.ThisExpr{Range: p.rangeFrom(start)}
	case js_lexer.TNull:
		p.next()
		return &js_ast.NullLit{Range: p.rangeFrom(start)}
	case js_lexer.TTrue, js_lexer.TFalse:
		v := t.Kind == js_lexer.TTrue
		p.next()
		return &js_ast.BoolLit{Range: p.rangeFrom(start), Value: v}
	case js_lexer.TNumber:
		p.checkStrictLiteral()
		lit := &js_ast.NumberLit{Raw: p.lx.Raw(), Value: t.Number}
		p.next()
		lit.Range = p.rangeFrom(start)
		return lit
	case js_lexer.TBigInt:
		lit := &js_ast.BigIntLit{Raw: p.lx.Raw()}
		p.next()
		lit.Range = p.rangeFrom(start)
		return lit
	case js_lexer.TString:
		p.checkStrictLiteral()
		lit := &js_ast.StringLit{Raw: p.lx.Raw(), Value: t.Value}
		p.next()
		lit.Range = p.rangeFrom(start)
		return lit
	case js_lexer.TSlash, js_lexer.TSlashAssign:
		p.lx.ScanRegExp()
		if p.at(js_lexer.TError) {
			p.unexpected()
		}
		lit := &js_ast.RegExpLit{Pattern: t.Pattern, Flags: t.Flags}
		p.next()
		lit.Range = p.rangeFrom(start)
		return lit
	case js_lexer.TNoSubstitutionTemplate, js_lexer.TTemplateHead:
		return p.parseTemplate(nil, start)
	case js_lexer.TOpenParen:
		return p.parseParenOrArrow()
	case js_lexer.TOpenBracket:
		return p.parseArrayLiteral(cover)
	case js_lexer.TOpenBrace:
		return p.parseObjectLiteral(cover)
	case js_lexer.TFunction:
		return p.parseFunctionExpr(start, false)
	case js_lexer.TClass:
		c := p.parseClass(false)
		return &js_ast.ClassExpr{Range: c.Range, Class: c}
	case js_lexer.TSuper:
		return p.parseSuper()
	case js_lexer.TImport:
		return p.parseImportCall()
	case js_lexer.TPrivateName:
		if p.class == nil {
			p.failAt(start, "Private field '#%s' must be declared in an enclosing class", t.Name)
		}
	}
	p.unexpected()
	return nil
}

// parseIdentifierExpr parses an identifier reference, which may also start
// an arrow function (x => ...), an async arrow function or an async
// function expression.
func (p *parser) parseIdentifierExpr() js_ast.Expr {
	start := p.lx.Start
	name := p.lx.Name
	canArrow := start == p.potentialArrowAt
	noIn := p.potentialArrowNoIn
	if p.isContextual("async") {
		t := p.peek()
		if !t.NewlineBefore {
			switch t.Kind {
			case js_lexer.TFunction:
				p.next()
				return p.parseFunctionExpr(start, true)
			case js_lexer.TOpenParen:
				// Only where an arrow may start; elsewhere (new async(x),
				// a + async(x)) it is an ordinary call.
				if canArrow {
					return p.parseAsyncCallOrArrow(noIn)
				}
			case js_lexer.TIdentifier:
				if canArrow {
					// "async x => ...": needs a look two tokens ahead.
					snap := p.save()
					p.next()
					if t2 := p.peek(); t2.Kind == js_lexer.TArrow {
						if t2.NewlineBefore {
							p.failAt(t2.Start, "Unexpected token '=>'")
						}
						param := p.parseArrowParamIdentifier(true)
						return p.parseArrowBody(start, []js_ast.Expr{param}, true, noIn)
					}
					p.restore(snap)
				}
			}
		}
	}
	p.checkIdentifierReference(name, start, p.lx.Escaped)
	p.next()
	if canArrow && p.at(js_lexer.TArrow) && !p.lx.NewlineBefore {
		p.checkBindingName(name, start)
		param := &js_ast.Identifier{Range: p.rangeFrom(start), Name: name}
		return p.parseArrowBody(start, []js_ast.Expr{param}, false, noIn)
	}
	return &js_ast.Identifier{Range: p.rangeFrom(start), Name: name}
}

// parseArrowParamIdentifier parses the lone parameter of "x => ..." or
// "async x => ...".
func (p *parser) parseArrowParamIdentifier(isAsync bool) js_ast.Expr {
	start, name := p.lx.Start, p.lx.Name
	if isAsync && name == "await" {
		p.failAt(start, "'await' is not a valid identifier name in an async function")
	}
	p.checkIdentifierReference(name, start, p.lx.Escaped)
	p.checkBindingName(name, start)
	p.next()
	return &js_ast.Identifier{Range: p.rangeFrom(start), Name: name}
}

// parseParenOrArrow parses "(...)": a parenthesized expression or the
// parameters of an arrow function, which only the "=>" after ")" tells
// apart. The contents are parsed as expressions with pattern-only errors
// deferred (the cover grammar), then converted if it is an arrow.
func (p *parser) parseParenOrArrow() js_ast.Expr {
	start := p.lx.Start
	canArrow := start == p.potentialArrowAt
	noIn := p.potentialArrowNoIn
	p.next()
	oldYield, oldAwait, oldAwaitIdent := p.yieldPos, p.awaitPos, p.awaitIdentPos
	p.yieldPos, p.awaitPos, p.awaitIdentPos = 0, 0, 0
	var cover coverErrors
	var items []js_ast.Expr
	restAt, trailingComma := int32(-1), false
	for !p.at(js_lexer.TCloseParen) {
		if p.at(js_lexer.TDotDotDot) {
			restAt = p.lx.Start
			p.next()
			target := p.parseBindingTarget(bindNone)
			if p.at(js_lexer.TAssign) {
				p.failAt(p.lx.Start, "Rest parameter may not have a default initializer")
			}
			items = append(items, &js_ast.RestElement{Range: p.rangeFrom(restAt), Target: target})
			if p.at(js_lexer.TComma) {
				p.failAt(p.lx.Start, "Rest parameter must be last formal parameter")
			}
			break
		}
		items = append(items, p.parseAssign(false, &cover))
		if !p.at(js_lexer.TComma) {
			break
		}
		p.next()
		if p.at(js_lexer.TCloseParen) {
			trailingComma = true
		}
	}
	closeAt := p.lx.Start
	p.expect(js_lexer.TCloseParen)

	if canArrow && p.at(js_lexer.TArrow) && !p.lx.NewlineBefore {
		params := p.toParams(items)
		p.checkArrowParamPositions(false)
		// An "await" name here still matters to an enclosing async arrow
		// head: async (a = (await) => {}) => {}.
		p.mergePositions(oldYield, oldAwait, oldAwaitIdent)
		return p.parseArrowBody(start, params, false, noIn)
	}
	switch {
	case p.at(js_lexer.TArrow) && p.lx.NewlineBefore:
		p.unexpected() // "=>" on a line of its own
	case restAt >= 0:
		p.failAt(restAt, "Unexpected token '...'")
	case len(items) == 0 || trailingComma:
		p.failAt(closeAt, "Unexpected token ')'")
	}
	p.reportCover(&cover)
	p.mergePositions(oldYield, oldAwait, oldAwaitIdent)
	x := items[0]
	if len(items) > 1 {
		x = &js_ast.SequenceExpr{Range: js_ast.Range{Start: items[0].Span().Start, End: items[len(items)-1].Span().End}, Exprs: items}
	}
	return &js_ast.ParenExpr{Range: p.rangeFrom(start), X: x}
}

// parseAsyncCallOrArrow parses "async(...)", a call of a function named
// async or the head of an async arrow function.
func (p *parser) parseAsyncCallOrArrow(noIn bool) js_ast.Expr {
	start := p.lx.Start
	p.next() // async
	oldYield, oldAwait, oldAwaitIdent := p.yieldPos, p.awaitPos, p.awaitIdentPos
	p.yieldPos, p.awaitPos, p.awaitIdentPos = 0, 0, 0
	var cover coverErrors
	p.next() // (
	args := []js_ast.Expr{}
	commaAfterSpread := int32(-1) // V8 reports a misplaced rest parameter there
	for !p.at(js_lexer.TCloseParen) {
		argStart := p.lx.Start
		if p.eat(js_lexer.TDotDotDot) {
			x := p.parseAssign(false, &cover)
			args = append(args, &js_ast.SpreadElement{Range: p.rangeFrom(argStart), X: x})
			if p.at(js_lexer.TComma) && commaAfterSpread < 0 {
				commaAfterSpread = p.lx.Start
			}
		} else {
			args = append(args, p.parseAssign(false, &cover))
		}
		if p.at(js_lexer.TCloseParen) {
			break
		}
		if !p.at(js_lexer.TComma) {
			p.failAt(argStart, "missing ) after argument list")
		}
		p.next()
	}
	p.next()
	if p.at(js_lexer.TArrow) && !p.lx.NewlineBefore {
		if commaAfterSpread >= 0 {
			p.failAt(commaAfterSpread, "Rest parameter must be last formal parameter")
		}
		params := p.toParams(args)
		p.checkArrowParamPositions(true)
		p.mergePositions(oldYield, oldAwait, oldAwaitIdent)
		return p.parseArrowBody(start, params, true, noIn)
	}
	p.reportCover(&cover)
	p.mergePositions(oldYield, oldAwait, oldAwaitIdent)
	callee := &js_ast.Identifier{Range: js_ast.Range{Start: start, End: start + 5}, Name: "async"}
	return &js_ast.CallExpr{Range: p.rangeFrom(start), Callee: callee, Args: args}
}

// checkArrowParamPositions reports yield and await expressions found in
// what turned out to be arrow parameters, and "await" used as a name in the
// parameters of an async arrow.
func (p *parser) checkArrowParamPositions(isAsync bool) {
	if p.yieldPos != 0 {
		p.failAt(p.yieldPos-1, "Yield expression not allowed in formal parameter")
	}
	if p.awaitPos != 0 {
		p.failAt(p.awaitPos-1, "Illegal await-expression in formal parameters of async function")
	}
	if isAsync && p.awaitIdentPos != 0 {
		p.failAt(p.awaitIdentPos-1, "'await' is not a valid identifier name in an async function")
	}
}

// mergePositions restores the cover positions saved before a parenthesized
// expression, keeping the first of the old and new ones: the expression may
// itself sit inside arrow parameters.
func (p *parser) mergePositions(oldYield, oldAwait, oldAwaitIdent int32) {
	if oldYield != 0 {
		p.yieldPos = oldYield
	}
	if oldAwait != 0 {
		p.awaitPos = oldAwait
	}
	if oldAwaitIdent != 0 {
		p.awaitIdentPos = oldAwaitIdent
	}
}

func (p *parser) parseSuper() js_ast.Expr {
	start := p.lx.Start
	p.next()
	switch p.lx.Kind {
	case js_lexer.TOpenParen:
		if p.fn.superCall {
			return &js_ast.SuperExpr{Range: p.rangeFrom(start)}
		}
	case js_lexer.TDot, js_lexer.TOpenBracket:
		if p.fn.superProperty {
			return &js_ast.SuperExpr{Range: p.rangeFrom(start)}
		}
	}
	p.failAt(start, "'super' keyword unexpected here")
	return nil
}

// parseImportCall parses a dynamic import, import(specifier), which scripts
// may use. The tree has no node of its own for it: it is a call of an
// identifier named "import", which prints back as written.
func (p *parser) parseImportCall() js_ast.Expr {
	start := p.lx.Start
	p.next()
	if p.at(js_lexer.TDot) {
		p.next()
		if p.isContextual("meta") {
			p.failAt(start, "Cannot use 'import.meta' outside a module")
		}
		p.unexpected()
	}
	callee := &js_ast.Identifier{Range: p.rangeFrom(start), Name: "import"}
	if !p.at(js_lexer.TOpenParen) {
		p.failAt(start, "Cannot use import statement outside a module")
	}
	p.next()
	if p.at(js_lexer.TCloseParen) {
		p.unexpected()
	}
	args := []js_ast.Expr{p.parseAssign(false, nil)}
	if p.eat(js_lexer.TComma) && !p.at(js_lexer.TCloseParen) {
		args = append(args, p.parseAssign(false, nil))
		p.eat(js_lexer.TComma)
	}
	p.expect(js_lexer.TCloseParen)
	return &js_ast.CallExpr{Range: p.rangeFrom(start), Callee: callee, Args: args}
}
