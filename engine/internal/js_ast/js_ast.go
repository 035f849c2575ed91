// Package js_ast holds the syntax tree of a JavaScript script, as produced by
// js_parser, rewritten by js_instrument and written back out by js_printer.
//
// Every node carries the byte range it came from in the original source
// (Range). Nodes that the instrumenter synthesizes carry the range of the
// construct they stand for, so positions survive rewriting. A zero Range on a
// synthesized node means "no source position".
//
// The shapes follow ESTree where ESTree is clear, with Go types: expressions
// implement Expr, statements implement Stmt, binding and assignment targets
// are Expr values restricted to Identifier, MemberExpr, ArrayPattern,
// ObjectPattern and AssignPattern (a default).
package js_ast

// Range is a half-open byte range [Start, End) into the original source.
type Range struct{ Start, End int32 }

// Node is anything with a source range.
type Node interface{ Span() Range }

// Expr is an expression (also used for patterns).
type Expr interface {
	Node
	isExpr()
}

// Stmt is a statement or a declaration.
type Stmt interface {
	Node
	isStmt()
}

// ---------------------------------------------------------------- program

// Program is a whole script.
type Program struct {
	Range
	Directives []string // "use strict" and friends, in order, without quotes
	Body       []Stmt
	Strict     bool // the script starts with a "use strict" directive
	Hashbang   string
}

// ---------------------------------------------------------------- functions and classes

// FuncKind says where a function was written.
type FuncKind uint8

const (
	FuncDecl   FuncKind = iota // function f() {}
	FuncExpr                   // (function () {})
	FuncArrow                  // () => {}
	FuncMethod                 // { m() {} } / class { m() {} }
	FuncGetter                 // get x() {}
	FuncSetter                 // set x(v) {}
	FuncCtor                   // class { constructor() {} }
)

// Function is every kind of function: declarations, expressions, arrows,
// methods, accessors and class constructors.
type Function struct {
	Range
	Kind      FuncKind
	Name      *Identifier // nil when anonymous
	Params    []Expr      // Identifier, patterns, AssignPattern (default), RestElement (last)
	Body      []Stmt      // statement body; for an arrow with an expression body, one ReturnStmt with ExprBody set
	ExprBody  bool        // arrow function whose body is a single expression
	Async     bool
	Generator bool
	Strict    bool  // body has "use strict" or is inside strict code / a class
	BodyRange Range // the braces of the body (or the expression of an arrow)
	// Directives of the body, e.g. "use strict".
	Directives []string
}

// ClassMemberKind says what a class element is.
type ClassMemberKind uint8

const (
	MemberMethod ClassMemberKind = iota
	MemberGetter
	MemberSetter
	MemberField       // x = 1; #y;
	MemberStaticBlock // static { ... }
	MemberConstructor
)

// ClassMember is one element of a class body.
type ClassMember struct {
	Range
	Kind     ClassMemberKind
	Static   bool
	Computed bool
	Key      Expr      // Identifier (a plain name), StringLit, NumberLit, PrivateName, or any Expr when Computed; nil for static blocks
	Func     *Function // methods, accessors, constructor
	Value    Expr      // field initializer (nil when none)
	Body     []Stmt    // static block
}

// Class is a class declaration or expression.
type Class struct {
	Range
	Name       *Identifier // nil when anonymous
	SuperClass Expr        // nil without extends
	Members    []*ClassMember
}

// ---------------------------------------------------------------- expressions

type Identifier struct {
	Range
	Name string
}

// PrivateName is #name, in a class member key, in a member access or in
// `#name in obj`.
type PrivateName struct {
	Range
	Name string // without the '#'
}

type NullLit struct{ Range }
type BoolLit struct {
	Range
	Value bool
}

// NumberLit keeps the raw text (0x1F, 1_000, .5e3) and its value.
type NumberLit struct {
	Range
	Raw   string
	Value float64
}

type BigIntLit struct {
	Range
	Raw string // digits as written, with the trailing n
}

// StringLit keeps the raw text with its quotes and the cooked value as
// UTF-16 code units (strings may hold lone surrogates).
type StringLit struct {
	Range
	Raw   string
	Value []uint16
}

type RegExpLit struct {
	Range
	Pattern string
	Flags   string
}

// TemplateLit is `a${b}c`, optionally tagged.
type TemplateLit struct {
	Range
	Tag    Expr // nil when untagged
	Quasis []TemplateElement
	Exprs  []Expr // len(Exprs) == len(Quasis)-1
}

type TemplateElement struct {
	Range
	Raw    string   // as written between the delimiters
	Cooked []uint16 // nil when the raw text has an invalid escape (allowed only in tagged templates)
	Valid  bool     // Cooked is meaningful
}

type ThisExpr struct{ Range }

// SuperExpr appears only as the object of a MemberExpr or the callee of a
// CallExpr.
type SuperExpr struct{ Range }

// MetaProperty is new.target (import.meta is not allowed in scripts).
type MetaProperty struct {
	Range
	Meta, Property string
}

type ArrayLit struct {
	Range
	Elements []Expr // nil element = hole; SpreadElement allowed
}

// PropertyKind is the kind of an object literal member.
type PropertyKind uint8

const (
	PropInit   PropertyKind = iota // key: value, or shorthand
	PropMethod                     // key() {}
	PropGetter                     // get key() {}
	PropSetter                     // set key(v) {}
	PropSpread                     // ...value
)

type Property struct {
	Range
	Kind      PropertyKind
	Key       Expr // Identifier (plain name), StringLit, NumberLit, BigIntLit, or any Expr when Computed; nil for spread
	Computed  bool
	Shorthand bool // {a} or, in patterns, {a = 1} (Value is then an AssignPattern)
	Value     Expr // the value; for methods and accessors a *FunctionExpr
}

type ObjectLit struct {
	Range
	Properties []*Property
}

type FunctionExpr struct {
	Range
	Func *Function
}

type ArrowFunc struct {
	Range
	Func *Function
}

type ClassExpr struct {
	Range
	Class *Class
}

type UnaryExpr struct {
	Range
	Op string // "-", "+", "!", "~", "typeof", "void", "delete"
	X  Expr
}

type UpdateExpr struct {
	Range
	Op     string // "++" or "--"
	Prefix bool
	X      Expr
}

// BinaryExpr covers arithmetic, comparison, bitwise, `in`, `instanceof`,
// `**` and the logical operators "&&", "||", "??".
type BinaryExpr struct {
	Range
	Op   string
	X, Y Expr
}

// AssignExpr is `target op= value`; Op is "=", "+=", ..., "&&=", "||=", "??=".
// For "=", Target may be a pattern.
type AssignExpr struct {
	Range
	Op     string
	Target Expr
	Value  Expr
}

type CondExpr struct {
	Range
	Test, Then, Else Expr
}

// CallExpr is f(a), o.m(a), super(a), f?.(a).
type CallExpr struct {
	Range
	Callee   Expr
	Args     []Expr // SpreadElement allowed
	Optional bool   // f?.()
}

type NewExpr struct {
	Range
	Callee Expr
	Args   []Expr
}

// MemberExpr is o.p, o[e], o.#p, o?.p, super.p.
type MemberExpr struct {
	Range
	Object   Expr
	Property Expr // Identifier (o.p), PrivateName (o.#p) or any Expr (o[e], when Computed)
	Computed bool
	Optional bool // o?.p / o?.[e]
}

// ChainExpr wraps an optional chain (a?.b.c) so that its short-circuit stops
// at this node.
type ChainExpr struct {
	Range
	X Expr
}

type SequenceExpr struct {
	Range
	Exprs []Expr
}

type SpreadElement struct {
	Range
	X Expr
}

type YieldExpr struct {
	Range
	X        Expr // nil for a bare yield
	Delegate bool // yield*
}

type AwaitExpr struct {
	Range
	X Expr
}

// ParenExpr keeps parentheses that the source wrote, so that the printer
// reproduces them (they matter for `(a, b)` arrows, `(x) = 1` and for
// positions). The printer adds its own parentheses where precedence needs
// them regardless.
type ParenExpr struct {
	Range
	X Expr
}

// ---------------------------------------------------------------- patterns

// ArrayPattern is [a, , b = 1, ...rest] as a binding or assignment target.
type ArrayPattern struct {
	Range
	Elements []Expr // nil = elision; the last may be a RestElement
}

// ObjectPattern is {a, b: c, [k]: d = 1, ...rest}.
type ObjectPattern struct {
	Range
	Properties []*Property // Kind PropInit, or PropSpread for the rest element (Value is its target)
}

// AssignPattern is a target with a default: `a = 1` inside a pattern or a
// parameter list.
type AssignPattern struct {
	Range
	Target  Expr
	Default Expr
}

// RestElement is ...target in a parameter list or array pattern.
type RestElement struct {
	Range
	Target Expr
}

// ---------------------------------------------------------------- statements

type VarKind uint8

const (
	Var VarKind = iota
	Let
	Const
)

func (k VarKind) String() string { return [...]string{"var", "let", "const"}[k] }

type VarDecl struct {
	Range
	Kind  VarKind
	Decls []*Declarator
}

type Declarator struct {
	Range
	Target Expr // Identifier or pattern
	Init   Expr // nil when absent
}

type FunctionDecl struct {
	Range
	Func *Function
}

type ClassDecl struct {
	Range
	Class *Class
}

type ExprStmt struct {
	Range
	X Expr
}

type BlockStmt struct {
	Range
	Body []Stmt
}

type EmptyStmt struct{ Range }

type DebuggerStmt struct{ Range }

type IfStmt struct {
	Range
	Test Expr
	Then Stmt
	Else Stmt // nil when absent
}

// ForStmt is for (init; test; update) body. Init is nil, a *VarDecl or an
// *ExprStmt wrapping the expression.
type ForStmt struct {
	Range
	Init   Stmt
	Test   Expr
	Update Expr
	Body   Stmt
}

// ForInStmt is for (left in right) body; Left is a *VarDecl with one
// declarator and no initializer (Annex B's `for (var x = 1 in o)` excepted) or
// an *ExprStmt wrapping an assignment target.
type ForInStmt struct {
	Range
	Left  Stmt
	Right Expr
	Body  Stmt
}

// ForOfStmt is for (left of right) body and, with Await, for await.
type ForOfStmt struct {
	Range
	Await bool
	Left  Stmt
	Right Expr
	Body  Stmt
}

type WhileStmt struct {
	Range
	Test Expr
	Body Stmt
}

type DoWhileStmt struct {
	Range
	Body Stmt
	Test Expr
}

type ReturnStmt struct {
	Range
	X Expr // nil for a bare return
}

type BreakStmt struct {
	Range
	Label *Identifier
}

type ContinueStmt struct {
	Range
	Label *Identifier
}

type ThrowStmt struct {
	Range
	X Expr
}

// TryStmt: Param is nil for `catch {`; Handler is nil without catch;
// Finalizer is nil without finally.
type TryStmt struct {
	Range
	Block     *BlockStmt
	Param     Expr
	Handler   *BlockStmt
	Finalizer *BlockStmt
}

type SwitchStmt struct {
	Range
	Discriminant Expr
	Cases        []*SwitchCase
}

type SwitchCase struct {
	Range
	Test Expr // nil for default
	Body []Stmt
}

type LabeledStmt struct {
	Range
	Label *Identifier
	Body  Stmt
}

type WithStmt struct {
	Range
	Object Expr
	Body   Stmt
}

// ---------------------------------------------------------------- interface plumbing

func (r Range) Span() Range { return r }

func (*Identifier) isExpr()    {}
func (*PrivateName) isExpr()   {}
func (*NullLit) isExpr()       {}
func (*BoolLit) isExpr()       {}
func (*NumberLit) isExpr()     {}
func (*BigIntLit) isExpr()     {}
func (*StringLit) isExpr()     {}
func (*RegExpLit) isExpr()     {}
func (*TemplateLit) isExpr()   {}
func (*ThisExpr) isExpr()      {}
func (*SuperExpr) isExpr()     {}
func (*MetaProperty) isExpr()  {}
func (*ArrayLit) isExpr()      {}
func (*ObjectLit) isExpr()     {}
func (*FunctionExpr) isExpr()  {}
func (*ArrowFunc) isExpr()     {}
func (*ClassExpr) isExpr()     {}
func (*UnaryExpr) isExpr()     {}
func (*UpdateExpr) isExpr()    {}
func (*BinaryExpr) isExpr()    {}
func (*AssignExpr) isExpr()    {}
func (*CondExpr) isExpr()      {}
func (*CallExpr) isExpr()      {}
func (*NewExpr) isExpr()       {}
func (*MemberExpr) isExpr()    {}
func (*ChainExpr) isExpr()     {}
func (*SequenceExpr) isExpr()  {}
func (*SpreadElement) isExpr() {}
func (*YieldExpr) isExpr()     {}
func (*AwaitExpr) isExpr()     {}
func (*ParenExpr) isExpr()     {}
func (*ArrayPattern) isExpr()  {}
func (*ObjectPattern) isExpr() {}
func (*AssignPattern) isExpr() {}
func (*RestElement) isExpr()   {}

func (*VarDecl) isStmt()      {}
func (*FunctionDecl) isStmt() {}
func (*ClassDecl) isStmt()    {}
func (*ExprStmt) isStmt()     {}
func (*BlockStmt) isStmt()    {}
func (*EmptyStmt) isStmt()    {}
func (*DebuggerStmt) isStmt() {}
func (*IfStmt) isStmt()       {}
func (*ForStmt) isStmt()      {}
func (*ForInStmt) isStmt()    {}
func (*ForOfStmt) isStmt()    {}
func (*WhileStmt) isStmt()    {}
func (*DoWhileStmt) isStmt()  {}
func (*ReturnStmt) isStmt()   {}
func (*BreakStmt) isStmt()    {}
func (*ContinueStmt) isStmt() {}
func (*ThrowStmt) isStmt()    {}
func (*TryStmt) isStmt()      {}
func (*SwitchStmt) isStmt()   {}
func (*LabeledStmt) isStmt()  {}
func (*WithStmt) isStmt()     {}
