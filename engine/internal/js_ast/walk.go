package js_ast

// Walk calls visit for n and every node below it, parents first. When visit
// returns false, Walk does not go below that node.
func Walk(n Node, visit func(Node) bool) {
	if n == nil || isNilNode(n) || !visit(n) {
		return
	}
	w := func(c Node) { Walk(c, visit) }
	exprs := func(list []Expr) {
		for _, e := range list {
			if e != nil {
				w(e)
			}
		}
	}
	stmts := func(list []Stmt) {
		for _, s := range list {
			w(s)
		}
	}
	fn := func(f *Function) {
		if f == nil {
			return
		}
		exprs(f.Params)
		stmts(f.Body)
	}
	class := func(c *Class) {
		if c.SuperClass != nil {
			w(c.SuperClass)
		}
		for _, m := range c.Members {
			if m.Computed && m.Key != nil {
				w(m.Key)
			}
			fn(m.Func)
			if m.Value != nil {
				w(m.Value)
			}
			stmts(m.Body)
		}
	}
	props := func(list []*Property) {
		for _, p := range list {
			if p.Computed && p.Key != nil {
				w(p.Key)
			}
			if p.Value != nil {
				w(p.Value)
			}
		}
	}
	switch x := n.(type) {
	case *Program:
		stmts(x.Body)
	case *TemplateLit:
		if x.Tag != nil {
			w(x.Tag)
		}
		exprs(x.Exprs)
	case *ArrayLit:
		exprs(x.Elements)
	case *ObjectLit:
		props(x.Properties)
	case *FunctionExpr:
		fn(x.Func)
	case *ArrowFunc:
		fn(x.Func)
	case *ClassExpr:
		class(x.Class)
	case *UnaryExpr:
		w(x.X)
	case *UpdateExpr:
		w(x.X)
	case *BinaryExpr:
		w(x.X)
		w(x.Y)
	case *AssignExpr:
		w(x.Target)
		w(x.Value)
	case *CondExpr:
		w(x.Test)
		w(x.Then)
		w(x.Else)
	case *CallExpr:
		w(x.Callee)
		exprs(x.Args)
	case *NewExpr:
		w(x.Callee)
		exprs(x.Args)
	case *MemberExpr:
		w(x.Object)
		w(x.Property)
	case *ChainExpr:
		w(x.X)
	case *SequenceExpr:
		exprs(x.Exprs)
	case *SpreadElement:
		w(x.X)
	case *YieldExpr:
		if x.X != nil {
			w(x.X)
		}
	case *AwaitExpr:
		w(x.X)
	case *ParenExpr:
		w(x.X)
	case *ArrayPattern:
		exprs(x.Elements)
	case *ObjectPattern:
		props(x.Properties)
	case *AssignPattern:
		w(x.Target)
		w(x.Default)
	case *RestElement:
		w(x.Target)
	case *VarDecl:
		for _, d := range x.Decls {
			w(d.Target)
			if d.Init != nil {
				w(d.Init)
			}
		}
	case *FunctionDecl:
		fn(x.Func)
	case *ClassDecl:
		class(x.Class)
	case *ExprStmt:
		w(x.X)
	case *BlockStmt:
		stmts(x.Body)
	case *IfStmt:
		w(x.Test)
		w(x.Then)
		if x.Else != nil {
			w(x.Else)
		}
	case *ForStmt:
		if x.Init != nil {
			w(x.Init)
		}
		if x.Test != nil {
			w(x.Test)
		}
		if x.Update != nil {
			w(x.Update)
		}
		w(x.Body)
	case *ForInStmt:
		w(x.Left)
		w(x.Right)
		w(x.Body)
	case *ForOfStmt:
		w(x.Left)
		w(x.Right)
		w(x.Body)
	case *WhileStmt:
		w(x.Test)
		w(x.Body)
	case *DoWhileStmt:
		w(x.Body)
		w(x.Test)
	case *ReturnStmt:
		if x.X != nil {
			w(x.X)
		}
	case *ThrowStmt:
		w(x.X)
	case *TryStmt:
		w(x.Block)
		if x.Param != nil {
			w(x.Param)
		}
		if x.Handler != nil {
			w(x.Handler)
		}
		if x.Finalizer != nil {
			w(x.Finalizer)
		}
	case *SwitchStmt:
		w(x.Discriminant)
		for _, c := range x.Cases {
			if c.Test != nil {
				w(c.Test)
			}
			stmts(c.Body)
		}
	case *LabeledStmt:
		w(x.Body)
	case *WithStmt:
		w(x.Object)
		w(x.Body)
	}
}

// isNilNode catches typed nil pointers stored in interfaces.
func isNilNode(n Node) bool {
	switch x := n.(type) {
	case *BlockStmt:
		return x == nil
	case *Identifier:
		return x == nil
	}
	return false
}
