package js_parser

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"looplab/engine/internal/js_ast"
)

// dump renders a tree compactly for comparison: each node as its type and
// its non-zero fields, without positions.
func dump(v any) string {
	var sb strings.Builder
	dumpValue(&sb, reflect.ValueOf(v))
	return sb.String()
}

var rangeType = reflect.TypeOf(js_ast.Range{})

func dumpValue(sb *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			sb.WriteString("nil")
			return
		}
		dumpValue(sb, v.Elem())
	case reflect.Struct:
		sb.WriteString(v.Type().Name())
		sb.WriteByte('{')
		first := true
		for i := 0; i < v.NumField(); i++ {
			f, fv := v.Type().Field(i), v.Field(i)
			if f.Type == rangeType || fv.IsZero() {
				continue
			}
			if !first {
				sb.WriteByte(' ')
			}
			first = false
			sb.WriteString(f.Name)
			sb.WriteByte(':')
			dumpValue(sb, fv)
		}
		sb.WriteByte('}')
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint16 {
			fmt.Fprintf(sb, "%q", string(utf16.Decode(v.Interface().([]uint16))))
			return
		}
		sb.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				sb.WriteByte(' ')
			}
			dumpValue(sb, v.Index(i))
		}
		sb.WriteByte(']')
	case reflect.String:
		fmt.Fprintf(sb, "%q", v.String())
	default:
		fmt.Fprint(sb, v.Interface())
	}
}

func mustParse(t *testing.T, src string) *js_ast.Program {
	t.Helper()
	prog, err := Parse(js_ast.NewSource("t.js", src))
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return prog
}

// TestShapes checks the tree built for constructs whose shape other parts
// of the engine rely on.
func TestShapes(t *testing.T) {
	tests := []struct{ src, want string }{
		// Optional chains end in a ChainExpr where the chain ends.
		{"a?.b.c(d)", `ExprStmt{X:ChainExpr{X:CallExpr{Callee:MemberExpr{Object:MemberExpr{Object:Identifier{Name:"a"} Property:Identifier{Name:"b"} Optional:true} Property:Identifier{Name:"c"}} Args:[Identifier{Name:"d"}]}}}`},
		{"(a?.b).c", `ExprStmt{X:MemberExpr{Object:ParenExpr{X:ChainExpr{X:MemberExpr{Object:Identifier{Name:"a"} Property:Identifier{Name:"b"} Optional:true}}} Property:Identifier{Name:"c"}}}`},
		{"a?.[x]?.()", `ExprStmt{X:ChainExpr{X:CallExpr{Callee:MemberExpr{Object:Identifier{Name:"a"} Property:Identifier{Name:"x"} Computed:true Optional:true} Args:[] Optional:true}}}`},
		// Parentheses are kept.
		{"(a, b)", `ExprStmt{X:ParenExpr{X:SequenceExpr{Exprs:[Identifier{Name:"a"} Identifier{Name:"b"}]}}}`},
		{"(x) = 1", `ExprStmt{X:AssignExpr{Op:"=" Target:ParenExpr{X:Identifier{Name:"x"}} Value:NumberLit{Raw:"1" Value:1}}}`},
		// Arrows: an expression body is one ReturnStmt.
		{"async (a, b) => a", `ExprStmt{X:ArrowFunc{Func:Function{Kind:2 Params:[Identifier{Name:"a"} Identifier{Name:"b"}] Body:[ReturnStmt{X:Identifier{Name:"a"}}] ExprBody:true Async:true}}}`},
		{"async(a, b)", `ExprStmt{X:CallExpr{Callee:Identifier{Name:"async"} Args:[Identifier{Name:"a"} Identifier{Name:"b"}]}}`},
		{"async\nfunction f() {}", `ExprStmt{X:Identifier{Name:"async"}} FunctionDecl{Func:Function{Name:Identifier{Name:"f"} Params:[]}}`},
		// Destructuring assignment converts the literal into a pattern.
		{"({a = 1, b: [c], ...d} = o)", `ExprStmt{X:ParenExpr{X:AssignExpr{Op:"=" Target:ObjectPattern{Properties:[Property{Key:Identifier{Name:"a"} Shorthand:true Value:AssignPattern{Target:Identifier{Name:"a"} Default:NumberLit{Raw:"1" Value:1}}} Property{Key:Identifier{Name:"b"} Value:ArrayPattern{Elements:[Identifier{Name:"c"}]}} Property{Kind:4 Value:Identifier{Name:"d"}}]} Value:Identifier{Name:"o"}}}}`},
		{"[a.b, , ...c] = d", `ExprStmt{X:AssignExpr{Op:"=" Target:ArrayPattern{Elements:[MemberExpr{Object:Identifier{Name:"a"} Property:Identifier{Name:"b"}} nil RestElement{Target:Identifier{Name:"c"}}]} Value:Identifier{Name:"d"}}}`},
		// for heads.
		{"for (const [k, v] of m);", `ForOfStmt{Left:VarDecl{Kind:const Decls:[Declarator{Target:ArrayPattern{Elements:[Identifier{Name:"k"} Identifier{Name:"v"}]}}]} Right:Identifier{Name:"m"} Body:EmptyStmt{}}`},
		{"for (x.y in z);", `ForInStmt{Left:ExprStmt{X:MemberExpr{Object:Identifier{Name:"x"} Property:Identifier{Name:"y"}}} Right:Identifier{Name:"z"} Body:EmptyStmt{}}`},
		{"async function f() { for await (x of y); }", `FunctionDecl{Func:Function{Name:Identifier{Name:"f"} Params:[] Body:[ForOfStmt{Await:true Left:ExprStmt{X:Identifier{Name:"x"}} Right:Identifier{Name:"y"} Body:EmptyStmt{}}] Async:true}}`},
		// let as an identifier in sloppy code.
		{"let = 1; let\nx", `ExprStmt{X:AssignExpr{Op:"=" Target:Identifier{Name:"let"} Value:NumberLit{Raw:"1" Value:1}}} VarDecl{Kind:let Decls:[Declarator{Target:Identifier{Name:"x"}}]}`},
		// Templates keep raw and cooked text; invalid escapes only when tagged.
		{"t`a\\u{41}${x}\\unicode`", `ExprStmt{X:TemplateLit{Tag:Identifier{Name:"t"} Quasis:[TemplateElement{Raw:"a\\u{41}" Cooked:"aA" Valid:true} TemplateElement{Raw:"\\unicode"}] Exprs:[Identifier{Name:"x"}]}}`},
		// Classes.
		{"class A extends B { static #x = 1; get y() {} static { this.#x; } constructor() { super(); } }", `ClassDecl{Class:Class{Name:Identifier{Name:"A"} SuperClass:Identifier{Name:"B"} Members:[ClassMember{Kind:3 Static:true Key:PrivateName{Name:"x"} Value:NumberLit{Raw:"1" Value:1}} ClassMember{Kind:1 Key:Identifier{Name:"y"} Func:Function{Kind:4 Params:[] Strict:true}} ClassMember{Kind:4 Static:true Body:[ExprStmt{X:MemberExpr{Object:ThisExpr{} Property:PrivateName{Name:"x"}}}]} ClassMember{Kind:5 Key:Identifier{Name:"constructor"} Func:Function{Kind:6 Params:[] Body:[ExprStmt{X:CallExpr{Callee:SuperExpr{} Args:[]}}] Strict:true}}]}}`},
		// Dynamic import is a call of an identifier named import.
		{"import('m')", `ExprStmt{X:CallExpr{Callee:Identifier{Name:"import"} Args:[StringLit{Raw:"'m'" Value:"m"}]}}`},
		// new without arguments has nil Args; with arguments a slice.
		{"new a; new a()", `ExprStmt{X:NewExpr{Callee:Identifier{Name:"a"}}} ExprStmt{X:NewExpr{Callee:Identifier{Name:"a"} Args:[]}}`},
		{"a ?? b ?? c", `ExprStmt{X:BinaryExpr{Op:"??" X:BinaryExpr{Op:"??" X:Identifier{Name:"a"} Y:Identifier{Name:"b"}} Y:Identifier{Name:"c"}}}`},
		{"a ** b ** c", `ExprStmt{X:BinaryExpr{Op:"**" X:Identifier{Name:"a"} Y:BinaryExpr{Op:"**" X:Identifier{Name:"b"} Y:Identifier{Name:"c"}}}}`},
	}
	for _, tt := range tests {
		prog := mustParse(t, tt.src)
		var parts []string
		for _, s := range prog.Body {
			parts = append(parts, dump(s))
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("%q:\n got: %s\nwant: %s", tt.src, got, tt.want)
		}
	}
}

func TestDirectives(t *testing.T) {
	prog := mustParse(t, "'use strict'; \"other\"; x; 'not a directive';")
	if !prog.Strict || len(prog.Directives) != 2 || prog.Directives[0] != "use strict" || prog.Directives[1] != "other" {
		t.Errorf("directives %q strict %v", prog.Directives, prog.Strict)
	}
	if len(prog.Body) != 2 {
		t.Errorf("body has %d statements, want 2", len(prog.Body))
	}
	fn := mustParse(t, `function f() { "use strict"; return 1 }`).Body[0].(*js_ast.FunctionDecl).Func
	if !fn.Strict || len(fn.Directives) != 1 || len(fn.Body) != 1 {
		t.Errorf("function: strict %v directives %q body %d", fn.Strict, fn.Directives, len(fn.Body))
	}
	// A string followed by more expression is not a directive.
	prog = mustParse(t, "'use strict' + 1; with (a) b")
	if prog.Strict || len(prog.Directives) != 0 || len(prog.Body) != 2 {
		t.Errorf("directives %q strict %v body %d", prog.Directives, prog.Strict, len(prog.Body))
	}
}

func TestRanges(t *testing.T) {
	src := "let x = async (a) => { await a; };\nfoo(1)?.bar"
	prog := mustParse(t, src)
	text := func(n js_ast.Node) string { r := n.Span(); return src[r.Start:r.End] }
	decl := prog.Body[0].(*js_ast.VarDecl)
	arrow := decl.Decls[0].Init.(*js_ast.ArrowFunc)
	checks := []struct {
		node js_ast.Node
		want string
	}{
		{decl, "let x = async (a) => { await a; };"},
		{decl.Decls[0], "x = async (a) => { await a; }"},
		{arrow, "async (a) => { await a; }"},
		{arrow.Func, "async (a) => { await a; }"},
		{arrow.Func.BodyRange, "{ await a; }"},
		{arrow.Func.Body[0], "await a;"},
		{prog.Body[1], "foo(1)?.bar"},
	}
	for _, c := range checks {
		if got := text(c.node); got != c.want {
			t.Errorf("range text %q, want %q", got, c.want)
		}
	}
}

func TestSyntaxErrorPosition(t *testing.T) {
	// Columns count UTF-16 units: the emoji takes two.
	_, err := Parse(js_ast.NewSource("t.js", "x = '😀';\n  let y = 1; let y;"))
	se, ok := err.(*SyntaxError)
	if !ok {
		t.Fatalf("got %v", err)
	}
	if se.Line != 2 || se.Column != 18 || se.Error() != "2:18: Identifier 'y' has already been declared" {
		t.Errorf("got %+v", se)
	}
	_, err = Parse(js_ast.NewSource("t.js", "'😀' + )"))
	if err == nil || err.Error() != "1:8: Unexpected token ')'" {
		t.Errorf("got %v", err)
	}
}

func TestPrivateIn(t *testing.T) {
	prog := mustParse(t, "class A { #a; m(o) { return #a in o; } }")
	m := prog.Body[0].(*js_ast.ClassDecl).Class.Members[1]
	ret := m.Func.Body[0].(*js_ast.ReturnStmt)
	if got := dump(ret.X); got != `BinaryExpr{Op:"in" X:PrivateName{Name:"a"} Y:Identifier{Name:"o"}}` {
		t.Errorf("got %s", got)
	}
}

func TestDeepNesting(t *testing.T) {
	ok := "x = " + strings.Repeat("(", 500) + "1" + strings.Repeat(")", 500)
	mustParse(t, ok)
	for _, src := range []string{
		"x = " + strings.Repeat("(", 100000) + "1" + strings.Repeat(")", 100000),
		"x = " + strings.Repeat("-", 100000) + "1",
		strings.Repeat("{", 100000),
		strings.Repeat("if (a) ", 100000) + ";",
		"x = " + strings.Repeat("[", 100000),
	} {
		_, err := Parse(js_ast.NewSource("t.js", src))
		if err == nil || !strings.Contains(err.Error(), "Maximum call stack size exceeded") {
			t.Errorf("%.20q...: got %v", src, err)
		}
	}
}
