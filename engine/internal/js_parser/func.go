package js_parser

import (
	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

// parseFunctionStmt parses a function declaration (async when isAsync, in
// which case the current token is "async").
func (p *parser) parseFunctionStmt(ctx stmtCtx, start int32, isAsync bool) js_ast.Stmt {
	if isAsync {
		p.next()
	}
	funcAt := p.lx.Start
	p.next() // function
	isGen := p.at(js_lexer.TStar)
	p.checkFunctionDeclContext(ctx, start, isAsync, isGen)
	if isGen {
		p.next()
	}
	if p.at(js_lexer.TOpenParen) {
		p.failAt(funcAt, "Function statements require a function name")
	}
	// The name is bound in the enclosing scope, under its rules for yield
	// and await.
	name := p.parseBindingIdentifier(bindNone)
	// V8 reports a redeclaring function at its start.
	p.declareFunction(name.Name, start, !isAsync && !isGen)
	fn := &js_ast.Function{Kind: js_ast.FuncDecl, Name: name, Async: isAsync, Generator: isGen}
	outer := p.enterFunction(&funcState{async: isAsync, generator: isGen, allowReturn: true, newTarget: true})
	p.parseFunctionRest(fn)
	p.leaveFunction(outer)
	fn.Range = p.rangeFrom(start)
	return &js_ast.FunctionDecl{Range: fn.Range, Func: fn}
}

// checkFunctionDeclContext applies the rules on where a function
// declaration may appear outside a statement list.
func (p *parser) checkFunctionDeclContext(ctx stmtCtx, start int32, isAsync, isGen bool) {
	switch {
	case ctx == ctxListItem:
	case p.strict:
		p.failAt(start, "In strict mode code, functions can only be declared at top level or inside a block.")
	case ctx == ctxSingle:
		p.failAt(start, "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.")
	case isAsync:
		p.failAt(start, "Async functions can only be declared at the top level or inside a block.")
	case isGen:
		p.failAt(p.lx.Start, "Generators can only be declared at the top level or inside a block.")
	}
}

// parseFunctionExpr parses a function expression; the current token is
// "function".
func (p *parser) parseFunctionExpr(start int32, isAsync bool) js_ast.Expr {
	p.next()
	isGen := p.eat(js_lexer.TStar)
	// The name of a function expression is bound inside it, so its own
	// rules for yield and await apply.
	outer := p.enterFunction(&funcState{async: isAsync, generator: isGen, allowReturn: true, newTarget: true})
	var name *js_ast.Identifier
	if !p.at(js_lexer.TOpenParen) {
		name = p.parseBindingIdentifier(bindNone)
	}
	fn := &js_ast.Function{Kind: js_ast.FuncExpr, Name: name, Async: isAsync, Generator: isGen}
	p.parseFunctionRest(fn)
	p.leaveFunction(outer)
	fn.Range = p.rangeFrom(start)
	return &js_ast.FunctionExpr{Range: fn.Range, Func: fn}
}

// parseFunctionRest parses the parameters and body of a function whose
// funcState is already current.
func (p *parser) parseFunctionRest(fn *js_ast.Function) {
	p.pushScope(scopeFunction)
	params, simple, names := p.parseParams()
	fn.Params = params
	var nameList []boundName
	if fn.Name != nil {
		nameList = []boundName{{fn.Name.Name, fn.Name.Start}}
	}
	p.parseFunctionBody(fn, simple, names, false, nameList)
	p.popScope()
}

// parseParams parses "(a, b = 1, ...c)" and declares the names in the
// current (function) scope. simple is false when any parameter is a
// pattern, has a default or is a rest parameter.
func (p *parser) parseParams() (params []js_ast.Expr, simple bool, names []boundName) {
	oldParams := p.params
	p.params = nil
	defer func() { p.params = oldParams }()
	simple = true
	p.expect(js_lexer.TOpenParen)
	params = []js_ast.Expr{}
	for !p.at(js_lexer.TCloseParen) {
		start := p.lx.Start
		if p.eat(js_lexer.TDotDotDot) {
			simple = false
			target := p.parseBindingTarget(bindParam)
			if p.at(js_lexer.TAssign) {
				p.failAt(p.lx.Start, "Rest parameter may not have a default initializer")
			}
			params = append(params, &js_ast.RestElement{Range: p.rangeFrom(start), Target: target})
			if !p.at(js_lexer.TCloseParen) {
				p.failAt(p.lx.Start, "Rest parameter must be last formal parameter")
			}
			break
		}
		param := p.parseBindingElement(bindParam)
		if _, ok := param.(*js_ast.Identifier); !ok {
			simple = false
		}
		params = append(params, param)
		if !p.at(js_lexer.TCloseParen) {
			p.expect(js_lexer.TComma)
		}
	}
	p.next()
	if p.yieldPos != 0 {
		p.failAt(p.yieldPos-1, "Yield expression not allowed in formal parameter")
	}
	if p.awaitPos != 0 {
		p.failAt(p.awaitPos-1, "Illegal await-expression in formal parameters of async function")
	}
	return params, simple, p.params
}

// parseFunctionBody parses "{ body }". Its directive prologue may make the
// function strict, which retroactively restricts the function's name and
// parameters (names lists both). unique requires distinct parameter names
// even in sloppy mode (methods and arrows).
func (p *parser) parseFunctionBody(fn *js_ast.Function, simple bool, params []boundName, unique bool, names []boundName) {
	bodyStart := p.lx.Start
	p.expect(js_lexer.TOpenBrace)
	wasStrict := p.strict
	dirs, useStrict, first := p.parseDirectives()
	fn.Directives = dirs
	if useStrict && !simple {
		p.failAt(p.useStrictAt, "Illegal 'use strict' directive in function with non-simple parameter list")
	}
	if p.strict && !wasStrict {
		p.checkStrictNames(names)
		p.checkStrictNames(params)
	}
	if p.strict || !simple || unique {
		p.checkDuplicateParams(params)
	}
	fn.Body = p.parseStatementList(js_lexer.TCloseBrace, first)
	p.next()
	fn.BodyRange = p.rangeFrom(bodyStart)
	fn.Strict = p.strict
}

// parseMethod parses the parameters and body of a method, accessor or
// class constructor; start is where the member begins.
func (p *parser) parseMethod(start int32, kind js_ast.FuncKind, isAsync, isGen, superCall bool) *js_ast.Function {
	fn := &js_ast.Function{Kind: kind, Async: isAsync, Generator: isGen}
	outer := p.enterFunction(&funcState{async: isAsync, generator: isGen, allowReturn: true,
		superProperty: true, superCall: superCall, newTarget: true})
	p.pushScope(scopeFunction)
	parenAt := p.lx.Start
	params, simple, names := p.parseParams()
	switch kind {
	case js_ast.FuncGetter:
		if len(params) != 0 {
			p.failAt(parenAt, "Getter must not have any formal parameters.")
		}
	case js_ast.FuncSetter:
		if len(params) != 1 {
			p.failAt(parenAt, "Setter must have exactly one formal parameter.")
		}
		if _, ok := params[0].(*js_ast.RestElement); ok {
			p.failAt(parenAt, "Setter function argument must not be a rest parameter")
		}
	}
	fn.Params = params
	p.parseFunctionBody(fn, simple, names, true, nil)
	p.popScope()
	p.leaveFunction(outer)
	fn.Range = p.rangeFrom(start)
	return fn
}

// parseArrowBody parses "=> body" for parameters already converted from
// the cover grammar.
func (p *parser) parseArrowBody(start int32, params []js_ast.Expr, isAsync, noIn bool) js_ast.Expr {
	p.next() // =>
	parent := p.fn
	fn := &js_ast.Function{Kind: js_ast.FuncArrow, Params: params, Async: isAsync}
	outer := p.enterFunction(&funcState{async: isAsync, arrow: true, allowReturn: true,
		superProperty: parent.superProperty, superCall: parent.superCall, newTarget: parent.newTarget,
		noArguments: parent.noArguments})
	p.pushScope(scopeFunction)
	var names []boundName
	simple := true
	for _, prm := range params {
		names = boundNames(prm, names)
		if _, ok := prm.(*js_ast.Identifier); !ok {
			simple = false
		}
	}
	for _, n := range names {
		p.scope.set(n.name, bindParam)
	}
	p.checkDuplicateParams(names)
	if p.at(js_lexer.TOpenBrace) {
		p.parseFunctionBody(fn, simple, names, true, nil)
	} else {
		x := p.parseAssign(noIn, nil)
		fn.ExprBody = true
		fn.Body = []js_ast.Stmt{&js_ast.ReturnStmt{Range: x.Span(), X: x}}
		fn.BodyRange = x.Span()
		fn.Strict = p.strict
	}
	p.popScope()
	p.leaveFunction(outer)
	fn.Range = p.rangeFrom(start)
	return &js_ast.ArrowFunc{Range: fn.Range, Func: fn}
}
