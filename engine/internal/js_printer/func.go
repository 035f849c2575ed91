package js_printer

import (
	"looplab/engine/internal/js_ast"
)

// printFunction prints a function declaration or expression.
func (p *printer) printFunction(fn *js_ast.Function) {
	if fn.Async {
		p.print("async ")
	}
	p.print("function")
	if fn.Generator {
		p.printByte('*')
	}
	if fn.Name != nil {
		p.printByte(' ')
		p.printIdentifier(fn.Name)
	}
	p.printParams(fn.Params)
	p.printByte(' ')
	p.printFuncBody(fn)
}

func (p *printer) printParams(params []js_ast.Expr) {
	p.printByte('(')
	for i, prm := range params {
		if i > 0 {
			p.print(", ")
		}
		p.printExpr(prm, lAssign, 0)
	}
	p.printByte(')')
}

func (p *printer) printFuncBody(fn *js_ast.Function) {
	p.printBlockBody(fn.Directives, fn.Body, fn)
}

// exprBody returns the expression of an arrow written with an expression
// body, or nil when the body is (or has been rewritten into) statements.
func exprBody(fn *js_ast.Function) js_ast.Expr {
	if !fn.ExprBody || len(fn.Body) != 1 {
		return nil
	}
	if r, ok := fn.Body[0].(*js_ast.ReturnStmt); ok {
		return r.X
	}
	return nil
}

func (p *printer) printArrow(fn *js_ast.Function, flags exprFlags) {
	if fn.Async {
		p.print("async ")
	}
	p.printParams(fn.Params)
	p.print(" => ")
	body := exprBody(fn)
	switch {
	case body == nil:
		p.printFuncBody(fn)
	case p.opts.FuncMarkers:
		// The marker needs a block body to live in.
		p.printByte('{')
		p.marker('f', fn.Start)
		p.printByte(' ')
		p.addMapping(fn.Body[0].Span())
		p.print("return ")
		p.printExpr(body, lLowest, 0)
		p.print("; }")
	default:
		p.arrowBodyStart = len(p.buf)
		p.printExpr(body, lAssign, flags&forbidIn)
	}
}

// printMethod prints a method, accessor or constructor of an object
// literal or class, from its modifiers to its body.
func (p *printer) printMethod(fn *js_ast.Function, key js_ast.Expr, computed, getter, setter bool) {
	if fn.Async {
		p.print("async ")
	}
	if fn.Generator {
		p.printByte('*')
	}
	switch {
	case getter:
		p.print("get ")
	case setter:
		p.print("set ")
	}
	p.printPropertyKey(key, computed)
	p.printParams(fn.Params)
	p.printByte(' ')
	p.printFuncBody(fn)
}

func (p *printer) printClass(c *js_ast.Class) {
	p.print("class")
	if c.Name != nil {
		p.printByte(' ')
		p.printIdentifier(c.Name)
	}
	if c.SuperClass != nil {
		p.print(" extends ")
		p.printExpr(c.SuperClass, lCall, 0)
	}
	p.print(" {")
	p.marker('c', c.Start)
	if len(c.Members) == 0 {
		if p.opts.FuncMarkers {
			p.printByte(' ')
		}
		p.printByte('}')
		return
	}
	p.indent++
	for _, m := range c.Members {
		p.newline()
		p.printClassMember(m)
	}
	p.indent--
	p.newline()
	p.printByte('}')
}

func (p *printer) printClassMember(m *js_ast.ClassMember) {
	p.addMapping(m.Range)
	if m.Static {
		p.print("static ")
	}
	switch m.Kind {
	case js_ast.MemberStaticBlock:
		p.printBlockBody(nil, m.Body, nil)
	case js_ast.MemberField:
		p.printPropertyKey(m.Key, m.Computed)
		if m.Value != nil {
			p.print(" = ")
			p.printExpr(m.Value, lAssign, 0)
		}
		p.printByte(';')
	default:
		p.printMethod(m.Func, m.Key, m.Computed, m.Kind == js_ast.MemberGetter, m.Kind == js_ast.MemberSetter)
	}
}
