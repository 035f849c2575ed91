package js_instrument

import (
	"looplab/engine/internal/js_ast"
)

// forAwait lowers `for await (left of right) body` inside a lowered async
// function, following ForIn/OfBodyEvaluation with an async iterator:
//
//	{
//	  const ℓiN = ℓfa.iterator(right);          // GetIterator(obj, async)
//	  let ℓcN = false;                          // close the iterator on exit?
//	  try {
//	    labels: for (;;) {
//	      ℓcN = false;
//	      ℓs(head);
//	      const ℓrN = AWAIT(ℓfa.next(ℓiN));     // Call(next), Await
//	      if (ℓfa.done(ℓrN)) break;             // must be an object; IteratorComplete
//	      const ℓvN = ℓrN.value;
//	      ℓcN = true;
//	      { left = ℓvN; body }
//	    }
//	  } catch (ℓeN) {                           // a throw: close, keep the error
//	    if (ℓcN) { ℓcN = false; try { const ℓmN = ℓfa.returnMethod(ℓiN);
//	      if (ℓmN !== undefined) AWAIT(ℓfa.callReturn(ℓiN, ℓmN)); } catch (ℓxN) {} }
//	    throw ℓeN;
//	  } finally {                               // break, return, outer continue: close
//	    if (ℓcN) { ℓcN = false; const ℓmN = ℓfa.returnMethod(ℓiN);
//	      if (ℓmN !== undefined) ℓfa.checkReturn(AWAIT(ℓfa.callReturn(ℓiN, ℓmN))); }
//	  }
//	}
//
// AWAIT(x) is `yield x` in an async function and `yield ℓaw(x)` in an async
// generator. The iterator is not closed when next(), done or value throw.
func (in *instrumenter) forAwait(s *js_ast.ForOfStmt, labels []*js_ast.Identifier) js_ast.Stmt {
	right := in.expr(s.Right)
	iter := in.newTemp("ℓi")
	closeFlag := in.newTemp("ℓc")
	result := in.newTemp("ℓr")
	value := in.newTemp("ℓv")
	errName := in.newTemp("ℓe")
	ignored := in.newTemp("ℓx")
	ret1 := in.newTemp("ℓm")
	ret2 := in.newTemp("ℓm")
	fa := func(method string, args ...js_ast.Expr) js_ast.Expr {
		return call(member(id(HookForAwait), method), args...)
	}
	setClose := func(v bool) js_ast.Stmt {
		return exprStmt(assign(id(closeFlag), &js_ast.BoolLit{Value: v}))
	}

	// The binding: `const x = ℓv`, `var [a, b] = ℓv` or `target = ℓv`.
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
