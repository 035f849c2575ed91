package js_printer

import (
	"looplab/engine/internal/js_ast"
)

// printStmtList prints statements each on a new line at the current
// indentation.
func (p *printer) printStmtList(list []js_ast.Stmt) {
	for _, s := range list {
		p.newline()
		p.printStmt(s)
	}
}

// printBlockBody prints "{", the directives and statements indented, and
// "}". A function body passes its function (fn) for the marker.
func (p *printer) printBlockBody(dirs []string, body []js_ast.Stmt, fn *js_ast.Function) {
	p.printByte('{')
	marked := fn != nil && p.opts.FuncMarkers
	if marked {
		p.marker('f', fn.Start)
	}
	if len(dirs) == 0 && len(body) == 0 {
		if marked {
			p.printByte(' ')
		}
		p.printByte('}')
		return
	}
	p.indent++
	for _, d := range dirs {
		p.newline()
		p.print(quoteDirective(d))
		p.printByte(';')
	}
	p.printStmtList(body)
	p.indent--
	p.newline()
	p.printByte('}')
}

// printNested prints the body of if, for, while, with and labels: a block
// on the same line, anything else after a space.
func (p *printer) printNested(s js_ast.Stmt) {
	p.printByte(' ')
	p.printStmt(s)
}

func (p *printer) printStmt(s js_ast.Stmt) {
	p.addMapping(s.Span())
	switch s := s.(type) {
	case *js_ast.ExprStmt:
		p.stmtStart = len(p.buf)
		if _, ok := s.X.(*js_ast.StringLit); ok {
			// A lone string statement would read as a directive.
			p.printByte('(')
			p.printExpr(s.X, lLowest, 0)
			p.printByte(')')
		} else {
			p.printExpr(s.X, lLowest, 0)
		}
		p.printByte(';')
	case *js_ast.VarDecl:
		p.printVarDecl(s, 0)
		p.printByte(';')
	case *js_ast.FunctionDecl:
		p.printFunction(s.Func)
	case *js_ast.ClassDecl:
		p.printClass(s.Class)
	case *js_ast.BlockStmt:
		p.printBlockBody(nil, s.Body, nil)
	case *js_ast.EmptyStmt:
		p.printByte(';')
	case *js_ast.DebuggerStmt:
		p.print("debugger;")
	case *js_ast.IfStmt:
		p.printIf(s)
	case *js_ast.ForStmt:
		p.print("for (")
		switch init := s.Init.(type) {
		case *js_ast.VarDecl:
			p.printVarDecl(init, forbidIn)
		case *js_ast.ExprStmt:
			p.addMapping(init.Range)
			p.forInitStart = len(p.buf)
			p.printExpr(init.X, lLowest, forbidIn)
		}
		p.printByte(';')
		if s.Test != nil {
			p.printByte(' ')
			p.printExpr(s.Test, lLowest, 0)
		}
		p.printByte(';')
		if s.Update != nil {
			p.printByte(' ')
			p.printExpr(s.Update, lLowest, 0)
		}
		p.printByte(')')
		p.printNested(s.Body)
	case *js_ast.ForInStmt:
		p.print("for (")
		p.printForLeft(s.Left, false)
		p.print(" in ")
		p.printExpr(s.Right, lLowest, 0)
		p.printByte(')')
		p.printNested(s.Body)
	case *js_ast.ForOfStmt:
		p.print("for ")
		if s.Await {
			p.print("await ")
		}
		p.printByte('(')
		p.printForLeft(s.Left, !s.Await)
		p.print(" of ")
		p.printExpr(s.Right, lAssign, 0)
		p.printByte(')')
		p.printNested(s.Body)
	case *js_ast.WhileStmt:
		p.print("while (")
		p.printExpr(s.Test, lLowest, 0)
		p.printByte(')')
		p.printNested(s.Body)
	case *js_ast.DoWhileStmt:
		p.print("do")
		p.printNested(s.Body)
		p.print(" while (")
		p.printExpr(s.Test, lLowest, 0)
		p.print(");")
	case *js_ast.ReturnStmt:
		p.print("return")
		if s.X != nil {
			p.printByte(' ')
			p.printExpr(s.X, lLowest, 0)
		}
		p.printByte(';')
	case *js_ast.ThrowStmt:
		p.print("throw ")
		p.printExpr(s.X, lLowest, 0)
		p.printByte(';')
	case *js_ast.BreakStmt:
		p.print("break")
		if s.Label != nil {
			p.printByte(' ')
			p.printIdentifier(s.Label)
		}
		p.printByte(';')
	case *js_ast.ContinueStmt:
		p.print("continue")
		if s.Label != nil {
			p.printByte(' ')
			p.printIdentifier(s.Label)
		}
		p.printByte(';')
	case *js_ast.TryStmt:
		p.print("try ")
		p.printStmt(s.Block)
		if s.Handler != nil {
			p.print(" catch ")
			if s.Param != nil {
				p.printByte('(')
				p.printExpr(s.Param, lLowest, 0)
				p.print(") ")
			}
			p.printStmt(s.Handler)
		}
		if s.Finalizer != nil {
			p.print(" finally ")
			p.printStmt(s.Finalizer)
		}
	case *js_ast.SwitchStmt:
		p.print("switch (")
		p.printExpr(s.Discriminant, lLowest, 0)
		p.print(") {")
		p.indent++
		for _, c := range s.Cases {
			p.newline()
			p.addMapping(c.Range)
			if c.Test != nil {
				p.print("case ")
				p.printExpr(c.Test, lLowest, 0)
				p.printByte(':')
			} else {
				p.print("default:")
			}
			p.indent++
			p.printStmtList(c.Body)
			p.indent--
		}
		p.indent--
		p.newline()
		p.printByte('}')
	case *js_ast.LabeledStmt:
		p.printIdentifier(s.Label)
		p.printByte(':')
		p.printNested(s.Body)
	case *js_ast.WithStmt:
		p.print("with (")
		p.printExpr(s.Object, lLowest, 0)
		p.printByte(')')
		p.printNested(s.Body)
	default:
		panic("js_printer: unknown statement type")
	}
}

func (p *printer) printIf(s *js_ast.IfStmt) {
	p.print("if (")
	p.printExpr(s.Test, lLowest, 0)
	p.printByte(')')
	then := s.Then
	if s.Else != nil && endsWithElselessIf(then) {
		// Without braces the else would attach to the inner if.
		then = &js_ast.BlockStmt{Body: []js_ast.Stmt{then}}
	}
	p.printNested(then)
	if s.Else != nil {
		p.print(" else")
		p.printNested(s.Else)
	}
}

// endsWithElselessIf reports whether s ends with an if statement that has
// no else branch (possibly as the body of a loop or label).
func endsWithElselessIf(s js_ast.Stmt) bool {
	for {
		switch t := s.(type) {
		case *js_ast.IfStmt:
			if t.Else == nil {
				return true
			}
			s = t.Else
		case *js_ast.ForStmt:
			s = t.Body
		case *js_ast.ForInStmt:
			s = t.Body
		case *js_ast.ForOfStmt:
			s = t.Body
		case *js_ast.WhileStmt:
			s = t.Body
		case *js_ast.WithStmt:
			s = t.Body
		case *js_ast.LabeledStmt:
			s = t.Body
		default:
			return false
		}
	}
}

func (p *printer) printVarDecl(d *js_ast.VarDecl, flags exprFlags) {
	p.print(d.Kind.String())
	p.printByte(' ')
	for i, decl := range d.Decls {
		if i > 0 {
			p.print(", ")
		}
		p.addMapping(decl.Range)
		p.printExpr(decl.Target, lLowest, 0)
		if decl.Init != nil {
			p.print(" = ")
			p.printExpr(decl.Init, lAssign, flags)
		}
	}
}

// printForLeft prints the left side of for-in and for-of, where "let" (and
// in for-of, "async") may not start an expression.
func (p *printer) printForLeft(left js_ast.Stmt, isOf bool) {
	switch l := left.(type) {
	case *js_ast.VarDecl:
		p.addMapping(l.Range)
		p.printVarDecl(l, forbidIn)
	case *js_ast.ExprStmt:
		p.addMapping(l.Range)
		p.forInitStart = len(p.buf)
		if isOf {
			p.forOfLeftStart = len(p.buf)
		}
		p.printExpr(l.X, lCall, 0)
	}
}
