// Package js_instrument rewrites a parsed script so that looplab can watch
// it run and own its asynchronous machinery:
//
//   - before every statement (and every loop test or loop iteration) it
//     calls the statement hook $$s(site), which records a step, charges the
//     statement's virtual time and enforces the step budget — the only way to
//     stop `while (true) {}` in WebAssembly, where no timer can interrupt
//     goja;
//   - every function pushes its frame on entry ($$e) and pops it on exit ($$x,
//     in a finally), and generators pop and push theirs around each yield;
//   - async functions, async generators and for-await are lowered to
//     generator functions driven by engine/prelude/async.js, so that every
//     await goes through looplab's own Promise and microtask queue.
//
// The hooks are globals whose names start with $$, which no one
// types. The result also lists the program's functions and statement sites,
// which the engine's trace refers to by index.
package js_instrument

import (
	"strconv"

	"looplab/engine/internal/js_ast"
)

// The hooks the rewritten program calls; the engine defines them.
const (
	HookStatement      = "$$s"   // $$s(site): a statement is about to run
	HookResume         = "$$r"   // $$r(site, v): a generator or async function resumed at site; returns v
	HookEnter          = "$$e"   // $$e(func) -> frame: a function starts running
	HookExit           = "$$x"   // $$x(frame): the function returned or threw
	HookCatch          = "$$c"   // $$c(func, frame) -> frame: a generator's catch/finally runs; make sure its frame is on the stack
	HookSuspend        = "$$o"   // $$o(frame, v) -> v: a generator yields; its frame leaves the stack
	HookAsyncFunction  = "$$af"  // $$af(func, genFn, this, args) -> promise
	HookAsyncGenerator = "$$ag"  // $$ag(func, genFn, this, args, fn) -> async generator object
	HookAsyncGenFn     = "$$agf" // $$agf(fn, name?): give an async generator function its prototypes (and name)
	HookAsyncFn        = "$$afn" // $$afn(fn, name?): give an async function its prototype (and name)
	HookAwait          = "$$aw"  // $$aw(v): the command an async generator body yields for `await v`
	HookDelegate       = "$$dg"  // $$dg(v): the generator an async generator's yield* delegates to
	HookForAwait       = "$$fa"  // $$fa.iterator/next/done/returnMethod/callReturn/checkReturn
	HookFixError       = "$$f"   // $$f(e): a catch clause caught e; put its message in V8's words
	HookCountLoop      = "$$cl"  // $$cl(head, i, limit, mode) -> i': an empty counting loop's next value (or its last, once fast-forwarded)
)

// Hooks lists every hook. A CommonJS program receives them as parameters of
// its module wrapper, after Node's five, in this order: closure variables
// are much cheaper for goja to reach than globals.
var Hooks = []string{
	HookStatement, HookResume, HookEnter, HookExit, HookCatch, HookSuspend,
	HookAsyncFunction, HookAsyncGenerator, HookAsyncGenFn, HookAsyncFn, HookAwait, HookDelegate, HookForAwait, HookFixError,
	HookCountLoop,
}

// Names the rewriting introduces into the user's scopes.
const (
	nameFrame     = "$$t"
	nameYielded   = "$$y"
	nameSuperGet  = "$$sg"
	nameSuperSet  = "$$ss"
	nameArguments = "$$arguments"
	nameNewTarget = "$$nt"
)

// Options say how the program will be run.
type Options struct {
	// CommonJS wraps the program in Node's module function
	// (exports, require, module, __filename, __dirname).
	CommonJS bool
	// SiteBase and FuncBase number this program's sites and functions after
	// those of programs already running (code passed to setTimeout as a
	// string joins the page's script).
	SiteBase, FuncBase int
}

// Func is a function (or class) of the program. Kind is one of "script",
// "function", "arrow", "method", "constructor", "getter", "setter",
// "generator", "async", "async arrow", "async generator", "class".
type Func struct {
	Name  string
	Range js_ast.Range
	Kind  string
}

// Site is a place where the program reports a step: a statement, a loop
// test or the head of a loop iteration, an await or yield.
type Site struct {
	Range js_ast.Range
	// Loop is the innermost loop (the site of its head) the site belongs to
	// within its function, or -1. A loop's head belongs to its own loop.
	Loop int32
	// Head is true for a loop's head: the site each iteration passes.
	Head bool
	// Parent is, for a head, the loop enclosing that loop, or -1.
	Parent int32
}

// Result is the rewritten program and its tables.
type Result struct {
	Program *js_ast.Program
	Funcs   []Func // Funcs[0] is the script itself
	Sites   []Site // by the number $$s/$$r receive
}

type instrumenter struct {
	src  *js_ast.Source
	res  *Result
	fn   *fnCtx
	tmp  int
	opts Options
	loop int32 // the innermost loop being rewritten (its head site), or -1
}

// fnCtx is what the rewriting needs to know about the function being
// rewritten.
type fnCtx struct {
	parent    *fnCtx
	fid       int
	arrow     bool
	async     bool
	generator bool
	// lowered: an async function or async generator, whose body becomes a
	// generator function run by async.js.
	lowered bool
	// root: the script, a class field initializer or a static block — a
	// boundary for `arguments`, `super` and `new.target` like a function.
	root bool
	rng  js_ast.Range // the function's source range

	// Captures this (non-arrow) function declares because a lowered body
	// inside it cannot see its own: super, arguments, new.target.
	needSuper, needArguments, needNewTarget bool
}

// Instrument rewrites p (in place) and returns it with its tables.
func Instrument(p *js_ast.Program, src *js_ast.Source, opts Options) *Result {
	in := &instrumenter{src: src, res: &Result{Program: p}, opts: opts, loop: -1}
	in.res.Funcs = append(in.res.Funcs, Func{Name: "(script)", Range: p.Range, Kind: "script"})
	script := &fnCtx{fid: opts.FuncBase, root: true}
	in.fn = script
	body := in.stmts(p.Body)
	body = append(in.captures(script), body...)
	if !opts.CommonJS {
		p.Body = body
		return in.res
	}
	params := []js_ast.Expr{id("exports"), id("require"), id("module"), id("__filename"), id("__dirname")}
	for _, h := range Hooks {
		params = append(params, id(h))
	}
	wrapper := &js_ast.Function{Kind: js_ast.FuncExpr, Params: params, Body: body, Directives: p.Directives, Strict: p.Strict}
	p.Directives = nil
	p.Body = []js_ast.Stmt{&js_ast.ExprStmt{X: &js_ast.ParenExpr{X: &js_ast.FunctionExpr{Func: wrapper}}}}
	return in.res
}

// site registers a statement site and returns its number.
func (in *instrumenter) site(r js_ast.Range) int {
	in.res.Sites = append(in.res.Sites, Site{Range: r, Loop: in.loop, Parent: -1})
	return in.opts.SiteBase + len(in.res.Sites) - 1
}

// enterLoop registers the head site of a loop and makes it the current
// loop; the caller restores in.loop to the returned value when done.
func (in *instrumenter) enterLoop(r js_ast.Range) (head int, saved int32) {
	head = in.opts.SiteBase + len(in.res.Sites)
	in.res.Sites = append(in.res.Sites, Site{Range: r, Loop: int32(head), Head: true, Parent: in.loop})
	saved = in.loop
	in.loop = int32(head)
	return head, saved
}

func (in *instrumenter) step(r js_ast.Range) *js_ast.ExprStmt {
	return &js_ast.ExprStmt{X: call(id(HookStatement), num(in.site(r)))}
}

func (in *instrumenter) stepExpr(r js_ast.Range) js_ast.Expr {
	return call(id(HookStatement), num(in.site(r)))
}

func (in *instrumenter) newTemp(prefix string) string {
	in.tmp++
	return prefix + strconv.Itoa(in.tmp)
}

// ---------------------------------------------------------------- building nodes

func id(name string) *js_ast.Identifier { return &js_ast.Identifier{Name: name} }

func num(n int) *js_ast.NumberLit {
	return &js_ast.NumberLit{Raw: strconv.Itoa(n), Value: float64(n)}
}

func str(s string) *js_ast.StringLit {
	return &js_ast.StringLit{Raw: strconv.Quote(s), Value: utf16Of(s)}
}

func utf16Of(s string) []uint16 {
	var out []uint16
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
		} else {
			out = append(out, uint16(r))
		}
	}
	return out
}

func call(callee js_ast.Expr, args ...js_ast.Expr) *js_ast.CallExpr {
	return &js_ast.CallExpr{Callee: callee, Args: args}
}

func member(obj js_ast.Expr, name string) *js_ast.MemberExpr {
	return &js_ast.MemberExpr{Object: obj, Property: id(name)}
}

func seq(xs ...js_ast.Expr) js_ast.Expr {
	return &js_ast.ParenExpr{X: &js_ast.SequenceExpr{Exprs: xs}}
}

func assign(target js_ast.Expr, v js_ast.Expr) *js_ast.AssignExpr {
	return &js_ast.AssignExpr{Op: "=", Target: target, Value: v}
}

func exprStmt(x js_ast.Expr) *js_ast.ExprStmt { return &js_ast.ExprStmt{X: x} }

func decl(kind js_ast.VarKind, name string, init js_ast.Expr) *js_ast.VarDecl {
	return &js_ast.VarDecl{Kind: kind, Decls: []*js_ast.Declarator{{Target: id(name), Init: init}}}
}

func undefinedExpr() js_ast.Expr {
	return &js_ast.UnaryExpr{Op: "void", X: num(0)}
}

func block(stmts ...js_ast.Stmt) *js_ast.BlockStmt { return &js_ast.BlockStmt{Body: stmts} }
