package js_parser

import (
	"unicode/utf16"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

func (p *parser) parseClassDecl() js_ast.Stmt {
	c := p.parseClass(true)
	return &js_ast.ClassDecl{Range: c.Range, Class: c}
}

// parseClass parses a class declaration or expression. All of a class,
// its name and heritage included, is strict mode code.
func (p *parser) parseClass(isDecl bool) *js_ast.Class {
	start := p.lx.Start
	p.next()
	oldStrict := p.strict
	p.strict = true
	defer func() { p.strict = oldStrict }()
	c := &js_ast.Class{}
	if p.at(js_lexer.TIdentifier) {
		c.Name = p.parseBindingIdentifier(bindNone)
		if isDecl {
			// V8 reports a redeclaring class at its start.
			p.declare(c.Name.Name, start, bindLexical)
		}
	} else if isDecl {
		p.unexpected()
	}
	if p.eat(js_lexer.TExtends) {
		c.SuperClass = p.parseLHS(nil)
	}
	p.expect(js_lexer.TOpenBrace)
	cs := &classScope{parent: p.class, declared: map[string]privateKind{}}
	p.class = cs
	sawCtor := false
	for !p.at(js_lexer.TCloseBrace) {
		if p.eat(js_lexer.TSemicolon) {
			continue
		}
		if p.at(js_lexer.TEndOfFile) {
			p.unexpected()
		}
		c.Members = append(c.Members, p.parseClassMember(c.SuperClass != nil, &sawCtor))
	}
	p.next()
	p.class = cs.parent
	p.resolvePrivate(cs)
	c.Range = p.rangeFrom(start)
	return c
}

// checkEscapedModifier rejects a modifier word (async, get, set) spelled
// with escapes where it would act as a modifier. (V8 takes an escaped
// "static" for a field name instead.)
func (p *parser) checkEscapedModifier() {
	if !p.at(js_lexer.TIdentifier) || !p.lx.Escaped {
		return
	}
	switch p.lx.Name {
	case "async", "get", "set":
		if t := p.peek(); startsPropertyKey(&t) || t.Kind == js_lexer.TStar {
			p.failAt(p.lx.Start, "Keyword must not contain escaped characters")
		}
	}
}

// endsMemberName reports whether t, after a modifier word (static, async,
// get, set), shows that the word is the member's name instead.
func endsMemberName(t *js_lexer.Token) bool {
	switch t.Kind {
	case js_lexer.TOpenParen, js_lexer.TAssign, js_lexer.TSemicolon, js_lexer.TCloseBrace, js_lexer.TEndOfFile:
		return true
	}
	return false
}

func (p *parser) parseClassMember(derived bool, sawCtor *bool) *js_ast.ClassMember {
	start := p.lx.Start
	m := &js_ast.ClassMember{}
	p.checkEscapedModifier()
	if p.isContextual("static") {
		t := p.peek()
		if t.Kind == js_lexer.TOpenBrace {
			p.next()
			m.Kind, m.Static = js_ast.MemberStaticBlock, true
			m.Body = p.parseStaticBlock()
			m.Range = p.rangeFrom(start)
			return m
		}
		if !endsMemberName(&t) {
			m.Static = true
			p.next()
		}
	}
	memberStart := p.lx.Start
	p.checkEscapedModifier()
	isAsync, isGen := false, false
	kind := js_ast.MemberMethod
	if p.isContextual("async") {
		if t := p.peek(); !t.NewlineBefore && (startsPropertyKey(&t) || t.Kind == js_lexer.TStar) {
			isAsync = true
			p.next()
		}
	}
	if p.eat(js_lexer.TStar) {
		isGen = true
	}
	if !isAsync && !isGen && (p.isContextual("get") || p.isContextual("set")) {
		if t := p.peek(); startsPropertyKey(&t) {
			kind = js_ast.MemberGetter
			if p.lx.Name == "set" {
				kind = js_ast.MemberSetter
			}
			p.next()
		}
	}
	keyStart := p.lx.Start
	m.Key, m.Computed = p.parsePropertyKey(true)
	name, isPrivate := memberName(m.Key, m.Computed)
	staticProto := m.Static && !m.Computed && !isPrivate && name == "prototype"

	if p.at(js_lexer.TOpenParen) || isAsync || isGen || kind != js_ast.MemberMethod {
		if staticProto {
			p.failAt(keyStart, "Classes may not have a static property named 'prototype'")
		}
		m.Kind = kind
		fkind := js_ast.FuncMethod
		switch kind {
		case js_ast.MemberGetter:
			fkind = js_ast.FuncGetter
		case js_ast.MemberSetter:
			fkind = js_ast.FuncSetter
		}
		isCtor := !m.Static && !m.Computed && !isPrivate && name == "constructor"
		if isCtor {
			switch {
			case kind != js_ast.MemberMethod:
				p.failAt(keyStart, "Class constructor may not be an accessor")
			case isGen:
				p.failAt(keyStart, "Class constructor may not be a generator")
			case isAsync:
				p.failAt(keyStart, "Class constructor may not be an async method")
			case *sawCtor:
				p.failAt(keyStart, "A class may only have one constructor")
			}
			*sawCtor = true
			m.Kind, fkind = js_ast.MemberConstructor, js_ast.FuncCtor
		}
		if isPrivate {
			pk := privMethod
			switch kind {
			case js_ast.MemberGetter:
				pk = privGetter
			case js_ast.MemberSetter:
				pk = privSetter
			}
			if m.Static {
				pk |= privStatic
			}
			p.declarePrivate(name, keyStart, pk)
		}
		m.Func = p.parseMethod(memberStart, fkind, isAsync, isGen, isCtor && derived)
		m.Range = p.rangeFrom(start)
		return m
	}

	m.Kind = js_ast.MemberField
	if !m.Computed && name == "constructor" {
		p.failAt(keyStart, "Classes may not have a field named 'constructor'")
	}
	if staticProto {
		p.failAt(keyStart, "Classes may not have a static property named 'prototype'")
	}
	if isPrivate {
		pk := privField
		if m.Static {
			pk |= privStatic
		}
		p.declarePrivate(name, keyStart, pk)
	}
	if p.eat(js_lexer.TAssign) {
		m.Value = p.parseFieldInitializer()
	}
	p.semicolon()
	m.Range = p.rangeFrom(start)
	return m
}

// memberName is the name of a class member key when it is not computed:
// what the rules on "constructor" and "prototype" look at.
func memberName(key js_ast.Expr, computed bool) (name string, private bool) {
	if computed {
		return "", false
	}
	switch k := key.(type) {
	case *js_ast.Identifier:
		return k.Name, false
	case *js_ast.StringLit:
		return string(utf16.Decode(k.Value)), false
	case *js_ast.PrivateName:
		return k.Name, true
	}
	return "", false
}

// parseFieldInitializer parses the value of a class field. It is
// evaluated like a method body: "arguments" is forbidden, super.x allowed,
// and yield and await are not operators there.
func (p *parser) parseFieldInitializer() js_ast.Expr {
	outer := p.enterFunction(&funcState{noArguments: true, superProperty: true, newTarget: true})
	x := p.parseAssign(false, nil)
	p.leaveFunction(outer)
	return x
}

// parseStaticBlock parses "{ ... }" after "static" in a class body.
func (p *parser) parseStaticBlock() []js_ast.Stmt {
	p.expect(js_lexer.TOpenBrace)
	outer := p.enterFunction(&funcState{staticBlock: true, noArguments: true, superProperty: true, newTarget: true})
	p.pushScope(scopeFunction)
	body := p.parseStatementList(js_lexer.TCloseBrace, nil)
	p.next()
	p.popScope()
	p.leaveFunction(outer)
	return body
}
