package js_instrument

import (
	"looplab/engine/internal/js_ast"
)

// named rewrites an expression that a binding gives its name to (const f =
// () => {}): functions and classes take the name as their display name.
func (in *instrumenter) named(e js_ast.Expr, name string) js_ast.Expr {
	switch x := e.(type) {
	case *js_ast.FunctionExpr:
		async, gen := x.Func.Async, x.Func.Generator
		in.function(x.Func, name)
		return markAsync(x, async, gen, name)
	case *js_ast.ArrowFunc:
		async := x.Func.Async
		in.function(x.Func, name)
		return markAsync(x, async, false, name)
	case *js_ast.ClassExpr:
		in.class(x.Class, name)
		return x
	case *js_ast.ParenExpr:
		x.X = in.named(x.X, name)
		return x
	}
	return in.expr(e)
}

// markAsync wraps a (lowered) async function expression in the hook that
// gives it an async function's prototype, passing the name its binding would
// have given it: $$afn(function () {...}, "name").
func markAsync(e js_ast.Expr, async, generator bool, name string) js_ast.Expr {
	if !async {
		return e
	}
	hook := HookAsyncFn
	if generator {
		hook = HookAsyncGenFn
	}
	args := []js_ast.Expr{e}
	if name != "" {
		args = append(args, str(name))
	}
	return call(id(hook), args...)
}

func (in *instrumenter) exprs(list []js_ast.Expr) {
	for i, e := range list {
		if e != nil {
			list[i] = in.expr(e)
		}
	}
}

// expr rewrites an expression and everything in it.
func (in *instrumenter) expr(e js_ast.Expr) js_ast.Expr {
	switch x := e.(type) {
	case nil:
		return nil
	case *js_ast.Identifier:
		if x.Name == "arguments" {
			return in.argumentsRef(x)
		}
	case *js_ast.MetaProperty:
		return in.newTarget(x)
	case *js_ast.TemplateLit:
		if x.Tag != nil {
			x.Tag = in.expr(x.Tag)
		}
		in.exprs(x.Exprs)
	case *js_ast.ArrayLit:
		in.exprs(x.Elements)
	case *js_ast.ObjectLit:
		for _, p := range x.Properties {
			in.property(p)
		}
	case *js_ast.FunctionExpr:
		async, gen := x.Func.Async, x.Func.Generator
		in.function(x.Func, "")
		return markAsync(x, async, gen, "")
	case *js_ast.ArrowFunc:
		async := x.Func.Async
		in.function(x.Func, "")
		return markAsync(x, async, false, "")
	case *js_ast.ClassExpr:
		name := ""
		if x.Class.Name != nil {
			name = x.Class.Name.Name
		}
		in.class(x.Class, name)
	case *js_ast.UnaryExpr:
		x.X = in.expr(x.X)
	case *js_ast.UpdateExpr:
		x.X = in.target(x.X)
	case *js_ast.BinaryExpr:
		x.X = in.expr(x.X)
		x.Y = in.expr(x.Y)
	case *js_ast.AssignExpr:
		if m, ok := x.Target.(*js_ast.MemberExpr); ok && isSuper(m.Object) && in.superLowered() {
			return in.superAssign(x, m)
		}
		x.Target = in.pattern(x.Target)
		x.Value = in.named(x.Value, assignedName(x.Target, x.Op))
	case *js_ast.CondExpr:
		x.Test = in.expr(x.Test)
		x.Then = in.expr(x.Then)
		x.Else = in.expr(x.Else)
	case *js_ast.CallExpr:
		if m, ok := x.Callee.(*js_ast.MemberExpr); ok && isSuper(m.Object) && in.superLowered() {
			// super.m(args) -> $$sg("m").call(this, args)
			in.exprs(x.Args)
			get := in.superGet(m)
			callee := member(get, "call")
			x.Callee = callee
			x.Args = append([]js_ast.Expr{&js_ast.ThisExpr{}}, x.Args...)
			return x
		}
		x.Callee = in.expr(x.Callee)
		in.exprs(x.Args)
	case *js_ast.NewExpr:
		x.Callee = in.expr(x.Callee)
		in.exprs(x.Args)
	case *js_ast.MemberExpr:
		if isSuper(x.Object) && in.superLowered() {
			return in.superGet(x)
		}
		x.Object = in.expr(x.Object)
		if x.Computed {
			x.Property = in.expr(x.Property)
		}
	case *js_ast.ChainExpr:
		x.X = in.expr(x.X)
	case *js_ast.SequenceExpr:
		in.exprs(x.Exprs)
	case *js_ast.SpreadElement:
		x.X = in.expr(x.X)
	case *js_ast.YieldExpr:
		return in.yield(x)
	case *js_ast.AwaitExpr:
		return in.await(x)
	case *js_ast.ParenExpr:
		x.X = in.expr(x.X)
	case *js_ast.ArrayPattern, *js_ast.ObjectPattern, *js_ast.AssignPattern, *js_ast.RestElement:
		return in.pattern(e)
	}
	return e
}

func (in *instrumenter) property(p *js_ast.Property) {
	if p.Computed {
		p.Key = in.expr(p.Key)
	}
	switch p.Kind {
	case js_ast.PropSpread:
		p.Value = in.expr(p.Value)
	case js_ast.PropMethod, js_ast.PropGetter, js_ast.PropSetter:
		if f, ok := p.Value.(*js_ast.FunctionExpr); ok {
			in.function(f.Func, keyName(p.Key, p.Computed))
		} else {
			p.Value = in.expr(p.Value)
		}
	default:
		if p.Shorthand {
			if ap, ok := p.Value.(*js_ast.AssignPattern); ok {
				ap.Default = in.named(ap.Default, bindingName(ap.Target))
				return
			}
			if i, ok := p.Value.(*js_ast.Identifier); ok && i.Name == "arguments" {
				// {arguments} would need the capture: spell it out.
				p.Shorthand = false
				p.Value = in.expr(i)
			}
			return
		}
		p.Value = in.named(p.Value, keyName(p.Key, p.Computed))
	}
}

// target rewrites an assignment target that is not a pattern (x++, x += 1).
func (in *instrumenter) target(e js_ast.Expr) js_ast.Expr {
	switch x := e.(type) {
	case *js_ast.MemberExpr:
		if isSuper(x.Object) && in.superLowered() {
			return in.superGet(x)
		}
		x.Object = in.expr(x.Object)
		if x.Computed {
			x.Property = in.expr(x.Property)
		}
	case *js_ast.ParenExpr:
		x.X = in.target(x.X)
	}
	return e
}

// pattern rewrites a binding or assignment pattern: the expressions inside
// it (defaults, computed keys, member targets).
func (in *instrumenter) pattern(e js_ast.Expr) js_ast.Expr {
	switch x := e.(type) {
	case *js_ast.Identifier:
		return x
	case *js_ast.ArrayPattern:
		for i, el := range x.Elements {
			if el != nil {
				x.Elements[i] = in.pattern(el)
			}
		}
	case *js_ast.ObjectPattern:
		for _, p := range x.Properties {
			if p.Computed {
				p.Key = in.expr(p.Key)
			}
			p.Value = in.pattern(p.Value)
		}
	case *js_ast.AssignPattern:
		x.Target = in.pattern(x.Target)
		x.Default = in.named(x.Default, bindingName(x.Target))
	case *js_ast.RestElement:
		x.Target = in.pattern(x.Target)
	case *js_ast.MemberExpr, *js_ast.ParenExpr:
		return in.target(e)
	default:
		return in.expr(e)
	}
	return e
}

// ---------------------------------------------------------------- yield and await

// yield rewrites yield inside a sync generator so that the generator's frame
// leaves the stack while it is suspended and comes back when resumed:
//
//	yield e   ->  ($$y = yield $$o($$t, e), $$t = $$e(f), $$r(site, $$y))
//
// Inside an async generator, async.js's driver manages the frame:
//
//	yield e   ->  $$r(site, yield e)         yield* e -> $$r(site, yield* $$dg(e))
func (in *instrumenter) yield(x *js_ast.YieldExpr) js_ast.Expr {
	r := x.Range
	if x.X != nil {
		x.X = in.expr(x.X)
	}
	if in.fn.lowered {
		if x.Delegate {
			x.X = call(id(HookDelegate), x.X)
		}
		return call(id(HookResume), num(in.site(r)), x)
	}
	var arg js_ast.Expr = x.X
	if arg == nil {
		arg = undefinedExpr()
	}
	x.X = call(id(HookSuspend), id(nameFrame), arg)
	return seq(
		assign(id(nameYielded), x),
		assign(id(nameFrame), call(id(HookEnter), num(in.fn.fid))),
		call(id(HookResume), num(in.site(r)), id(nameYielded)),
	)
}

// await rewrites await inside a lowered async function: the body is a
// generator, and its driver awaits what it yields.
//
//	await e  ->  $$r(site, yield e)            (async function)
//	await e  ->  $$r(site, yield $$aw(e))       (async generator)
func (in *instrumenter) await(x *js_ast.AwaitExpr) js_ast.Expr {
	v := in.expr(x.X)
	return call(id(HookResume), num(in.site(x.Range)), in.awaitExpr(v))
}

// awaitExpr is the bare lowering of Await(v), without a resume step.
func (in *instrumenter) awaitExpr(v js_ast.Expr) js_ast.Expr {
	if in.fn.generator {
		v = call(id(HookAwait), v)
	}
	return &js_ast.ParenExpr{X: &js_ast.YieldExpr{X: v}}
}

// ---------------------------------------------------------------- arguments, new.target, super

// home returns the nearest enclosing non-arrow function (or root), and
// whether a lowered async arrow lies between here and it.
func (in *instrumenter) home() (home *fnCtx, crossesAsyncArrow bool) {
	for c := in.fn; c != nil; c = c.parent {
		if !c.arrow || c.root {
			return c, crossesAsyncArrow
		}
		if c.lowered {
			crossesAsyncArrow = true
		}
	}
	return nil, crossesAsyncArrow
}

// argumentsRef rewrites `arguments` inside a lowered async arrow: the
// generator its body becomes would see its own arguments object.
func (in *instrumenter) argumentsRef(x *js_ast.Identifier) js_ast.Expr {
	h, crosses := in.home()
	if !crosses || h == nil || (h.root && !in.opts.CommonJS && h.fid == 0) {
		return x
	}
	h.needArguments = true
	return &js_ast.Identifier{Range: x.Range, Name: nameArguments}
}

// newTarget rewrites new.target in lowered bodies: an async function is
// never constructed (undefined); an async arrow sees its home's.
func (in *instrumenter) newTarget(x *js_ast.MetaProperty) js_ast.Expr {
	h, crosses := in.home()
	if h == nil {
		return x
	}
	if h.lowered {
		return undefinedExpr()
	}
	if !crosses {
		return x
	}
	h.needNewTarget = true
	return &js_ast.Identifier{Range: x.Range, Name: nameNewTarget}
}

func isSuper(e js_ast.Expr) bool {
	_, ok := e.(*js_ast.SuperExpr)
	return ok
}

// superLowered reports whether a super property access here ends up inside
// a lowered body (a generator function, where super is not allowed): then
// it goes through accessors the home method defines.
func (in *instrumenter) superLowered() bool {
	for c := in.fn; c != nil; c = c.parent {
		if c.lowered {
			return true
		}
		if !c.arrow || c.root {
			return false
		}
	}
	return false
}

func (in *instrumenter) superHome() *fnCtx {
	h, _ := in.home()
	if h != nil {
		h.needSuper = true
	}
	return h
}

func (in *instrumenter) superKey(m *js_ast.MemberExpr) js_ast.Expr {
	if m.Computed {
		return in.expr(m.Property)
	}
	return str(m.Property.(*js_ast.Identifier).Name)
}

// superGet: super.x -> $$sg("x").
func (in *instrumenter) superGet(m *js_ast.MemberExpr) js_ast.Expr {
	in.superHome()
	return &js_ast.CallExpr{Range: m.Range, Callee: id(nameSuperGet), Args: []js_ast.Expr{in.superKey(m)}}
}

// superAssign: super.x = v -> $$ss("x", v); super.x += v -> $$ss("x", $$sg("x") + v).
func (in *instrumenter) superAssign(a *js_ast.AssignExpr, m *js_ast.MemberExpr) js_ast.Expr {
	in.superHome()
	key := in.superKey(m)
	v := in.expr(a.Value)
	if a.Op != "=" {
		op := a.Op[:len(a.Op)-1]
		v = &js_ast.BinaryExpr{Op: op, X: call(id(nameSuperGet), key), Y: v}
	}
	return &js_ast.CallExpr{Range: a.Range, Callee: id(nameSuperSet), Args: []js_ast.Expr{key, v}}
}

// captures are the declarations a function's body starts with for lowered
// code inside it.
func (in *instrumenter) captures(c *fnCtx) []js_ast.Stmt {
	var out []js_ast.Stmt
	if c.needSuper {
		k := id("k")
		v := id("v")
		get := &js_ast.ArrowFunc{Func: &js_ast.Function{Range: c.rng, Kind: js_ast.FuncArrow, Params: []js_ast.Expr{k},
			Body: []js_ast.Stmt{&js_ast.ReturnStmt{X: &js_ast.MemberExpr{Object: &js_ast.SuperExpr{}, Property: id("k"), Computed: true}}}, ExprBody: true}}
		set := &js_ast.ArrowFunc{Func: &js_ast.Function{Range: c.rng, Kind: js_ast.FuncArrow, Params: []js_ast.Expr{id("k"), v},
			Body: []js_ast.Stmt{&js_ast.ReturnStmt{X: assign(&js_ast.MemberExpr{Object: &js_ast.SuperExpr{}, Property: id("k"), Computed: true}, id("v"))}}, ExprBody: true}}
		out = append(out, decl(js_ast.Const, nameSuperGet, get), decl(js_ast.Const, nameSuperSet, set))
	}
	if c.needArguments {
		out = append(out, decl(js_ast.Const, nameArguments, id("arguments")))
	}
	if c.needNewTarget {
		out = append(out, decl(js_ast.Const, nameNewTarget, &js_ast.MetaProperty{Meta: "new", Property: "target"}))
	}
	return out
}

// ---------------------------------------------------------------- names

// assignedName is the name an assignment gives a function value: x = f
// names it x; obj.m = f names it obj.m for display.
func assignedName(target js_ast.Expr, op string) string {
	if op != "=" && op != "&&=" && op != "||=" && op != "??=" {
		return ""
	}
	switch t := target.(type) {
	case *js_ast.Identifier:
		return t.Name
	case *js_ast.MemberExpr:
		if !t.Computed {
			if p, ok := t.Property.(*js_ast.Identifier); ok {
				if o := exprName(t.Object); o != "" {
					return o + "." + p.Name
				}
				return p.Name
			}
		}
	}
	return ""
}

func exprName(e js_ast.Expr) string {
	switch x := e.(type) {
	case *js_ast.Identifier:
		return x.Name
	case *js_ast.ThisExpr:
		return "this"
	case *js_ast.MemberExpr:
		if p, ok := x.Property.(*js_ast.Identifier); ok && !x.Computed {
			if o := exprName(x.Object); o != "" {
				return o + "." + p.Name
			}
		}
	}
	return ""
}

// keyName is the name a property key gives a function value.
func keyName(key js_ast.Expr, computed bool) string {
	switch k := key.(type) {
	case *js_ast.Identifier:
		if !computed {
			return k.Name
		}
	case *js_ast.StringLit:
		return string(utf16Decode(k.Value))
	case *js_ast.NumberLit:
		return k.Raw
	case *js_ast.PrivateName:
		return "#" + k.Name
	}
	return ""
}

func utf16Decode(u []uint16) []rune {
	out := make([]rune, 0, len(u))
	for i := 0; i < len(u); i++ {
		c := rune(u[i])
		if c >= 0xD800 && c < 0xDC00 && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] < 0xE000 {
			c = 0x10000 + (c-0xD800)<<10 + rune(u[i+1]-0xDC00)
			i++
		}
		out = append(out, c)
	}
	return out
}
