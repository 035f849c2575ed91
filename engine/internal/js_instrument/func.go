package js_instrument

import (
	"strconv"

	"looplab/engine/internal/js_ast"
)

// addFunc registers a function of the program and returns its index.
func (in *instrumenter) addFunc(f *js_ast.Function, name string) int {
	if f.Name != nil && f.Kind != js_ast.FuncMethod && f.Kind != js_ast.FuncGetter && f.Kind != js_ast.FuncSetter {
		name = f.Name.Name
	}
	if name == "" {
		name = "(anonymous)"
	}
	kind := "function"
	switch {
	case f.Async && f.Generator:
		kind = "async generator"
	case f.Async && f.Kind == js_ast.FuncArrow:
		kind = "async arrow"
	case f.Async:
		kind = "async"
	case f.Generator:
		kind = "generator"
	case f.Kind == js_ast.FuncArrow:
		kind = "arrow"
	case f.Kind == js_ast.FuncMethod:
		kind = "method"
	case f.Kind == js_ast.FuncGetter:
		kind = "getter"
	case f.Kind == js_ast.FuncSetter:
		kind = "setter"
	case f.Kind == js_ast.FuncCtor:
		kind = "constructor"
	}
	in.res.Funcs = append(in.res.Funcs, Func{Name: name, Range: f.Range, Kind: kind})
	return in.opts.FuncBase + len(in.res.Funcs) - 1
}

// function rewrites a function in place; name is its display name when it
// has none of its own.
func (in *instrumenter) function(f *js_ast.Function, name string) {
	fid := in.addFunc(f, name)
	ctx := &fnCtx{
		parent:    in.fn,
		fid:       fid,
		arrow:     f.Kind == js_ast.FuncArrow,
		async:     f.Async,
		generator: f.Generator,
		lowered:   f.Async,
		rng:       f.Range,
	}
	in.fn = ctx
	savedLoop := in.loop
	in.loop = -1
	defer func() { in.loop = savedLoop }()
	for i, p := range f.Params {
		f.Params[i] = in.pattern(p)
	}
	if f.ExprBody && len(f.Body) == 1 {
		// The expression of an arrow is its one statement: give it a step.
		if ret, ok := f.Body[0].(*js_ast.ReturnStmt); ok && ret.Range == (js_ast.Range{}) && ret.X != nil {
			ret.Range = ret.X.Span()
		}
	}
	body := in.stmts(f.Body)
	in.fn = ctx.parent
	f.ExprBody = false

	switch {
	case f.Async:
		in.lowerAsync(f, ctx, body)
	case f.Generator:
		// let $$t = $$e(f), $$y; try { body } finally { $$x($$t) }
		f.Body = append(in.captures(ctx), &js_ast.VarDecl{Kind: js_ast.Let, Decls: []*js_ast.Declarator{
			{Target: id(nameFrame), Init: call(id(HookEnter), num(fid))},
			{Target: id(nameYielded)},
		}}, frameTry(body))
	default:
		// const $$t = $$e(f); try { body } finally { $$x($$t) }
		f.Body = append(in.captures(ctx), decl(js_ast.Const, nameFrame, call(id(HookEnter), num(fid))), frameTry(body))
	}
}

func frameTry(body []js_ast.Stmt) *js_ast.TryStmt {
	return &js_ast.TryStmt{
		Block:     block(body...),
		Finalizer: block(exprStmt(call(id(HookExit), id(nameFrame)))),
	}
}

// lowerAsync turns an async function or async generator into a plain
// function that hands a generator function (its body) to async.js:
//
//	async function f(a, b = 1) { body }
//	  -> function f($$0) { return $$af(F, function* (a, b = 1) { body }, this, arguments); }
//
// The outer parameters keep the function's length; the generator takes the
// real ones, so errors in defaults reject the promise as they should. An
// async arrow keeps its lexical this and arguments:
//
//	async (a) => body  ->  (a) => $$af(F, function* () { body }, this, [])
func (in *instrumenter) lowerAsync(f *js_ast.Function, ctx *fnCtx, body []js_ast.Stmt) {
	// The generator carries the async function's range, so that the marker
	// the printer puts in it names the same function.
	gen := &js_ast.Function{Range: f.Range, Kind: js_ast.FuncExpr, Generator: true, Body: body, Directives: f.Directives, Strict: f.Strict}
	hook := HookAsyncFunction
	if f.Generator {
		hook = HookAsyncGenerator
	}
	var args js_ast.Expr
	if f.Kind == js_ast.FuncArrow {
		if simpleParams(f.Params) {
			args = &js_ast.ArrayLit{}
		} else {
			// Move the parameters into the generator; the arrow passes its
			// arguments on through a rest parameter.
			gen.Params = f.Params
			outer := placeholders(expectedArgs(f.Params))
			rest := id(in.newTemp("$$rest"))
			var list []js_ast.Expr
			for _, p := range outer {
				list = append(list, id(p.(*js_ast.Identifier).Name))
			}
			list = append(list, &js_ast.SpreadElement{X: id(rest.Name)})
			f.Params = append(outer, &js_ast.RestElement{Target: rest})
			args = &js_ast.ArrayLit{Elements: list}
		}
	} else {
		gen.Params = f.Params
		f.Params = placeholders(expectedArgs(gen.Params))
		args = id("arguments")
	}
	callArgs := []js_ast.Expr{num(ctx.fid), &js_ast.FunctionExpr{Func: gen}, &js_ast.ThisExpr{}, args}
	if f.Generator {
		var self js_ast.Expr = undefinedExpr()
		if f.Name != nil && (f.Kind == js_ast.FuncDecl || f.Kind == js_ast.FuncExpr) {
			self = id(f.Name.Name)
		}
		callArgs = append(callArgs, self)
	}
	f.Async = false
	f.Generator = false
	f.Body = append(in.captures(ctx), &js_ast.ReturnStmt{X: call(id(hook), callArgs...)})
}

func simpleParams(params []js_ast.Expr) bool {
	for _, p := range params {
		if _, ok := p.(*js_ast.Identifier); !ok {
			return false
		}
	}
	return true
}

// expectedArgs is ExpectedArgumentCount: parameters before the first default
// or rest (a function's length).
func expectedArgs(params []js_ast.Expr) int {
	for i, p := range params {
		switch p.(type) {
		case *js_ast.AssignPattern, *js_ast.RestElement:
			return i
		}
	}
	return len(params)
}

func placeholders(n int) []js_ast.Expr {
	out := make([]js_ast.Expr, n)
	for i := range out {
		out[i] = id("$$" + strconv.Itoa(i))
	}
	return out
}

// class rewrites a class: its heritage, computed keys, methods, field
// initializers and static blocks.
func (in *instrumenter) class(c *js_ast.Class, name string) {
	if c.Name != nil {
		name = c.Name.Name
	}
	if name == "" {
		name = "(anonymous class)"
	}
	in.res.Funcs = append(in.res.Funcs, Func{Name: name, Range: c.Range, Kind: "class"})
	if c.SuperClass != nil {
		c.SuperClass = in.expr(c.SuperClass)
	}
	for _, m := range c.Members {
		if m.Computed && m.Key != nil {
			m.Key = in.expr(m.Key)
		}
		key := keyName(m.Key, m.Computed)
		switch m.Kind {
		case js_ast.MemberConstructor:
			in.function(m.Func, "new "+name)
		case js_ast.MemberMethod, js_ast.MemberGetter, js_ast.MemberSetter:
			display := name + "." + key
			if m.Kind == js_ast.MemberGetter {
				display = "get " + display
			} else if m.Kind == js_ast.MemberSetter {
				display = "set " + display
			}
			in.function(m.Func, display)
		case js_ast.MemberField:
			if m.Value != nil {
				saved := in.fn
				in.fn = &fnCtx{parent: saved, root: true, fid: saved.fid}
				m.Value = in.named(m.Value, key)
				in.fn = saved
			}
		case js_ast.MemberStaticBlock:
			saved := in.fn
			in.fn = &fnCtx{parent: saved, root: true, fid: saved.fid}
			m.Body = in.stmts(m.Body)
			in.fn = saved
		}
	}
}
