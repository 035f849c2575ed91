package engine

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"

	"looplab/engine/internal/js_ast"
)

// Error messages. goja words its own errors differently from V8 ("Cannot
// read property 'x' of undefined" where Node and Chromium say "Cannot read
// properties of undefined (reading 'x')"), and programs print e.message. So
// wherever an error becomes visible to the program or the page — a catch
// clause, a promise rejection, an uncaught report — fixError rewrites
// goja's message into V8's, using the source expression at the throw site
// when V8's wording names it ("o.method is not a function").

var (
	reReadProp    = regexp.MustCompile(`^Cannot read property '(.*)' of undefined( or null)?$`)
	reNoMember    = regexp.MustCompile(`^Object has no member '(.*)'$`)
	reNotObject   = regexp.MustCompile(`^Value is not an object: `)
	staticReplace = map[string]string{
		"No initial value": "Reduce of empty array with no initial value",
		"Malformed URI":    "URI malformed",
		"toFixed() precision must be between 0 and 100":     "toFixed() digits argument must be between 0 and 100",
		"toPrecision() precision must be between 1 and 100": "toPrecision() argument must be between 1 and 100",
	}
)

// exprIndex finds the expressions V8's messages name, by the source offset
// goja reports for a failing operation.
type exprIndex struct {
	member map[int32]*js_ast.MemberExpr // by the property's start
	call   map[int32]*js_ast.CallExpr   // by the callee's name part (its property, or the identifier)
	new    map[int32]*js_ast.NewExpr    // by its start
	ident  map[int32]*js_ast.Identifier // by its start
	assign map[int32]*js_ast.AssignExpr // by the start of its member target's property
	throws map[int32]*js_ast.ThrowStmt  // by its start
}

func (p *program) index() *exprIndex {
	if p.exprs != nil {
		return p.exprs
	}
	x := &exprIndex{
		member: map[int32]*js_ast.MemberExpr{}, call: map[int32]*js_ast.CallExpr{},
		new: map[int32]*js_ast.NewExpr{}, ident: map[int32]*js_ast.Identifier{}, assign: map[int32]*js_ast.AssignExpr{},
		throws: map[int32]*js_ast.ThrowStmt{},
	}
	zero := js_ast.Range{}
	js_ast.Walk(p.ast, func(n js_ast.Node) bool {
		if n.Span() == zero {
			return true
		}
		switch e := n.(type) {
		case *js_ast.MemberExpr:
			x.member[e.Property.Span().Start] = e
		case *js_ast.CallExpr:
			x.call[nameStart(e.Callee)] = e
		case *js_ast.NewExpr:
			x.new[e.Start] = e
		case *js_ast.Identifier:
			x.ident[e.Start] = e
		case *js_ast.ThrowStmt:
			x.throws[e.Start] = e
		case *js_ast.AssignExpr:
			if m, ok := unparen(e.Target).(*js_ast.MemberExpr); ok {
				x.assign[m.Property.Span().Start] = e
			}

		}
		return true
	})
	p.exprs = x
	return x
}

func unparen(e js_ast.Expr) js_ast.Expr {
	for {
		p, ok := e.(*js_ast.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// nameStart is where goja reports a call of callee: at its last name.
func nameStart(callee js_ast.Expr) int32 {
	switch c := unparen(callee).(type) {
	case *js_ast.MemberExpr:
		return c.Property.Span().Start
	default:
		return callee.Span().Start
	}
}

// fixError puts an error the program is about to see in V8's shape, once:
// goja's message in V8's words, and its stack in the runtime's format
// ("    at f (/app/main.js:3:9)", positions in the user's source).
func (r *run) fixError(v goja.Value) {
	o, ok := v.(*goja.Object)
	if !ok || r.fixed[o] || !isError(r.vm, o) {
		return
	}
	style := "node"
	if r.opts.Runtime == Browser {
		style = "chrome"
	}
	stack, hasStack := r.errorStack(o, style)
	throwAt := r.throwOffset(o)
	if r.fixed == nil {
		r.fixed = map[*goja.Object]bool{}
		r.throwAt = map[*goja.Object]int32{}
	}
	r.fixed[o] = true
	r.throwAt[o] = throwAt
	msgv := o.Get("message")
	namev := o.Get("name")
	if msgv != nil && namev != nil {
		msg, name := msgv.String(), namev.String()
		fixed := ""
		if name == "TypeError" || name == "RangeError" || name == "ReferenceError" || name == "URIError" {
			if s, ok := staticReplace[msg]; ok {
				fixed = s
			} else {
				fixed = r.v8Message(msg, throwAt)
			}
		}
		if fixed != "" && fixed != msg {
			o.Set("message", fixed)
			if i := strings.IndexByte(stack, '\n'); hasStack && i >= 0 {
				stack = name + ": " + fixed + stack[i:]
			} else if hasStack {
				stack = name + ": " + fixed
			}
		}
	}
	if hasStack {
		o.DefineDataProperty("stack", r.vm.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// isError reports whether o is an Error (goja's own or a subclass).
func isError(vm *goja.Runtime, o *goja.Object) bool {
	return o.ClassName() == "Error"
}

// throwOffset is the source offset of the first user frame of o's stack.
func (r *run) throwOffset(o *goja.Object) int32 {
	if off, ok := r.throwAt[o]; ok {
		return off
	}
	sv := o.Get("stack")
	if sv == nil {
		return -1
	}
	for _, l := range strings.Split(sv.String(), "\n") {
		m := gojaFrame.FindStringSubmatch(l)
		if m == nil || strings.HasPrefix(m[2], "looplab:") {
			continue
		}
		if off, ok := r.prog.originalOffset(atoi(m[3]), atoi(m[4])); ok {
			return off
		}
	}
	return -1
}

func (r *run) v8Message(msg string, off int32) string {
	src := r.t.Source.Text
	text := func(e js_ast.Expr) string {
		s := src[e.Span().Start:e.Span().End]
		return strings.Join(strings.Fields(s), " ")
	}
	x := r.prog.index()
	if m := reReadProp.FindStringSubmatch(msg); m != nil {
		of := "undefined"
		if me := x.member[off]; me != nil {
			if _, isNull := unparen(me.Object).(*js_ast.NullLit); isNull {
				of = "null"
			}
		}
		return "Cannot read properties of " + of + " (reading '" + m[1] + "')"
	}
	if msg == "Cannot convert undefined or null to object" {
		if a := x.assign[off]; a != nil {
			me := unparen(a.Target).(*js_ast.MemberExpr)
			of := "undefined"
			if _, isNull := unparen(me.Object).(*js_ast.NullLit); isNull {
				of = "null"
			}
			prop := text(me.Property)
			return "Cannot set properties of " + of + " (setting '" + prop + "')"
		}
		return ""
	}
	if reNoMember.MatchString(msg) || reNotObject.MatchString(msg) {
		if c := x.call[off]; c != nil {
			return calleeText(text, c.Callee) + " is not a function"
		}
		return ""
	}
	switch msg {
	case "Value is not a constructor":
		if n := x.new[off]; n != nil {
			return calleeText(text, n.Callee) + " is not a constructor"
		}
	case "Cannot access a variable before initialization":
		if id := x.ident[off]; id != nil {
			return "Cannot access '" + id.Name + "' before initialization"
		}
	case "Class constructor cannot be invoked without 'new'":
		if c := x.call[off]; c != nil {
			return "Class constructor " + calleeText(text, c.Callee) + " cannot be invoked without 'new'"
		}
	}
	return ""
}

// calleeText is how V8 names a callee in messages: the expression as
// written when it is a name or a chain of properties, "(intermediate
// value)" otherwise.
func calleeText(text func(js_ast.Expr) string, e js_ast.Expr) string {
	switch c := unparen(e).(type) {
	case *js_ast.Identifier, *js_ast.ThisExpr:
		return text(c)
	case *js_ast.MemberExpr:
		if simpleChain(c) {
			return text(c)
		}
	}
	return "(intermediate value)"
}

func simpleChain(e js_ast.Expr) bool {
	switch c := unparen(e).(type) {
	case *js_ast.Identifier, *js_ast.ThisExpr:
		return true
	case *js_ast.MemberExpr:
		return simpleChain(c.Object)
	}
	return false
}
