package js_parser

import (
	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

// bindNone parses a binding pattern without declaring its names yet (arrow
// parameters, declared once the "=>" is seen).
const bindNone bindingKind = 255

// ---------------------------------------------------------------- binding patterns

// parseBindingTarget parses a BindingIdentifier or a binding pattern and
// declares its names.
func (p *parser) parseBindingTarget(kind bindingKind) js_ast.Expr {
	switch p.lx.Kind {
	case js_lexer.TOpenBracket:
		return p.parseArrayBinding(kind)
	case js_lexer.TOpenBrace:
		return p.parseObjectBinding(kind)
	}
	return p.parseBindingIdentifier(kind)
}

func (p *parser) parseBindingIdentifier(kind bindingKind) *js_ast.Identifier {
	start := p.lx.Start
	if !p.at(js_lexer.TIdentifier) {
		p.unexpected()
	}
	name := p.lx.Name
	p.checkIdentifierReference(name, start, p.lx.Escaped)
	if p.inBindingPattern > 0 && p.strict && (name == "eval" || name == "arguments") {
		p.failAt(start, "Invalid destructuring assignment target")
	}
	p.checkBindingName(name, start)
	p.next()
	p.declare(name, start, kind)
	return &js_ast.Identifier{Range: p.rangeFrom(start), Name: name}
}

// parseBindingElement parses a target with an optional default.
func (p *parser) parseBindingElement(kind bindingKind) js_ast.Expr {
	start := p.lx.Start
	target := p.parseBindingTarget(kind)
	if p.eat(js_lexer.TAssign) {
		def := p.parseAssign(false, nil)
		return &js_ast.AssignPattern{Range: p.rangeFrom(start), Target: target, Default: def}
	}
	return target
}

func (p *parser) parseArrayBinding(kind bindingKind) js_ast.Expr {
	p.inBindingPattern++
	defer func() { p.inBindingPattern-- }()
	start := p.lx.Start
	p.next()
	pat := &js_ast.ArrayPattern{Elements: []js_ast.Expr{}}
	for !p.at(js_lexer.TCloseBracket) {
		if p.eat(js_lexer.TComma) {
			pat.Elements = append(pat.Elements, nil)
			continue
		}
		if p.at(js_lexer.TDotDotDot) {
			restStart := p.lx.Start
			p.next()
			target := p.parseBindingTarget(kind)
			pat.Elements = append(pat.Elements, &js_ast.RestElement{Range: p.rangeFrom(restStart), Target: target})
			if p.at(js_lexer.TAssign) {
				p.failAt(restStart, "Invalid destructuring assignment target")
			}
			if !p.at(js_lexer.TCloseBracket) {
				p.failAt(restStart, "Rest element must be last element")
			}
			break
		}
		pat.Elements = append(pat.Elements, p.parseBindingElement(kind))
		if !p.at(js_lexer.TCloseBracket) {
			p.expect(js_lexer.TComma)
		}
	}
	p.next()
	pat.Range = p.rangeFrom(start)
	return pat
}

func (p *parser) parseObjectBinding(kind bindingKind) js_ast.Expr {
	p.inBindingPattern++
	defer func() { p.inBindingPattern-- }()
	start := p.lx.Start
	p.next()
	pat := &js_ast.ObjectPattern{Properties: []*js_ast.Property{}}
	for !p.at(js_lexer.TCloseBrace) {
		propStart := p.lx.Start
		if p.eat(js_lexer.TDotDotDot) {
			if p.at(js_lexer.TOpenBrace) || p.at(js_lexer.TOpenBracket) {
				p.failAt(p.lx.Start, "`...` must be followed by an identifier in declaration contexts")
			}
			target := p.parseBindingIdentifier(kind)
			pat.Properties = append(pat.Properties, &js_ast.Property{Range: p.rangeFrom(propStart), Kind: js_ast.PropSpread, Value: target})
			switch p.lx.Kind {
			case js_lexer.TCloseBrace:
			case js_lexer.TDot, js_lexer.TOpenBracket:
				p.failAt(target.Start, "Illegal property in declaration context")
			default:
				p.failAt(propStart, "Rest element must be last element")
			}
			break
		}
		keyTok := p.lx.Token
		key, computed := p.parsePropertyKey(false)
		prop := &js_ast.Property{Kind: js_ast.PropInit, Key: key, Computed: computed}
		if p.eat(js_lexer.TColon) {
			prop.Value = p.parseBindingElement(kind)
		} else {
			// Shorthand: the key must itself be a valid binding name.
			if keyTok.Kind != js_lexer.TIdentifier {
				p.unexpectedToken(&keyTok)
			}
			p.checkIdentifierReference(keyTok.Name, keyTok.Start, keyTok.Escaped)
			if p.strict && (keyTok.Name == "eval" || keyTok.Name == "arguments") {
				p.failAt(keyTok.Start, "Invalid destructuring assignment target")
			}
			p.declare(keyTok.Name, keyTok.Start, kind)
			prop.Shorthand = true
			prop.Value = &js_ast.Identifier{Range: key.Span(), Name: keyTok.Name}
			if p.eat(js_lexer.TAssign) {
				def := p.parseAssign(false, nil)
				prop.Value = &js_ast.AssignPattern{Range: p.rangeFrom(propStart), Target: prop.Value, Default: def}
			}
		}
		prop.Range = p.rangeFrom(propStart)
		pat.Properties = append(pat.Properties, prop)
		if !p.at(js_lexer.TCloseBrace) {
			p.expect(js_lexer.TComma)
		}
	}
	p.next()
	pat.Range = p.rangeFrom(start)
	return pat
}

// ---------------------------------------------------------------- cover grammar conversion

// checkSimpleTarget checks the target of a compound assignment or an
// update: an identifier or a member access, possibly parenthesized. Like
// V8, calls are accepted (they throw a ReferenceError when run), except
// with logical assignment.
func (p *parser) checkSimpleTarget(x js_ast.Expr, op js_lexer.T, msg string) js_ast.Expr {
	switch e := unparen(x).(type) {
	case *js_ast.Identifier:
		p.checkBindingName(e.Name, e.Start)
		return x
	case *js_ast.MemberExpr:
		return x
	case *js_ast.CallExpr:
		if op != js_lexer.TAmpAmpAssign && op != js_lexer.TBarBarAssign && op != js_lexer.TQuestionQuestionAssign {
			return x
		}
	}
	p.failAt(x.Span().Start, "%s", msg)
	return nil
}

// toForTarget converts the expression before "in" or "of" in a for head.
func (p *parser) toForTarget(x js_ast.Expr) js_ast.Expr {
	switch x.(type) {
	case *js_ast.ArrayLit, *js_ast.ObjectLit:
		return p.toAssignPattern(x)
	}
	return p.checkSimpleTarget(x, js_lexer.TAssign, "Invalid left-hand side in for-loop")
}

// toAssignPattern converts an array or object literal before "=" into a
// destructuring assignment pattern.
func (p *parser) toAssignPattern(x js_ast.Expr) js_ast.Expr {
	switch e := x.(type) {
	case *js_ast.ArrayLit:
		pat := &js_ast.ArrayPattern{Range: e.Range, Elements: make([]js_ast.Expr, len(e.Elements))}
		for i, el := range e.Elements {
			if s, ok := el.(*js_ast.SpreadElement); ok {
				if i != len(e.Elements)-1 || p.spreadThenComma[s] {
					p.failAt(s.Start, "Rest element must be last element")
				}
				if _, ok := s.X.(*js_ast.AssignExpr); ok {
					p.failAt(s.X.Span().Start, "Invalid destructuring assignment target")
				}
				pat.Elements[i] = &js_ast.RestElement{Range: s.Range, Target: p.toAssignElement(s.X)}
				continue
			}
			if el != nil {
				pat.Elements[i] = p.toAssignElementWithDefault(el)
			}
		}
		return pat
	case *js_ast.ObjectLit:
		pat := &js_ast.ObjectPattern{Range: e.Range, Properties: make([]*js_ast.Property, len(e.Properties))}
		for i, prop := range e.Properties {
			q := *prop
			switch prop.Kind {
			case js_ast.PropSpread:
				if i != len(e.Properties)-1 || p.spreadThenComma[prop] {
					p.failAt(prop.Start, "Rest element must be last element")
				}
				switch unparen(prop.Value).(type) {
				case *js_ast.Identifier, *js_ast.MemberExpr:
				default:
					p.failAt(prop.Value.Span().Start, "`...` must be followed by an assignable reference in assignment contexts")
				}
				q.Value = p.toAssignElement(prop.Value)
			case js_ast.PropInit:
				if prop.Shorthand {
					// V8 words a shorthand eval like a plain assignment.
					if id, ok := prop.Key.(*js_ast.Identifier); ok {
						p.checkBindingName(id.Name, id.Start)
					}
				}
				q.Value = p.toAssignElementWithDefault(prop.Value)
			default:
				p.failAt(prop.Start, "Invalid destructuring assignment target")
			}
			pat.Properties[i] = &q
		}
		return pat
	}
	return x
}

// toAssignElementWithDefault converts an element of a destructuring
// assignment, where "target = default" is an AssignPattern.
func (p *parser) toAssignElementWithDefault(x js_ast.Expr) js_ast.Expr {
	if a, ok := x.(*js_ast.AssignExpr); ok && a.Op == "=" {
		return &js_ast.AssignPattern{Range: a.Range, Target: p.toAssignElement(a.Target), Default: a.Value}
	}
	return p.toAssignElement(x)
}

// toAssignElement converts a target nested in a destructuring assignment.
func (p *parser) toAssignElement(x js_ast.Expr) js_ast.Expr {
	switch e := x.(type) {
	case *js_ast.ArrayLit, *js_ast.ObjectLit:
		return p.toAssignPattern(e)
	case *js_ast.ArrayPattern, *js_ast.ObjectPattern:
		return x // converted by a nested assignment already
	case *js_ast.Identifier:
		if p.strict && (e.Name == "eval" || e.Name == "arguments") {
			p.failAt(e.Start, "Invalid destructuring assignment target")
		}
		return x
	case *js_ast.MemberExpr:
		return x
	case *js_ast.ParenExpr:
		switch inner := unparen(e).(type) {
		case *js_ast.Identifier:
			if p.strict && (inner.Name == "eval" || inner.Name == "arguments") {
				p.failAt(e.Start, "Invalid destructuring assignment target")
			}
			return x
		case *js_ast.MemberExpr:
			return x
		}
	}
	p.failAt(x.Span().Start, "Invalid destructuring assignment target")
	return nil
}

// toParams converts the items of "(...)" or "async(...)" into arrow
// function parameters: binding patterns, where member accesses and
// parentheses are not allowed.
func (p *parser) toParams(items []js_ast.Expr) []js_ast.Expr {
	params := make([]js_ast.Expr, len(items))
	for i, it := range items {
		switch e := it.(type) {
		case *js_ast.RestElement:
			params[i] = e // parsed as a binding already
		case *js_ast.SpreadElement:
			if i != len(items)-1 {
				p.failAt(e.Start, "Rest parameter must be last formal parameter")
			}
			if a, ok := e.X.(*js_ast.AssignExpr); ok {
				p.failAt(a.Start, "Rest parameter may not have a default initializer")
			}
			params[i] = &js_ast.RestElement{Range: e.Range, Target: p.toBinding(e.X)}
		case *js_ast.MemberExpr:
			p.failAt(e.Start, "Invalid destructuring assignment target")
		default:
			params[i] = p.toBindingWithDefault(it)
		}
	}
	return params
}

func (p *parser) toBindingWithDefault(x js_ast.Expr) js_ast.Expr {
	switch e := x.(type) {
	case *js_ast.AssignExpr:
		if e.Op == "=" {
			return &js_ast.AssignPattern{Range: e.Range, Target: p.toBinding(e.Target), Default: e.Value}
		}
	case *js_ast.AssignPattern:
		return &js_ast.AssignPattern{Range: e.Range, Target: p.toBinding(e.Target), Default: e.Default}
	}
	return p.toBinding(x)
}

// toBinding converts an expression, or re-checks an assignment pattern,
// as a binding pattern.
func (p *parser) toBinding(x js_ast.Expr) js_ast.Expr {
	switch e := x.(type) {
	case *js_ast.Identifier:
		p.checkBindingName(e.Name, e.Start)
		return e
	case *js_ast.ArrayLit:
		return p.toBinding(p.toAssignPattern(e))
	case *js_ast.ObjectLit:
		return p.toBinding(p.toAssignPattern(e))
	case *js_ast.ArrayPattern:
		for i, el := range e.Elements {
			switch r := el.(type) {
			case nil:
			case *js_ast.RestElement:
				e.Elements[i] = &js_ast.RestElement{Range: r.Range, Target: p.toBinding(r.Target)}
			default:
				e.Elements[i] = p.toBindingWithDefault(el)
			}
		}
		return e
	case *js_ast.ObjectPattern:
		for _, prop := range e.Properties {
			if prop.Kind == js_ast.PropSpread {
				if _, ok := prop.Value.(*js_ast.Identifier); !ok {
					p.failAt(prop.Value.Span().Start, "`...` must be followed by an identifier in declaration contexts")
				}
			}
			prop.Value = p.toBindingWithDefault(prop.Value)
		}
		return e
	case *js_ast.MemberExpr:
		p.failAt(x.Span().Start, "Illegal property in declaration context")
	}
	p.failAt(x.Span().Start, "Invalid destructuring assignment target")
	return nil
}

// boundNames appends the names that a binding pattern declares.
func boundNames(x js_ast.Expr, out []boundName) []boundName {
	switch e := x.(type) {
	case *js_ast.Identifier:
		out = append(out, boundName{e.Name, e.Start})
	case *js_ast.AssignPattern:
		out = boundNames(e.Target, out)
	case *js_ast.RestElement:
		out = boundNames(e.Target, out)
	case *js_ast.ArrayPattern:
		for _, el := range e.Elements {
			if el != nil {
				out = boundNames(el, out)
			}
		}
	case *js_ast.ObjectPattern:
		for _, prop := range e.Properties {
			out = boundNames(prop.Value, out)
		}
	}
	return out
}
