package js_instrument

import (
	"strings"

	"looplab/engine/internal/js_ast"
)

// stmts rewrites a statement list: a step before each statement (function
// declarations are hoisted, not run, and get none).
func (in *instrumenter) stmts(list []js_ast.Stmt) []js_ast.Stmt {
	out := make([]js_ast.Stmt, 0, 2*len(list)+1)
	// An async function or async generator declaration gets its
	// prototypes when its scope starts, as declarations are created then.
	for _, s := range list {
		if fd, ok := s.(*js_ast.FunctionDecl); ok && fd.Func.Async && fd.Func.Name != nil {
			hook := HookAsyncFn
			if fd.Func.Generator {
				hook = HookAsyncGenFn
			}
			out = append(out, exprStmt(call(id(hook), id(fd.Func.Name.Name))))
		}
	}
	for _, s := range list {
		switch s := s.(type) {
		case *js_ast.FunctionDecl:
			in.function(s.Func, "")
			out = append(out, s)
			continue
		case *js_ast.EmptyStmt:
			continue
		}
		out = append(out, in.step(s.Span()))
		out = append(out, in.stmt(s))
	}
	return out
}

// branch rewrites a statement in a single-statement position (if branches,
// loop bodies, with) into a block, so that its statements get steps.
func (in *instrumenter) branch(s js_ast.Stmt) *js_ast.BlockStmt {
	if b, ok := s.(*js_ast.BlockStmt); ok {
		b.Body = in.stmts(b.Body)
		return b
	}
	return &js_ast.BlockStmt{Range: s.Span(), Body: in.stmts([]js_ast.Stmt{s})}
}

// loopBody rewrites a loop's body; head, when given, is a step at the start
// of every iteration (for-in/of have no test to hang it on).
func (in *instrumenter) loopBody(s js_ast.Stmt, head *js_ast.ExprStmt) js_ast.Stmt {
	b := in.branch(s)
	if head != nil {
		b.Body = append([]js_ast.Stmt{head}, b.Body...)
	}
	return b
}

// loopTest puts the loop's head step in front of its test; a loop without a
// test gets the step as its test, evaluating to true.
func (in *instrumenter) loopTest(test js_ast.Expr, head int) js_ast.Expr {
	step := call(id(HookStatement), num(head))
	if test == nil {
		return seq(step, &js_ast.BoolLit{Value: true})
	}
	return seq(step, in.expr(test))
}

// Counting loop modes, for HookCountLoop: the test (i < n, i <= n, i > n,
// i >= n) and the step (++ for the first two, -- for the others).
const (
	countBelow = iota
	countUpTo
	countAbove
	countDownTo
)

// countingLoop recognizes `for (...; i < n; i++) {}`: an empty body, a test
// of a plain variable against a literal or a variable, a step of one. Such
// a loop only counts, so once it is fast-forwarded the engine can jump to
// its last value instead of running (maybe) billions of iterations.
func countingLoop(s *js_ast.ForStmt) (counter string, limit js_ast.Expr, mode int, ok bool) {
	switch b := s.Body.(type) {
	case *js_ast.EmptyStmt:
	case *js_ast.BlockStmt:
		if len(b.Body) > 0 {
			return "", nil, 0, false
		}
	default:
		return "", nil, 0, false
	}
	test, isBin := s.Test.(*js_ast.BinaryExpr)
	if !isBin {
		return "", nil, 0, false
	}
	i, isID := test.X.(*js_ast.Identifier)
	if !isID {
		return "", nil, 0, false
	}
	switch l := test.Y.(type) {
	case *js_ast.NumberLit:
		limit = &js_ast.NumberLit{Raw: l.Raw, Value: l.Value}
	case *js_ast.Identifier:
		if l.Name == i.Name || l.Name == "arguments" || strings.HasPrefix(l.Name, "$$") {
			return "", nil, 0, false
		}
		limit = id(l.Name)
	default:
		return "", nil, 0, false
	}
	up := 0 // +1 or -1
	switch u := s.Update.(type) {
	case *js_ast.UpdateExpr:
		if x, ok := u.X.(*js_ast.Identifier); ok && x.Name == i.Name {
			up = map[string]int{"++": 1, "--": -1}[u.Op]
		}
	case *js_ast.AssignExpr:
		x, ok := u.Target.(*js_ast.Identifier)
		one, isNum := u.Value.(*js_ast.NumberLit)
		if ok && x.Name == i.Name && isNum && one.Value == 1 {
			up = map[string]int{"+=": 1, "-=": -1}[u.Op]
		}
	}
	switch {
	case up == 1 && test.Op == "<":
		mode = countBelow
	case up == 1 && test.Op == "<=":
		mode = countUpTo
	case up == -1 && test.Op == ">":
		mode = countAbove
	case up == -1 && test.Op == ">=":
		mode = countDownTo
	default:
		return "", nil, 0, false
	}
	return i.Name, limit, mode, true
}

func testRange(test js_ast.Expr, loop js_ast.Range) js_ast.Range {
	if test == nil {
		return loop
	}
	return test.Span()
}

func (in *instrumenter) stmt(s js_ast.Stmt) js_ast.Stmt {
	switch s := s.(type) {
	case *js_ast.VarDecl:
		in.varDecl(s)
	case *js_ast.ClassDecl:
		name := ""
		if s.Class.Name != nil {
			name = s.Class.Name.Name
		}
		in.class(s.Class, name)
	case *js_ast.ExprStmt:
		s.X = in.expr(s.X)
	case *js_ast.BlockStmt:
		s.Body = in.stmts(s.Body)
	case *js_ast.IfStmt:
		s.Test = in.expr(s.Test)
		s.Then = in.branch(s.Then)
		if s.Else != nil {
			s.Else = in.branch(s.Else)
		}
	case *js_ast.ForStmt:
		switch init := s.Init.(type) {
		case *js_ast.VarDecl:
			in.varDecl(init)
		case *js_ast.ExprStmt:
			init.X = in.expr(init.X)
		}
		head, saved := in.enterLoop(testRange(s.Test, s.Range))
		counter, limit, mode, counting := countingLoop(s)
		s.Test = in.loopTest(s.Test, head)
		if s.Update != nil {
			s.Update = in.expr(s.Update)
		}
		if counting {
			// typeof i === "number" ? i = $$cl(head, i, limit, mode) : update
			s.Update = &js_ast.CondExpr{
				Test: &js_ast.BinaryExpr{Op: "===", X: &js_ast.UnaryExpr{Op: "typeof", X: id(counter)}, Y: str("number")},
				Then: assign(id(counter), call(id(HookCountLoop), num(head), id(counter), limit, num(mode))),
				Else: s.Update,
			}
		}
		s.Body = in.loopBody(s.Body, nil)
		in.loop = saved
	case *js_ast.ForInStmt:
		in.forLeft(s.Left)
		s.Right = in.expr(s.Right)
		head, saved := in.enterLoop(headRange(s.Range, s.Right))
		s.Body = in.loopBody(s.Body, exprStmt(call(id(HookStatement), num(head))))
		in.loop = saved
	case *js_ast.ForOfStmt:
		if s.Await {
			return in.forAwait(s, nil)
		}
		in.forLeft(s.Left)
		s.Right = in.expr(s.Right)
		head, saved := in.enterLoop(headRange(s.Range, s.Right))
		s.Body = in.loopBody(s.Body, exprStmt(call(id(HookStatement), num(head))))
		in.loop = saved
	case *js_ast.WhileStmt:
		head, saved := in.enterLoop(testRange(s.Test, s.Range))
		s.Test = in.loopTest(s.Test, head)
		s.Body = in.loopBody(s.Body, nil)
		in.loop = saved
	case *js_ast.DoWhileStmt:
		head, saved := in.enterLoop(testRange(s.Test, s.Range))
		s.Body = in.loopBody(s.Body, nil)
		s.Test = in.loopTest(s.Test, head)
		in.loop = saved
	case *js_ast.ReturnStmt:
		if s.X != nil {
			s.X = in.expr(s.X)
			if in.fn.lowered && in.fn.generator {
				// An async generator awaits what it returns.
				s.X = &js_ast.YieldExpr{X: call(id(HookAwait), s.X)}
			}
		}
	case *js_ast.ThrowStmt:
		s.X = in.expr(s.X)
	case *js_ast.TryStmt:
		s.Block.Body = in.stmts(s.Block.Body)
		if s.Handler != nil {
			var prologue []js_ast.Stmt
			switch p := s.Param.(type) {
			case nil:
			case *js_ast.Identifier:
				prologue = append(prologue, exprStmt(call(id(HookFixError), id(p.Name))))
			default:
				// catch ({message}): fix the error before it is destructured.
				caught := in.newTemp("$$caught")
				prologue = append(prologue, exprStmt(call(id(HookFixError), id(caught))),
					&js_ast.VarDecl{Kind: js_ast.Let, Decls: []*js_ast.Declarator{{Target: in.pattern(p), Init: id(caught)}}})
				s.Param = id(caught)
			}
			s.Handler.Body = append(append(in.generatorFixup(), prologue...), in.stmts(s.Handler.Body)...)
		}
		if s.Finalizer != nil {
			s.Finalizer.Body = append(in.generatorFixup(), in.stmts(s.Finalizer.Body)...)
		}
	case *js_ast.SwitchStmt:
		s.Discriminant = in.expr(s.Discriminant)
		for _, c := range s.Cases {
			if c.Test != nil {
				c.Test = in.expr(c.Test)
			}
			c.Body = in.stmts(c.Body)
		}
	case *js_ast.LabeledStmt:
		return in.labeled(s)
	case *js_ast.WithStmt:
		s.Object = in.expr(s.Object)
		s.Body = in.branch(s.Body)
	}
	return s
}

// labeled rewrites a labelled statement. A labelled loop keeps its body as
// is (a block in between would break `continue label`); a labelled
// for-await is lowered with its labels moved onto the loop that replaces it.
func (in *instrumenter) labeled(s *js_ast.LabeledStmt) js_ast.Stmt {
	var labels []*js_ast.Identifier
	var body js_ast.Stmt = s
	for {
		l, ok := body.(*js_ast.LabeledStmt)
		if !ok {
			break
		}
		labels = append(labels, l.Label)
		body = l.Body
	}
	if fo, ok := body.(*js_ast.ForOfStmt); ok && fo.Await {
		return in.forAwait(fo, labels)
	}
	var inner js_ast.Stmt
	switch body.(type) {
	case *js_ast.ForStmt, *js_ast.ForInStmt, *js_ast.ForOfStmt, *js_ast.WhileStmt, *js_ast.DoWhileStmt:
		inner = in.stmt(body)
	case *js_ast.FunctionDecl:
		in.function(body.(*js_ast.FunctionDecl).Func, "")
		inner = body
	default:
		inner = in.branch(body)
	}
	return wrapLabels(labels, inner)
}

func wrapLabels(labels []*js_ast.Identifier, s js_ast.Stmt) js_ast.Stmt {
	for i := len(labels) - 1; i >= 0; i-- {
		s = &js_ast.LabeledStmt{Label: labels[i], Body: s}
	}
	return s
}

// generatorFixup starts a catch or finally block of a sync generator: when
// the generator was resumed by throw() or return(), its frame is not on the
// stack yet.
func (in *instrumenter) generatorFixup() []js_ast.Stmt {
	if !in.fn.generator || in.fn.lowered || in.fn.root {
		return nil
	}
	return []js_ast.Stmt{exprStmt(assign(id(nameFrame), call(id(HookCatch), num(in.fn.fid), id(nameFrame))))}
}

func (in *instrumenter) varDecl(d *js_ast.VarDecl) {
	for _, dc := range d.Decls {
		dc.Target = in.pattern(dc.Target)
		if dc.Init != nil {
			dc.Init = in.named(dc.Init, bindingName(dc.Target))
		}
	}
}

// forLeft rewrites the left side of a for-in/of head.
func (in *instrumenter) forLeft(left js_ast.Stmt) {
	switch l := left.(type) {
	case *js_ast.VarDecl:
		in.varDecl(l)
	case *js_ast.ExprStmt:
		l.X = in.pattern(l.X)
	}
}

// headRange is the range of a for-in/of head: from `for` to the end of the
// iterated expression.
func headRange(loop js_ast.Range, right js_ast.Expr) js_ast.Range {
	return js_ast.Range{Start: loop.Start, End: right.Span().End}
}

func bindingName(target js_ast.Expr) string {
	if i, ok := target.(*js_ast.Identifier); ok {
		return i.Name
	}
	return ""
}
