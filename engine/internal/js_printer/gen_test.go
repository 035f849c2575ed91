package js_printer

import (
	"math/rand"
	"strconv"
	"testing"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
)

// gen builds random trees of the shapes the parser produces, but without
// ParenExpr nodes and without positions, as an instrumenter would
// synthesize them. Printing such a tree and parsing the output must give
// the same tree back: the printer alone decides every parenthesis.
type gen struct {
	r *rand.Rand
	// The function being generated into is an async generator; yield and
	// await are only valid directly in it, not in nested functions.
	nested bool
}

var genNames = []string{"a", "b", "let", "async", "of", "get"}

func (g *gen) ident() *js_ast.Identifier {
	return &js_ast.Identifier{Name: genNames[g.r.Intn(len(genNames))]}
}

func (g *gen) target(depth int) js_ast.Expr {
	if g.r.Intn(2) == 0 {
		return g.ident()
	}
	return g.member(depth)
}

func (g *gen) member(depth int) js_ast.Expr {
	if g.r.Intn(2) == 0 {
		return &js_ast.MemberExpr{Object: g.expr(depth - 1), Property: &js_ast.Identifier{Name: "p"}}
	}
	return &js_ast.MemberExpr{Object: g.expr(depth - 1), Property: g.expr(depth - 1), Computed: true}
}

// chain builds an optional chain: x?.p followed by more links, wrapped in
// a ChainExpr where it ends, as the parser does.
func (g *gen) chain(depth int) js_ast.Expr {
	var x js_ast.Expr = &js_ast.MemberExpr{Object: g.expr(depth - 1), Property: &js_ast.Identifier{Name: "q"}, Optional: true}
	if g.r.Intn(2) == 0 {
		x = &js_ast.CallExpr{Callee: x, Args: []js_ast.Expr{g.expr(depth - 1)}}
	}
	if g.r.Intn(2) == 0 {
		x = &js_ast.CallExpr{Callee: x, Args: []js_ast.Expr{}, Optional: true}
	}
	return &js_ast.ChainExpr{X: x}
}

var (
	genBinary = []string{"??", "||", "&&", "|", "^", "&", "==", "!==", "<", ">=", "in", "instanceof", "<<", ">>>", "+", "-", "*", "/", "%", "**"}
	genAssign = []string{"=", "+=", "**=", "&&=", "||=", "??=", ">>>="}
	genUnary  = []string{"-", "+", "!", "~", "typeof", "void", "delete"}
)

func (g *gen) expr(depth int) js_ast.Expr {
	if depth <= 0 {
		switch g.r.Intn(6) {
		case 0:
			return &js_ast.NumberLit{Raw: "1", Value: 1}
		case 1:
			return &js_ast.StringLit{Raw: `"s"`, Value: []uint16{'s'}}
		case 2:
			return &js_ast.ObjectLit{Properties: []*js_ast.Property{}}
		default:
			return g.ident()
		}
	}
	d := depth - 1
	switch g.r.Intn(24) {
	case 0:
		return &js_ast.BinaryExpr{Op: genBinary[g.r.Intn(len(genBinary))], X: g.expr(d), Y: g.expr(d)}
	case 1:
		return &js_ast.BinaryExpr{Op: genBinary[g.r.Intn(len(genBinary))], X: g.expr(d), Y: g.expr(d)}
	case 2:
		return &js_ast.UnaryExpr{Op: genUnary[g.r.Intn(len(genUnary))], X: g.expr(d)}
	case 3:
		return &js_ast.UpdateExpr{Op: "++", Prefix: g.r.Intn(2) == 0, X: g.target(d)}
	case 4:
		return &js_ast.AssignExpr{Op: genAssign[g.r.Intn(len(genAssign))], Target: g.target(d), Value: g.expr(d)}
	case 5:
		return &js_ast.CondExpr{Test: g.expr(d), Then: g.expr(d), Else: g.expr(d)}
	case 6:
		return &js_ast.SequenceExpr{Exprs: []js_ast.Expr{g.expr(d), g.expr(d)}}
	case 7:
		return &js_ast.CallExpr{Callee: g.expr(d), Args: []js_ast.Expr{g.expr(d), &js_ast.SpreadElement{X: g.expr(d)}}}
	case 8:
		var args []js_ast.Expr
		if g.r.Intn(2) == 0 {
			args = []js_ast.Expr{g.expr(d)}
		}
		return &js_ast.NewExpr{Callee: g.expr(d), Args: args}
	case 9:
		return g.member(depth)
	case 10:
		return g.chain(depth)
	case 11:
		return &js_ast.ArrayLit{Elements: []js_ast.Expr{g.expr(d), nil, g.expr(d)}}
	case 12:
		return &js_ast.ObjectLit{Properties: []*js_ast.Property{
			{Kind: js_ast.PropInit, Key: &js_ast.Identifier{Name: "k"}, Value: g.expr(d)},
			{Kind: js_ast.PropInit, Key: g.expr(d), Computed: true, Value: g.expr(d)},
		}}
	case 13:
		return &js_ast.TemplateLit{Tag: g.maybe(d), Quasis: []js_ast.TemplateElement{
			{Raw: "t", Cooked: []uint16{'t'}, Valid: true}, {Raw: "", Cooked: []uint16{}, Valid: true},
		}, Exprs: []js_ast.Expr{g.expr(d)}}
	case 14, 15:
		old := g.nested
		g.nested = true
		body := g.expr(d)
		g.nested = old
		return &js_ast.ArrowFunc{Func: &js_ast.Function{Kind: js_ast.FuncArrow, Params: []js_ast.Expr{g.ident()},
			ExprBody: true, Body: []js_ast.Stmt{&js_ast.ReturnStmt{X: body}}}}
	case 16:
		old := g.nested
		g.nested = true
		body := g.expr(d)
		g.nested = old
		return &js_ast.FunctionExpr{Func: &js_ast.Function{Kind: js_ast.FuncExpr, Params: []js_ast.Expr{},
			Body: []js_ast.Stmt{&js_ast.ReturnStmt{X: body}}}}
	case 17:
		// Class code is strict, where "let" is reserved: keep the
		// heritage simple.
		var super js_ast.Expr
		if g.r.Intn(2) == 0 {
			super = &js_ast.CallExpr{Callee: &js_ast.Identifier{Name: "a"}, Args: []js_ast.Expr{}}
		}
		return &js_ast.ClassExpr{Class: &js_ast.Class{SuperClass: super}}
	case 18:
		if !g.nested {
			x := g.maybe(d)
			return &js_ast.YieldExpr{X: x, Delegate: x != nil && g.r.Intn(3) == 0}
		}
	case 19:
		if !g.nested {
			return &js_ast.AwaitExpr{X: g.expr(d)}
		}
	case 20:
		return &js_ast.AssignExpr{Op: "=", Target: &js_ast.ObjectPattern{Properties: []*js_ast.Property{
			{Kind: js_ast.PropInit, Key: &js_ast.Identifier{Name: "k"}, Value: g.target(d)},
		}}, Value: g.expr(d)}
	case 21:
		return &js_ast.AssignExpr{Op: "=", Target: &js_ast.ArrayPattern{Elements: []js_ast.Expr{
			&js_ast.AssignPattern{Target: g.target(d), Default: g.expr(d)}, &js_ast.RestElement{Target: g.target(d)},
		}}, Value: g.expr(d)}
	}
	return g.expr(d)
}

func (g *gen) maybe(depth int) js_ast.Expr {
	if g.r.Intn(2) == 0 {
		return nil
	}
	return g.expr(depth)
}

func (g *gen) stmt(depth int) js_ast.Stmt {
	switch g.r.Intn(8) {
	case 0:
		return &js_ast.ForStmt{Init: &js_ast.ExprStmt{X: g.expr(depth)}, Test: g.maybe(depth), Body: &js_ast.EmptyStmt{}}
	case 1:
		return &js_ast.ForStmt{Init: &js_ast.VarDecl{Kind: js_ast.Var, Decls: []*js_ast.Declarator{{Target: &js_ast.Identifier{Name: "v"}, Init: g.expr(depth)}}}, Body: &js_ast.EmptyStmt{}}
	case 2:
		return &js_ast.ForInStmt{Left: &js_ast.ExprStmt{X: g.target(depth)}, Right: g.expr(depth), Body: &js_ast.EmptyStmt{}}
	case 3:
		return &js_ast.ForOfStmt{Left: &js_ast.ExprStmt{X: g.target(depth)}, Right: g.expr(depth), Body: &js_ast.EmptyStmt{}}
	case 4:
		return &js_ast.IfStmt{Test: g.expr(depth), Then: &js_ast.IfStmt{Test: g.expr(depth), Then: &js_ast.EmptyStmt{}}, Else: &js_ast.EmptyStmt{}}
	case 5:
		return &js_ast.ReturnStmt{X: g.expr(depth)}
	}
	return &js_ast.ExprStmt{X: g.expr(depth)}
}

// TestPrintGenerated round-trips thousands of random synthesized trees.
func TestPrintGenerated(t *testing.T) {
	g := &gen{r: rand.New(rand.NewSource(genSeed))}
	failures := 0
	for i := 0; int64(i) < genCount && failures < 10; i++ {
		body := []js_ast.Stmt{g.stmt(1 + i%5)}
		fn := &js_ast.Function{Kind: js_ast.FuncDecl, Name: &js_ast.Identifier{Name: "f" + strconv.Itoa(i)},
			Params: []js_ast.Expr{}, Body: body, Async: true, Generator: true}
		prog := &js_ast.Program{Body: []js_ast.Stmt{&js_ast.FunctionDecl{Func: fn}}}
		code := Print(prog, Options{}).Code
		back, err := js_parser.Parse(js_ast.NewSource("gen.js", code))
		if err != nil {
			t.Errorf("printed tree does not parse: %v\n%s", err, code)
			failures++
			continue
		}
		// The printer braces an else-less if before an else.
		if s, ok := body[0].(*js_ast.IfStmt); ok && s.Else != nil && endsWithElselessIf(s.Then) {
			s.Then = &js_ast.BlockStmt{Body: []js_ast.Stmt{s.Then}}
		}
		if d := astDiff(prog, back); d != "" {
			t.Errorf("printed tree parses differently: %s\n%s", d, code)
			failures++
		}
	}
}

// The seed and count are variables so that a longer local run can change
// them.
var genSeed, genCount int64 = 1, 4000
