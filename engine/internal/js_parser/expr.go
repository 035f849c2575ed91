package js_parser

import (
	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

// parseExpression parses an Expression: assignment expressions separated
// by commas. noIn excludes the "in" operator (the init of a for loop).
func (p *parser) parseExpression(noIn bool) js_ast.Expr {
	x := p.parseAssign(noIn, nil)
	if p.at(js_lexer.TComma) {
		return p.parseSequenceRest(x, noIn)
	}
	return x
}

// parseSequenceRest parses ", b, c" after the first expression of a
// sequence.
func (p *parser) parseSequenceRest(first js_ast.Expr, noIn bool) js_ast.Expr {
	list := []js_ast.Expr{first}
	for p.eat(js_lexer.TComma) {
		list = append(list, p.parseAssign(noIn, nil))
	}
	return &js_ast.SequenceExpr{Range: js_ast.Range{Start: first.Span().Start, End: p.prevEnd}, Exprs: list}
}

// parseAssign parses an AssignmentExpression. When outer is not nil, the
// expression may still turn out to be part of a pattern (an element of an
// array or object literal, or an arrow parameter), so errors that only
// apply to expressions are handed to outer instead of being reported.
func (p *parser) parseAssign(noIn bool, outer *coverErrors) js_ast.Expr {
	p.enter()
	defer p.leave()
	if p.fn.generator && p.isContextual("yield") {
		return p.parseYield(noIn)
	}
	start := p.lx.Start
	p.potentialArrowAt, p.potentialArrowNoIn = start, noIn
	var cover coverErrors
	left := p.parseConditional(noIn, &cover)
	if _, ok := left.(*js_ast.ArrowFunc); ok {
		return left
	}
	if p.at(js_lexer.TArrow) && !p.lx.NewlineBefore {
		p.failAt(start, "Malformed arrow function parameter list")
	}
	if !p.lx.Kind.IsAssign() {
		if outer != nil {
			outer.merge(&cover)
		} else {
			p.reportCover(&cover)
		}
		return left
	}
	op := p.lx.Kind
	var target js_ast.Expr
	switch left.(type) {
	case *js_ast.ArrayLit, *js_ast.ObjectLit:
		if op != js_lexer.TAssign {
			p.failAt(start, "Invalid left-hand side in assignment")
		}
		// A literal before "=" is a destructuring pattern; the errors
		// that only concern literals no longer apply.
		target = p.toAssignPattern(left)
	default:
		p.reportCover(&cover)
		target = p.checkSimpleTarget(left, op, "Invalid left-hand side in assignment")
	}
	p.next()
	value := p.parseAssign(noIn, nil)
	return &js_ast.AssignExpr{Range: js_ast.Range{Start: start, End: p.prevEnd}, Op: op.String(), Target: target, Value: value}
}

func (p *parser) parseYield(noIn bool) js_ast.Expr {
	start := p.lx.Start
	if p.yieldPos == 0 {
		p.yieldPos = start + 1
	}
	p.next()
	y := &js_ast.YieldExpr{}
	if !p.lx.NewlineBefore {
		if p.eat(js_lexer.TStar) {
			y.Delegate = true
			y.X = p.parseAssign(noIn, nil)
		} else if p.startsExpression() {
			y.X = p.parseAssign(noIn, nil)
		}
	}
	y.Range = p.rangeFrom(start)
	return y
}

// startsExpression reports whether the current token can begin an
// expression, which decides whether "yield" has an operand.
func (p *parser) startsExpression() bool {
	switch p.lx.Kind {
	case js_lexer.TIdentifier, js_lexer.TEscapedKeyword, js_lexer.TPrivateName, js_lexer.TNumber,
		js_lexer.TBigInt, js_lexer.TString, js_lexer.TNoSubstitutionTemplate, js_lexer.TTemplateHead,
		js_lexer.TOpenParen, js_lexer.TOpenBracket, js_lexer.TOpenBrace, js_lexer.TPlus, js_lexer.TMinus,
		js_lexer.TBang, js_lexer.TTilde, js_lexer.TPlusPlus, js_lexer.TMinusMinus, js_lexer.TSlash,
		js_lexer.TSlashAssign, js_lexer.TFunction, js_lexer.TClass, js_lexer.TNew, js_lexer.TThis,
		js_lexer.TSuper, js_lexer.TNull, js_lexer.TTrue, js_lexer.TFalse, js_lexer.TTypeof,
		js_lexer.TVoid, js_lexer.TDelete, js_lexer.TImport, js_lexer.TError:
		return true
	}
	return false
}

func (p *parser) parseConditional(noIn bool, cover *coverErrors) js_ast.Expr {
	start := p.lx.Start
	test := p.parseBinary(0, noIn, cover)
	if _, ok := test.(*js_ast.ArrowFunc); ok || !p.at(js_lexer.TQuestion) {
		return test
	}
	p.reportCover(cover)
	p.next()
	// The middle operand allows "in" even in a for-init ([+In]).
	then := p.parseAssign(false, nil)
	p.expect(js_lexer.TColon)
	els := p.parseAssign(noIn, nil)
	return &js_ast.CondExpr{Range: p.rangeFrom(start), Test: test, Then: then, Else: els}
}

// Binary operator precedence, from loosest to tightest. "??" shares the
// level of "||" but may not be mixed with "||" or "&&" without parentheses.
const (
	precNone = iota
	precLogicalOr
	precLogicalAnd
	precBitOr
	precBitXor
	precBitAnd
	precEquality
	precRelational
	precShift
	precAdditive
	precMultiplicative
	precExponent
)

func binaryPrec(k js_lexer.T, noIn bool) int {
	switch k {
	case js_lexer.TQuestionQuestion, js_lexer.TBarBar:
		return precLogicalOr
	case js_lexer.TAmpAmp:
		return precLogicalAnd
	case js_lexer.TBar:
		return precBitOr
	case js_lexer.TCaret:
		return precBitXor
	case js_lexer.TAmp:
		return precBitAnd
	case js_lexer.TEq, js_lexer.TNotEq, js_lexer.TStrictEq, js_lexer.TStrictNotEq:
		return precEquality
	case js_lexer.TLess, js_lexer.TGreater, js_lexer.TLessEq, js_lexer.TGreaterEq, js_lexer.TInstanceof:
		return precRelational
	case js_lexer.TIn:
		if noIn {
			return precNone
		}
		return precRelational
	case js_lexer.TShl, js_lexer.TShr, js_lexer.TUShr:
		return precShift
	case js_lexer.TPlus, js_lexer.TMinus:
		return precAdditive
	case js_lexer.TStar, js_lexer.TSlash, js_lexer.TPercent:
		return precMultiplicative
	case js_lexer.TStarStar:
		return precExponent
	}
	return precNone
}

// parseBinary parses binary operators of precedence minPrec and tighter by
// precedence climbing.
func (p *parser) parseBinary(minPrec int, noIn bool, cover *coverErrors) js_ast.Expr {
	start := p.lx.Start
	var left js_ast.Expr
	if p.at(js_lexer.TPrivateName) {
		// "#x in obj" is the only place a private name stands alone.
		name := p.lx.Name
		p.next()
		if !p.at(js_lexer.TIn) || noIn || minPrec > precRelational {
			p.failAt(start, "Unexpected identifier '#%s'", name)
		}
		p.usePrivate(name, start)
		left = &js_ast.PrivateName{Range: p.rangeFrom(start), Name: name}
	} else {
		left = p.parseUnary(cover)
		if _, ok := left.(*js_ast.ArrowFunc); ok {
			return left
		}
	}
	for {
		op := p.lx.Kind
		prec := binaryPrec(op, noIn)
		if prec == precNone || prec < minPrec {
			return left
		}
		p.reportCover(cover)
		switch op {
		case js_lexer.TStarStar:
			switch left.(type) {
			case *js_ast.UnaryExpr, *js_ast.AwaitExpr:
				p.failAt(start, "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence")
			}
		case js_lexer.TQuestionQuestion:
			if b, ok := left.(*js_ast.BinaryExpr); ok && (b.Op == "||" || b.Op == "&&") {
				p.unexpected()
			}
		case js_lexer.TBarBar, js_lexer.TAmpAmp:
			if b, ok := left.(*js_ast.BinaryExpr); ok && b.Op == "??" {
				p.unexpected()
			}
		}
		p.next()
		var right js_ast.Expr
		switch op {
		case js_lexer.TStarStar:
			right = p.parseBinary(precExponent, noIn, nil) // right-associative
		case js_lexer.TQuestionQuestion:
			right = p.parseBinary(precBitOr, noIn, nil)
		default:
			right = p.parseBinary(prec+1, noIn, nil)
		}
		left = &js_ast.BinaryExpr{Range: p.rangeFrom(start), Op: op.String(), X: left, Y: right}
	}
}

func (p *parser) parseUnary(cover *coverErrors) js_ast.Expr {
	p.enter()
	defer p.leave()
	start := p.lx.Start
	switch k := p.lx.Kind; k {
	case js_lexer.TPlus, js_lexer.TMinus, js_lexer.TBang, js_lexer.TTilde,
		js_lexer.TTypeof, js_lexer.TVoid, js_lexer.TDelete:
		p.next()
		x := p.parseUnary(nil)
		if k == js_lexer.TDelete {
			p.checkDelete(x)
		}
		return &js_ast.UnaryExpr{Range: p.rangeFrom(start), Op: k.String(), X: x}
	case js_lexer.TPlusPlus, js_lexer.TMinusMinus:
		p.next()
		x := p.parseUnary(nil)
		x = p.checkSimpleTarget(x, k, "Invalid left-hand side expression in prefix operation")
		return &js_ast.UpdateExpr{Range: p.rangeFrom(start), Op: k.String(), Prefix: true, X: x}
	}
	if p.fn.async && p.isContextual("await") {
		if p.awaitPos == 0 {
			p.awaitPos = start + 1
		}
		p.next()
		x := p.parseUnary(nil)
		return &js_ast.AwaitExpr{Range: p.rangeFrom(start), X: x}
	}
	x := p.parsePostfix(cover)
	return x
}

func unparen(x js_ast.Expr) js_ast.Expr {
	for {
		pe, ok := x.(*js_ast.ParenExpr)
		if !ok {
			return x
		}
		x = pe.X
	}
}

func (p *parser) parsePostfix(cover *coverErrors) js_ast.Expr {
	start := p.lx.Start
	x := p.parseLHS(cover)
	if (p.at(js_lexer.TPlusPlus) || p.at(js_lexer.TMinusMinus)) && !p.lx.NewlineBefore {
		if _, ok := x.(*js_ast.ArrowFunc); ok {
			return x
		}
		p.reportCover(cover)
		op := p.lx.Kind
		x = p.checkSimpleTarget(x, op, "Invalid left-hand side expression in postfix operation")
		p.next()
		return &js_ast.UpdateExpr{Range: p.rangeFrom(start), Op: op.String(), X: x}
	}
	return x
}

// parseLHS parses a LeftHandSideExpression: a primary expression or a new
// expression followed by member accesses, calls and tagged templates.
func (p *parser) parseLHS(cover *coverErrors) js_ast.Expr {
	start := p.lx.Start
	var x js_ast.Expr
	if p.at(js_lexer.TNew) {
		x = p.parseNew()
	} else {
		x = p.parsePrimary(cover)
		if _, ok := x.(*js_ast.ArrowFunc); ok {
			return x
		}
	}
	return p.parseSuffixes(x, start, cover, false)
}

// parseSuffixes parses ".x", "?.x", "[x]", "(args)" and templates after x.
// In the callee of new (noCall), arguments end the callee and optional
// chains are errors. An optional chain is wrapped in a ChainExpr where it
// ends, which is where its short-circuit stops.
func (p *parser) parseSuffixes(x js_ast.Expr, start int32, cover *coverErrors, noCall bool) js_ast.Expr {
	chain := false
	for {
		switch p.lx.Kind {
		case js_lexer.TDot:
			p.next()
			prop := p.parseMemberName(x)
			x = &js_ast.MemberExpr{Range: p.rangeFrom(start), Object: x, Property: prop}
		case js_lexer.TQuestionDot:
			if noCall {
				p.failAt(p.lx.Start, "Invalid optional chain from new expression")
			}
			if _, ok := x.(*js_ast.SuperExpr); ok {
				p.unexpected()
			}
			chain = true
			p.next()
			switch p.lx.Kind {
			case js_lexer.TOpenParen:
				args := p.parseArguments()
				x = &js_ast.CallExpr{Range: p.rangeFrom(start), Callee: x, Args: args, Optional: true}
			case js_lexer.TOpenBracket:
				p.next()
				prop := p.parseExpression(false)
				p.expect(js_lexer.TCloseBracket)
				x = &js_ast.MemberExpr{Range: p.rangeFrom(start), Object: x, Property: prop, Computed: true, Optional: true}
			case js_lexer.TNoSubstitutionTemplate, js_lexer.TTemplateHead:
				p.failAt(p.lx.Start, "Invalid tagged template on optional chain")
			default:
				prop := p.parseMemberName(x)
				x = &js_ast.MemberExpr{Range: p.rangeFrom(start), Object: x, Property: prop, Optional: true}
			}
		case js_lexer.TOpenBracket:
			p.next()
			prop := p.parseExpression(false)
			p.expect(js_lexer.TCloseBracket)
			x = &js_ast.MemberExpr{Range: p.rangeFrom(start), Object: x, Property: prop, Computed: true}
		case js_lexer.TOpenParen:
			if noCall {
				return x
			}
			args := p.parseArguments()
			x = &js_ast.CallExpr{Range: p.rangeFrom(start), Callee: x, Args: args}
		case js_lexer.TNoSubstitutionTemplate, js_lexer.TTemplateHead:
			if chain {
				p.failAt(p.lx.Start, "Invalid tagged template on optional chain")
			}
			x = p.parseTemplate(x, start)
		default:
			if chain {
				x = &js_ast.ChainExpr{Range: p.rangeFrom(start), X: x}
			}
			return x
		}
		p.reportCover(cover)
	}
}

// parseMemberName parses the name after "." or "?.": any IdentifierName
// (reserved words included) or a private name.
func (p *parser) parseMemberName(object js_ast.Expr) js_ast.Expr {
	start := p.lx.Start
	name := p.lx.Name
	switch k := p.lx.Kind; {
	case k == js_lexer.TIdentifier || k == js_lexer.TEscapedKeyword:
	case k.IsKeyword():
		name = k.String()
	case k == js_lexer.TPrivateName:
		if _, ok := object.(*js_ast.SuperExpr); ok {
			p.failAt(start, "Unexpected private field")
		}
		p.usePrivate(name, start)
		p.next()
		return &js_ast.PrivateName{Range: p.rangeFrom(start), Name: name}
	default:
		p.unexpected()
	}
	p.next()
	return &js_ast.Identifier{Range: p.rangeFrom(start), Name: name}
}

// parseArguments parses "(a, ...b)" of a call or new expression.
func (p *parser) parseArguments() []js_ast.Expr {
	p.expect(js_lexer.TOpenParen)
	args := []js_ast.Expr{}
	for !p.at(js_lexer.TCloseParen) {
		argStart := p.lx.Start
		if p.eat(js_lexer.TDotDotDot) {
			x := p.parseAssign(false, nil)
			args = append(args, &js_ast.SpreadElement{Range: p.rangeFrom(argStart), X: x})
		} else {
			args = append(args, p.parseAssign(false, nil))
		}
		if p.at(js_lexer.TCloseParen) {
			break
		}
		if !p.at(js_lexer.TComma) {
			if p.at(js_lexer.TError) {
				p.unexpected()
			}
			p.failAt(argStart, "missing ) after argument list")
		}
		p.next()
	}
	p.next()
	return args
}

// parseNew parses "new X(args)", "new X" and "new.target".
func (p *parser) parseNew() js_ast.Expr {
	start := p.lx.Start
	p.next()
	if p.eat(js_lexer.TDot) {
		if p.at(js_lexer.TIdentifier) && p.lx.Name == "target" && p.lx.Escaped {
			p.failAt(start, "'new.target' must not contain escaped characters")
		}
		if !p.isContextual("target") {
			p.unexpected()
		}
		if !p.fn.newTarget {
			p.failAt(start, "new.target expression is not allowed here")
		}
		p.next()
		return &js_ast.MetaProperty{Range: p.rangeFrom(start), Meta: "new", Property: "target"}
	}
	calleeStart := p.lx.Start
	var callee js_ast.Expr
	switch p.lx.Kind {
	case js_lexer.TNew:
		callee = p.parseNew()
	case js_lexer.TImport:
		p.failAt(calleeStart, "Cannot use new with import")
	default:
		callee = p.parsePrimary(nil)
	}
	callee = p.parseSuffixes(callee, calleeStart, nil, true)
	var args []js_ast.Expr
	if p.at(js_lexer.TOpenParen) {
		args = p.parseArguments()
	}
	return &js_ast.NewExpr{Range: p.rangeFrom(start), Callee: callee, Args: args}
}
