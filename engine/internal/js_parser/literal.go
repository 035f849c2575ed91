package js_parser

import (
	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

// coverErrors holds errors that an array or object literal causes only if
// it stays an expression; as a destructuring pattern it is fine. Positions
// are offset+1, 0 meaning none.
type coverErrors struct {
	shorthandInit int32 // {a = 1}
	doubleProto   int32 // {__proto__: a, __proto__: b}
}

func (c *coverErrors) merge(inner *coverErrors) {
	if c.shorthandInit == 0 {
		c.shorthandInit = inner.shorthandInit
	}
	if c.doubleProto == 0 {
		c.doubleProto = inner.doubleProto
	}
}

// reportCover reports the deferred errors of an expression that is now
// known not to be a pattern.
func (p *parser) reportCover(c *coverErrors) {
	if c == nil {
		return
	}
	if c.shorthandInit != 0 {
		p.failAt(c.shorthandInit-1, "Invalid shorthand property initializer")
	}
	if c.doubleProto != 0 {
		p.failAt(c.doubleProto-1, "Duplicate __proto__ fields are not allowed in object literals")
	}
}

func (p *parser) noteSpreadThenComma(n js_ast.Node) {
	if p.spreadThenComma == nil {
		p.spreadThenComma = make(map[js_ast.Node]bool)
	}
	p.spreadThenComma[n] = true
}

func (p *parser) parseArrayLiteral(cover *coverErrors) js_ast.Expr {
	start := p.lx.Start
	p.next()
	arr := &js_ast.ArrayLit{Elements: []js_ast.Expr{}}
	for !p.at(js_lexer.TCloseBracket) {
		if p.eat(js_lexer.TComma) {
			arr.Elements = append(arr.Elements, nil)
			continue
		}
		elemStart := p.lx.Start
		var elem js_ast.Expr
		if p.eat(js_lexer.TDotDotDot) {
			x := p.parseAssign(false, cover)
			spread := &js_ast.SpreadElement{Range: p.rangeFrom(elemStart), X: x}
			if p.at(js_lexer.TComma) {
				p.noteSpreadThenComma(spread)
			}
			elem = spread
		} else {
			elem = p.parseAssign(false, cover)
		}
		arr.Elements = append(arr.Elements, elem)
		if !p.at(js_lexer.TCloseBracket) {
			p.expect(js_lexer.TComma)
		}
	}
	p.next()
	arr.Range = p.rangeFrom(start)
	return arr
}

func (p *parser) parseObjectLiteral(cover *coverErrors) js_ast.Expr {
	start := p.lx.Start
	p.next()
	obj := &js_ast.ObjectLit{Properties: []*js_ast.Property{}}
	sawProto := false
	for !p.at(js_lexer.TCloseBrace) {
		prop := p.parsePropertyDefinition(cover, &sawProto)
		obj.Properties = append(obj.Properties, prop)
		if !p.at(js_lexer.TCloseBrace) {
			p.expect(js_lexer.TComma)
			if prop.Kind == js_ast.PropSpread {
				p.noteSpreadThenComma(prop)
			}
		}
	}
	p.next()
	obj.Range = p.rangeFrom(start)
	return obj
}

// startsPropertyKey reports whether t can begin a property name, which
// tells the modifiers get, set and async from properties of those names.
func startsPropertyKey(t *js_lexer.Token) bool {
	switch t.Kind {
	case js_lexer.TIdentifier, js_lexer.TEscapedKeyword, js_lexer.TString, js_lexer.TNumber,
		js_lexer.TBigInt, js_lexer.TOpenBracket, js_lexer.TPrivateName:
		return true
	}
	return t.Kind.IsKeyword()
}

func (p *parser) parsePropertyDefinition(cover *coverErrors, sawProto *bool) *js_ast.Property {
	start := p.lx.Start
	if p.eat(js_lexer.TDotDotDot) {
		x := p.parseAssign(false, cover)
		return &js_ast.Property{Range: p.rangeFrom(start), Kind: js_ast.PropSpread, Value: x}
	}
	kind := js_ast.PropInit
	isAsync, isGenerator := false, false
	p.checkEscapedModifier()
	if p.isContextual("async") || p.isContextual("get") || p.isContextual("set") {
		t := p.peek()
		// "async" must be on the line of what it modifies.
		if (startsPropertyKey(&t) || t.Kind == js_lexer.TStar) && !(p.lx.Name == "async" && t.NewlineBefore) {
			switch p.lx.Name {
			case "async":
				isAsync = true
			case "get":
				kind = js_ast.PropGetter
			case "set":
				kind = js_ast.PropSetter
			}
			p.next()
		}
	}
	if p.at(js_lexer.TStar) {
		if kind != js_ast.PropInit {
			p.unexpected()
		}
		isGenerator = true
		p.next()
	}
	keyTok := p.lx.Token
	key, computed := p.parsePropertyKey(false)

	if kind != js_ast.PropInit || isAsync || isGenerator || p.at(js_lexer.TOpenParen) {
		fkind := js_ast.FuncMethod
		switch kind {
		case js_ast.PropGetter:
			fkind = js_ast.FuncGetter
		case js_ast.PropSetter:
			fkind = js_ast.FuncSetter
		default:
			kind = js_ast.PropMethod
		}
		fn := p.parseMethod(start, fkind, isAsync, isGenerator, false)
		return &js_ast.Property{Range: p.rangeFrom(start), Kind: kind, Key: key, Computed: computed,
			Value: &js_ast.FunctionExpr{Range: fn.Range, Func: fn}}
	}

	if p.eat(js_lexer.TColon) {
		if !computed && isProtoKey(key) {
			if *sawProto {
				p.deferError(cover, &coverErrors{doubleProto: keyTok.Start + 1})
			}
			*sawProto = true
		}
		value := p.parseAssign(false, cover)
		return &js_ast.Property{Range: p.rangeFrom(start), Kind: js_ast.PropInit, Key: key, Computed: computed, Value: value}
	}

	// Shorthand {a} or, in a pattern only, {a = 1}.
	if keyTok.Kind != js_lexer.TIdentifier {
		p.unexpectedToken(&keyTok)
	}
	p.checkIdentifierReference(keyTok.Name, keyTok.Start, keyTok.Escaped)
	var value js_ast.Expr = &js_ast.Identifier{Range: key.Span(), Name: keyTok.Name}
	if p.at(js_lexer.TAssign) {
		p.deferError(cover, &coverErrors{shorthandInit: keyTok.Start + 1})
		p.next()
		def := p.parseAssign(false, nil)
		value = &js_ast.AssignExpr{Range: p.rangeFrom(start), Op: "=", Target: value, Value: def}
	}
	return &js_ast.Property{Range: p.rangeFrom(start), Kind: js_ast.PropInit, Key: key, Shorthand: true, Value: value}
}

// deferError records an error for a literal that may still become a
// pattern, or reports it at once when it cannot.
func (p *parser) deferError(cover *coverErrors, e *coverErrors) {
	if cover == nil {
		p.reportCover(e)
		return
	}
	cover.merge(e)
}

func isProtoKey(key js_ast.Expr) bool {
	switch k := key.(type) {
	case *js_ast.Identifier:
		return k.Name == "__proto__"
	case *js_ast.StringLit:
		return utf16Equal(k.Value, "__proto__")
	}
	return false
}

func utf16Equal(v []uint16, s string) bool {
	if len(v) != len(s) {
		return false
	}
	for i := range v {
		if v[i] != uint16(s[i]) {
			return false
		}
	}
	return true
}

// parsePropertyKey parses a property name of an object literal or class:
// any IdentifierName, a string, a number, a computed [expr] or, in a class
// (allowPrivate), a private name.
func (p *parser) parsePropertyKey(allowPrivate bool) (key js_ast.Expr, computed bool) {
	start := p.lx.Start
	t := &p.lx.Token
	switch k := t.Kind; {
	case k == js_lexer.TIdentifier || k == js_lexer.TEscapedKeyword || k.IsKeyword():
		name := t.Name
		if k.IsKeyword() {
			name = k.String()
		}
		p.next()
		return &js_ast.Identifier{Range: p.rangeFrom(start), Name: name}, false
	case k == js_lexer.TString:
		p.checkStrictLiteral()
		lit := &js_ast.StringLit{Raw: p.lx.Raw(), Value: t.Value}
		p.next()
		lit.Range = p.rangeFrom(start)
		return lit, false
	case k == js_lexer.TNumber:
		p.checkStrictLiteral()
		lit := &js_ast.NumberLit{Raw: p.lx.Raw(), Value: t.Number}
		p.next()
		lit.Range = p.rangeFrom(start)
		return lit, false
	case k == js_lexer.TBigInt:
		lit := &js_ast.BigIntLit{Raw: p.lx.Raw()}
		p.next()
		lit.Range = p.rangeFrom(start)
		return lit, false
	case k == js_lexer.TOpenBracket:
		p.next()
		x := p.parseAssign(false, nil)
		p.expect(js_lexer.TCloseBracket)
		return x, true
	case k == js_lexer.TPrivateName && allowPrivate:
		name := t.Name
		p.next()
		return &js_ast.PrivateName{Range: p.rangeFrom(start), Name: name}, false
	}
	p.unexpected()
	return nil, false
}

// parseTemplate parses a template literal, tagged when tag is not nil.
// Only tagged templates may contain invalid escapes (their cooked value is
// then undefined).
func (p *parser) parseTemplate(tag js_ast.Expr, start int32) js_ast.Expr {
	tl := &js_ast.TemplateLit{Tag: tag}
	for {
		t := &p.lx.Token
		if p.at(js_lexer.TError) {
			p.unexpected()
		}
		if t.Value == nil && tag == nil {
			p.failAt(t.ErrorAt, "%s", t.Message)
		}
		rawStart := t.Start + 1
		tl.Quasis = append(tl.Quasis, js_ast.TemplateElement{
			Range:  js_ast.Range{Start: rawStart, End: rawStart + int32(len(t.TemplateRaw))},
			Raw:    t.TemplateRaw,
			Cooked: t.Value,
			Valid:  t.Value != nil,
		})
		kind := t.Kind
		p.next()
		if kind == js_lexer.TNoSubstitutionTemplate || kind == js_lexer.TTemplateTail {
			break
		}
		tl.Exprs = append(tl.Exprs, p.parseExpression(false))
		if !p.at(js_lexer.TCloseBrace) {
			if p.at(js_lexer.TError) {
				p.unexpected()
			}
			p.failAt(p.lx.Start, "Missing } in template expression")
		}
		p.lx.ScanTemplateContinuation()
	}
	tl.Range = p.rangeFrom(start)
	return tl
}
