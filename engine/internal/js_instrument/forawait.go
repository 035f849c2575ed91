package js_instrument

import (
	"looplab/engine/internal/js_ast"
)

// forAwait lowers `for await (left of right) body` inside a lowered async
// function, following ForIn/OfBodyEvaluation with an async iterator:
//
//	{
//	  const $$iN = $$fa.iterator(right);          // GetIterator(obj, async)
//	  let $$cN = false;                          // close the iterator on exit?
//	  try {
//	    labels: for (;;) {
//	      $$cN = false;
//	      $$s(head);
//	      const $$rN = AWAIT($$fa.next($$iN));     // Call(next), Await
//	      if ($$fa.done($$rN)) break;             // must be an object; IteratorComplete
//	      const $$vN = $$rN.value;
//	      $$cN = true;
//	      { left = $$vN; body }
//	    }
//	  } catch ($$eN) {                           // a throw: close, keep the error
//	    if ($$cN) { $$cN = false; try { const $$mN = $$fa.returnMethod($$iN);
//	      if ($$mN !== undefined) AWAIT($$fa.callReturn($$iN, $$mN)); } catch ($$xN) {} }
//	    throw $$eN;
//	  } finally {                               // break, return, outer continue: close
//	    if ($$cN) { $$cN = false; const $$mN = $$fa.returnMethod($$iN);
//	      if ($$mN !== undefined) $$fa.checkReturn(AWAIT($$fa.callReturn($$iN, $$mN))); }
//	  }
//	}
//
// AWAIT(x) is `yield x` in an async function and `yield $$aw(x)` in an async
// generator. The iterator is not closed when next(), done or value throw.
func (in *instrumenter) forAwait(s *js_ast.ForOfStmt, labels []*js_ast.Identifier) js_ast.Stmt {
	right := in.expr(s.Right)
	iter := in.newTemp("$$i")
	closeFlag := in.newTemp("$$c")
	result := in.newTemp("$$r")
	value := in.newTemp("$$v")
	errName := in.newTemp("$$e")
	ignored := in.newTemp("$$x")
	ret1 := in.newTemp("$$m")
	ret2 := in.newTemp("$$m")
	fa := func(method string, args ...js_ast.Expr) js_ast.Expr {
		return call(member(id(HookForAwait), method), args...)
	}
	setClose := func(v bool) js_ast.Stmt {
		return exprStmt(assign(id(closeFlag), &js_ast.BoolLit{Value: v}))
	}

	// The binding: `const x = $$v`, `var [a, b] = $$v` or `target = $$v`.
	var bind js_ast.Stmt
	switch l := s.Left.(type) {
	case *js_ast.VarDecl:
		in.varDecl(l)
		bind = &js_ast.VarDecl{Range: l.Range, Kind: l.Kind, Decls: []*js_ast.Declarator{{Target: l.Decls[0].Target, Init: id(value)}}}
	case *js_ast.ExprStmt:
		bind = exprStmt(assign(in.pattern(l.X), id(value)))
	}
	head, saved := in.enterLoop(headRange(s.Range, s.Right))
	body := in.loopBody(s.Body, nil)
	in.loop = saved

	loop := &js_ast.ForStmt{
		Range: s.Range,
		Body: block(
			setClose(false),
			exprStmt(call(id(HookStatement), num(head))),
			decl(js_ast.Const, result, in.awaitExpr(fa("next", id(iter)))),
			&js_ast.IfStmt{Test: fa("done", id(result)), Then: &js_ast.BreakStmt{}},
			decl(js_ast.Const, value, member(id(result), "value")),
			setClose(true),
			block(bind, body),
		),
	}
	notUndefined := func(name string) js_ast.Expr {
		return &js_ast.BinaryExpr{Op: "!==", X: id(name), Y: undefinedExpr()}
	}
	catchBlock := block(
		&js_ast.IfStmt{Test: id(closeFlag), Then: block(
			setClose(false),
			&js_ast.TryStmt{
				Block: block(
					decl(js_ast.Const, ret1, fa("returnMethod", id(iter))),
					&js_ast.IfStmt{Test: notUndefined(ret1), Then: exprStmt(in.awaitExpr(fa("callReturn", id(iter), id(ret1))))},
				),
				Param:   id(ignored),
				Handler: block(),
			},
		)},
		&js_ast.ThrowStmt{X: id(errName)},
	)
	finallyBlock := block(
		&js_ast.IfStmt{Test: id(closeFlag), Then: block(
			setClose(false),
			decl(js_ast.Const, ret2, fa("returnMethod", id(iter))),
			&js_ast.IfStmt{Test: notUndefined(ret2), Then: exprStmt(fa("checkReturn", in.awaitExpr(fa("callReturn", id(iter), id(ret2)))))},
		)},
	)
	return &js_ast.BlockStmt{Range: s.Range, Body: []js_ast.Stmt{
		decl(js_ast.Const, iter, fa("iterator", right)),
		decl(js_ast.Let, closeFlag, &js_ast.BoolLit{Value: false}),
		&js_ast.TryStmt{
			Block:     block(wrapLabels(labels, loop)),
			Param:     id(errName),
			Handler:   catchBlock,
			Finalizer: finallyBlock,
		},
	}}
}
