package js_printer

import (
	"strconv"
	"strings"
	"testing"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_parser"
)

func printSource(t *testing.T, src string, opts Options) *Result {
	t.Helper()
	prog, err := js_parser.Parse(js_ast.NewSource("t.js", src))
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return Print(prog, opts)
}

func TestPrint(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a=1;b", "a = 1;\nb;\n"},
		{"if(a)b;else if(c){d}else e", "if (a) b; else if (c) {\n  d;\n} else e;\n"},
		{"function f(a,b=1,...c){return a}", "function f(a, b = 1, ...c) {\n  return a;\n}\n"},
		{"x=async function*(){yield* a; yield; await b}", "x = async function*() {\n  yield* a;\n  yield;\n  await b;\n};\n"},
		{"x={a,b:c,[d]:e,...f,g(){},get h(){},set h(v){},async*i(){}, 'j':1, 2:3}",
			"x = { a, b: c, [d]: e, ...f, g() {}, get h() {}, set h(v) {}, async *i() {}, 'j': 1, 2: 3 };\n"},
		{"({a} = b)", "({ a } = b);\n"},
		{"[a,,b,] = c; x = [,]; y = [a,,]", "[a, , b] = c;\nx = [,];\ny = [a, ,];\n"},
		{"for(const [k,v] of m);for(x in y){}for(;;)break", "for (const [k, v] of m) ;\nfor (x in y) {}\nfor (;;) break;\n"},
		{"class A extends B{static #x=1;#m(){} static{}constructor(){super()}}",
			"class A extends B {\n  static #x = 1;\n  #m() {}\n  static {}\n  constructor() {\n    super();\n  }\n}\n"},
		{"switch(x){case 1:a;default:}", "switch (x) {\n  case 1:\n    a;\n  default:\n}\n"},
		{"try{a}catch{b}finally{c}", "try {\n  a;\n} catch {\n  b;\n} finally {\n  c;\n}\n"},
		{"l:for(;;)continue l", "l: for (;;) continue l;\n"},
		{"do x++;while(x<3)", "do x++; while (x < 3);\n"},
		{"'use strict';'a\"b';x", "\"use strict\";\n'a\"b';\nx;\n"},
		{"#!/usr/bin/env node\nx", "#!/usr/bin/env node\nx;\n"},
		{"x = `a${b}c\\n${`d`}`", "x = `a${b}c\\n${`d`}`;\n"},
		{"x = /[/]/g.source", "x = /[/]/g.source;\n"},
		{"x = 1..toString() + (1).x + 1.5.x + 0x1.x", "x = 1..toString() + (1).x + 1.5.x + 0x1.x;\n"},
		{"x = a?.b?.[c]?.(d)", "x = a?.b?.[c]?.(d);\n"},
		{"x = new.target", ""}, // not allowed here; see TestPrintParens
		{"x = async x => x; y = async (a) => ({a})", "x = async (x) => x;\ny = async (a) => ({ a });\n"},
	}
	for _, tt := range tests {
		if tt.want == "" {
			continue
		}
		if got := printSource(t, tt.src, Options{}).Code; got != tt.want {
			t.Errorf("%q:\n got: %q\nwant: %q", tt.src, got, tt.want)
		}
	}
}

// TestPrintParens prints trees without ParenExpr nodes: the printer must
// add the parentheses that the grammar needs.
func TestPrintParens(t *testing.T) {
	tests := []struct{ src, want string }{
		{"(a + b) * c", "(a + b) * c;"},
		{"a + (b * c)", "a + b * c;"},
		{"(a, b) + c", "(a, b) + c;"},
		{"a - (b - c)", "a - (b - c);"},
		{"(a ** b) ** c", "(a ** b) ** c;"},
		{"a ** (b ** c)", "a ** b ** c;"},
		{"(-a) ** b", "(-a) ** b;"},
		{"(a ?? b) || c", "(a ?? b) || c;"},
		{"(a || b) ?? c", "(a || b) ?? c;"},
		{"a ?? (b && c)", "a ?? (b && c);"},
		{"-(-x); +(+x); -(--x); +(++x); -(+x)", "- -x;\n+ +x;\n- --x;\n+ ++x;\n-+x;"},
		{"a - (-b); a + (+b); (x++) + y", "a - -b;\na + +b;\nx++ + y;"},
		{"new (f())(); new (a.b())(); new (a().b)(); new (a.b)()", "new (f())();\nnew (a.b())();\nnew (a()).b();\nnew a.b();"},
		{"(a?.b)(); (a?.b).c; (a?.b)`t`; new (a?.b)()", "(a?.b)();\n(a?.b).c;\n(a?.b)`t`;\nnew (a?.b)();"},
		{"(function () {})(); (class {}).x; ({}).x; ({ a } = b);", "(function() {})();\n(class {}).x;\n({}).x;\n({ a } = b);"},
		{"(async function () {})()", "(async function() {})();"},
		{"(let)[0] = 1; for ((let).x;;); for ((let) in a); for ((async) of a);", "(let)[0] = 1;\nfor ((let).x;;) ;\nfor ((let) in a) ;\nfor ((async) of a) ;"},
		{"x = () => ({}); y = () => ({}).x; z = () => ({ a } = b)", "x = () => ({});\ny = () => ({}).x;\nz = () => ({ a } = b);"},
		{"for (var x = (a in b); ;); for ((a in b); ;); for (x = () => (a in b); ;);", "for (var x = (a in b);;) ;\nfor ((a in b);;) ;\nfor (x = () => (a in b);;) ;"},
		{"(x => x)(1); (async () => 1)(); (a ? b : c)(); (a = b).c", "((x) => x)(1);\n(async () => 1)();\n(a ? b : c)();\n(a = b).c;"},
		{"a = (b, c); f((a, b)); x = [(a, b)]", "a = (b, c);\nf((a, b));\nx = [(a, b)];"},
		{"(a ? b : c) ? d : e; a ? (b, c) : (d, e)", "(a ? b : c) ? d : e;\na ? (b, c) : (d, e);"},
		{"(1).toString(); (08).x; (1.5).x; (1e3).x; (-1).x; (09.5).x", "1 .toString();\n8 .x;\n1.5.x;\n1e3.x;\n(-1).x;\n9.5.x;"},
		{"('use strict'); x", "('use strict');\nx;"},
		{"typeof (typeof x); void (a, b); delete (a.b)", "typeof typeof x;\nvoid (a, b);\ndelete a.b;"},
		{"(await x) ** 2", ""}, // needs an async function; see below
		{"if (a) { if (b) c; } else d", "if (a) {\n  if (b) c;\n} else d;"},
	}
	for _, tt := range tests {
		if tt.want == "" {
			continue
		}
		prog, err := js_parser.Parse(js_ast.NewSource("t.js", tt.src))
		if err != nil {
			t.Fatalf("%q: %v", tt.src, err)
		}
		stripParens(prog)
		// Strip the block around the inner if too, to force the printer
		// to protect the dangling else.
		if s, ok := prog.Body[0].(*js_ast.IfStmt); ok {
			if b, ok := s.Then.(*js_ast.BlockStmt); ok && len(b.Body) == 1 {
				s.Then = b.Body[0]
			}
		}
		got := strings.TrimSuffix(Print(prog, Options{}).Code, "\n")
		if got != tt.want {
			t.Errorf("%q:\n got: %q\nwant: %q", tt.src, got, tt.want)
		}
	}
}

// TestPrintSynthesized prints nodes that the parser never produces: no
// raw text, no positions.
func TestPrintSynthesized(t *testing.T) {
	num := func(v float64) js_ast.Expr { return &js_ast.NumberLit{Value: v} }
	id := func(n string) *js_ast.Identifier { return &js_ast.Identifier{Name: n} }
	tests := []struct {
		x    js_ast.Expr
		want string
	}{
		{&js_ast.StringLit{Value: []uint16{'a', '"', '\\', '\n', 0xD800, 'b', 0xD83D, 0xDE00, 0x2028}}, `("a\"\\\n\uD800b😀\u2028");`},
		{&js_ast.BinaryExpr{Op: "-", X: id("a"), Y: num(-1)}, "a - -1;"},
		{&js_ast.MemberExpr{Object: num(-1), Property: id("x")}, "(-1).x;"},
		{&js_ast.MemberExpr{Object: num(5), Property: id("x")}, "5 .x;"},
		{&js_ast.BinaryExpr{Op: "*", X: num(1e21), Y: num(1.5e-7)}, "1e21 * 1.5e-7;"},
		{&js_ast.UnaryExpr{Op: "-", X: num(-2)}, "- -2;"},
		{&js_ast.MemberExpr{Object: num(1 / zero()), Property: id("x")}, "(1 / 0).x;"},
		{&js_ast.ObjectLit{Properties: []*js_ast.Property{{Key: id("a-b"), Value: num(1)}, {Key: id("c"), Value: id("d"), Shorthand: true}}}, `({ "a-b": 1, c: d });`},
		{&js_ast.TemplateLit{Quasis: []js_ast.TemplateElement{{Cooked: []uint16{'`', '$', '{', '\\'}, Valid: true}}}, "`\\`\\${\\\\`;"},
		{&js_ast.CallExpr{Callee: &js_ast.ChainExpr{X: &js_ast.MemberExpr{Object: id("a"), Property: id("b"), Optional: true}}}, "(a?.b)();"},
		{&js_ast.ArrowFunc{Func: &js_ast.Function{Kind: js_ast.FuncArrow, ExprBody: true, Body: []js_ast.Stmt{&js_ast.ReturnStmt{X: &js_ast.SequenceExpr{Exprs: []js_ast.Expr{id("a"), id("b")}}}}}}, "() => (a, b);"},
	}
	for _, tt := range tests {
		prog := &js_ast.Program{Body: []js_ast.Stmt{&js_ast.ExprStmt{X: tt.x}}}
		got := strings.TrimSuffix(Print(prog, Options{}).Code, "\n")
		if got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
		if len(Print(prog, Options{}).Mappings) != 0 {
			t.Errorf("%s: synthesized nodes got mappings", got)
		}
	}
}

func zero() float64 { return 0 }

func TestFuncMarkers(t *testing.T) {
	src := "function f() { return 1 }\nconst g = (a) => a * 2;\nclass C { m() {} }\nx = { get y() { return 1 } };\nh = async () => {};"
	at := func(s string) string { return strconv.Itoa(strings.Index(src, s)) }
	got := printSource(t, src, Options{FuncMarkers: true}).Code
	want := "function f() { /*@f:" + at("function f") + "*/\n  return 1;\n}\n" +
		"const g = (a) => { /*@f:" + at("(a)") + "*/ return a * 2; };\n" +
		"class C { /*@c:" + at("class C") + "*/\n  m() { /*@f:" + at("m()") + "*/ }\n}\n" +
		"x = { get y() { /*@f:" + at("get y") + "*/\n  return 1;\n} };\n" +
		"h = async () => { /*@f:" + at("async ()") + "*/ };\n"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestMappings(t *testing.T) {
	src := "let x = a + f(b);\nif (x) {\n  g();\n}"
	res := printSource(t, src, Options{})
	// Every mapping ties output text to the same text in the source.
	type pair struct{ gen, src string }
	var got []pair
	last := int32(-1)
	for _, m := range res.Mappings {
		if m.Gen < last {
			t.Fatalf("mappings out of order: %v", res.Mappings)
		}
		last = m.Gen
		g, s := res.Code[m.Gen:], src[m.Src:]
		got = append(got, pair{g[:min(3, len(g))], s[:min(3, len(s))]})
	}
	for _, p := range got {
		if p.gen != p.src {
			t.Errorf("mapping joins %q to %q", p.gen, p.src)
		}
	}
	// Nodes that start at the same place in both texts share a mapping:
	// let..., x, a + f(b) and a, f(b) and f, b, if..., x, {...}, g() and g.
	if len(res.Mappings) != 9 {
		t.Errorf("got %d mappings, want 9: %v", len(res.Mappings), res.Mappings)
	}
}
