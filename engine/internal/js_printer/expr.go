package js_printer

import (
	"math"

	"looplab/engine/internal/js_ast"
)

// level is operator precedence, loosest first. An expression printed where
// a tighter level is required gets parentheses.
type level uint8

const (
	lLowest level = iota
	lComma
	lAssign // also yield and arrow functions
	lConditional
	lNullish
	lLogicalOr
	lLogicalAnd
	lBitOr
	lBitXor
	lBitAnd
	lEquals
	lCompare
	lShift
	lAdd
	lMultiply
	lExponent
	lPrefix
	lPostfix
	lCall // member access, calls and new: a LeftHandSideExpression
	lPrimary
)

type exprFlags uint8

const (
	// forbidIn: the expression is in a for-loop head, where a bare "in"
	// would end the init.
	forbidIn exprFlags = 1 << iota
	// forbidCall: the expression is (part of) the callee of new, where a
	// call's arguments would be taken as new's.
	forbidCall
)

var binaryLevel = map[string]level{
	"??": lNullish, "||": lLogicalOr, "&&": lLogicalAnd, "|": lBitOr, "^": lBitXor, "&": lBitAnd,
	"==": lEquals, "!=": lEquals, "===": lEquals, "!==": lEquals,
	"<": lCompare, ">": lCompare, "<=": lCompare, ">=": lCompare, "in": lCompare, "instanceof": lCompare,
	"<<": lShift, ">>": lShift, ">>>": lShift,
	"+": lAdd, "-": lAdd, "*": lMultiply, "/": lMultiply, "%": lMultiply, "**": lExponent,
}

// exprLevel is the precedence of the construct at the root of e.
func exprLevel(e js_ast.Expr) level {
	switch e := e.(type) {
	case *js_ast.SequenceExpr:
		return lComma
	case *js_ast.AssignExpr, *js_ast.YieldExpr, *js_ast.ArrowFunc:
		return lAssign
	case *js_ast.CondExpr:
		return lConditional
	case *js_ast.BinaryExpr:
		return binaryLevel[e.Op]
	case *js_ast.UnaryExpr, *js_ast.AwaitExpr:
		return lPrefix
	case *js_ast.UpdateExpr:
		if e.Prefix {
			return lPrefix
		}
		return lPostfix
	case *js_ast.CallExpr, *js_ast.MemberExpr, *js_ast.NewExpr, *js_ast.ChainExpr:
		// new X always prints its arguments, so it is a MemberExpression.
		return lCall
	case *js_ast.TemplateLit:
		if e.Tag != nil {
			return lCall
		}
	case *js_ast.NumberLit:
		switch {
		case e.Raw != "" && !isLeadingZeroDecimal(e.Raw):
		case math.IsNaN(e.Value) || math.IsInf(e.Value, 0):
			return lMultiply // printed as 0 / 0 or 1 / 0
		case e.Value < 0 || e.Value == 0 && math.Signbit(e.Value):
			return lPrefix // printed as -n
		}
	}
	return lPrimary
}

// printExpr prints e where precedence lvl is required.
func (p *printer) printExpr(e js_ast.Expr, lvl level, flags exprFlags) {
	wrap := exprLevel(e) < lvl
	if !wrap {
		switch x := e.(type) {
		case *js_ast.BinaryExpr:
			wrap = x.Op == "in" && flags&forbidIn != 0
		case *js_ast.CallExpr:
			wrap = flags&forbidCall != 0
		case *js_ast.ChainExpr:
			// A chain continued by a member access or call would take it
			// in; the callers ask for lCall+1 then.
			wrap = flags&forbidCall != 0
		case *js_ast.AssignExpr:
			// ({a} = b) at the start of a statement or arrow body.
			_, objTarget := x.Target.(*js_ast.ObjectPattern)
			wrap = objTarget && p.atBraceRestricted()
		}
	}
	if wrap {
		p.printByte('(')
		p.printExprInner(e, lLowest, 0)
		p.printByte(')')
		return
	}
	p.printExprInner(e, lvl, flags)
}

// parenIf prints e in parentheses when cond holds.
func (p *printer) parenIf(cond bool, e js_ast.Expr, lvl level, flags exprFlags) {
	if cond {
		p.printByte('(')
		p.printExprInner(e, lLowest, 0)
		p.printByte(')')
		return
	}
	p.printExpr(e, lvl, flags)
}

func (p *printer) printExprInner(e js_ast.Expr, lvl level, flags exprFlags) {
	p.addMapping(e.Span())
	switch e := e.(type) {
	case *js_ast.Identifier:
		p.printIdentifierExpr(e)
	case *js_ast.PrivateName:
		p.printByte('#')
		p.print(e.Name)
	case *js_ast.NullLit:
		p.print("null")
	case *js_ast.BoolLit:
		if e.Value {
			p.print("true")
		} else {
			p.print("false")
		}
	case *js_ast.NumberLit:
		p.printNumber(e)
	case *js_ast.BigIntLit:
		p.print(e.Raw)
	case *js_ast.StringLit:
		p.printString(e)
	case *js_ast.RegExpLit:
		p.printByte('/')
		p.print(e.Pattern)
		p.printByte('/')
		p.print(e.Flags)
	case *js_ast.TemplateLit:
		if e.Tag != nil {
			p.printCallee(e.Tag, flags&forbidCall)
		}
		p.printTemplate(e)
	case *js_ast.ThisExpr:
		p.print("this")
	case *js_ast.SuperExpr:
		p.print("super")
	case *js_ast.MetaProperty:
		p.print(e.Meta)
		p.printByte('.')
		p.print(e.Property)
	case *js_ast.ArrayLit:
		p.printArray(e.Elements)
	case *js_ast.ArrayPattern:
		p.printArray(e.Elements)
	case *js_ast.ObjectLit:
		p.printObject(e.Properties)
	case *js_ast.ObjectPattern:
		p.printObject(e.Properties)
	case *js_ast.FunctionExpr:
		wrap := p.atStmtStart()
		if wrap {
			p.printByte('(')
		}
		p.printFunction(e.Func)
		if wrap {
			p.printByte(')')
		}
	case *js_ast.ArrowFunc:
		p.printArrow(e.Func, flags)
	case *js_ast.ClassExpr:
		wrap := p.atStmtStart()
		if wrap {
			p.printByte('(')
		}
		p.printClass(e.Class)
		if wrap {
			p.printByte(')')
		}
	case *js_ast.UnaryExpr:
		p.printUnary(e, flags)
	case *js_ast.UpdateExpr:
		if e.Prefix {
			p.printOperator(e.Op)
			p.printExpr(e.X, lPrefix, flags&forbidIn)
		} else {
			p.printExpr(e.X, lCall, flags&forbidIn)
			p.print(e.Op)
		}
	case *js_ast.BinaryExpr:
		p.printBinary(e, flags)
	case *js_ast.AssignExpr:
		p.printExpr(e.Target, lCall, flags&forbidIn)
		p.printByte(' ')
		p.print(e.Op)
		p.printByte(' ')
		p.printExpr(e.Value, lAssign, flags&forbidIn)
	case *js_ast.CondExpr:
		p.printExpr(e.Test, lNullish, flags&forbidIn)
		p.print(" ? ")
		p.printExpr(e.Then, lAssign, 0)
		p.print(" : ")
		p.printExpr(e.Else, lAssign, flags&forbidIn)
	case *js_ast.CallExpr:
		p.printCallee(e.Callee, flags&forbidCall)
		if e.Optional {
			p.print("?.")
		}
		if _, paren := e.Callee.(*js_ast.ParenExpr); paren {
			// (function () {...})(): V8 and goja place the call at its
			// arguments, which follow the callee.
			p.addMapping(js_ast.Range{Start: e.Callee.Span().End, End: e.Callee.Span().End + 1})
		}
		p.printArgs(e.Args)
	case *js_ast.NewExpr:
		p.print("new ")
		p.printExpr(e.Callee, lCall, forbidCall)
		p.printArgs(e.Args)
	case *js_ast.MemberExpr:
		p.printMember(e, flags)
	case *js_ast.ChainExpr:
		p.printExpr(e.X, lCall, flags&forbidCall)
	case *js_ast.SequenceExpr:
		for i, x := range e.Exprs {
			if i > 0 {
				p.print(", ")
			}
			p.printExpr(x, lAssign, flags&forbidIn)
		}
	case *js_ast.SpreadElement:
		p.print("...")
		p.printExpr(e.X, lAssign, 0)
	case *js_ast.RestElement:
		p.print("...")
		p.printExpr(e.Target, lAssign, 0)
	case *js_ast.AssignPattern:
		p.printExpr(e.Target, lCall, 0)
		p.print(" = ")
		p.printExpr(e.Default, lAssign, 0)
	case *js_ast.YieldExpr:
		p.print("yield")
		if e.Delegate {
			p.printByte('*')
		}
		if e.X != nil {
			p.printByte(' ')
			p.printExpr(e.X, lAssign, flags&forbidIn)
		}
	case *js_ast.AwaitExpr:
		p.print("await ")
		p.printExpr(e.X, lPrefix, flags&forbidIn)
	case *js_ast.ParenExpr:
		p.printByte('(')
		p.printExpr(e.X, lLowest, 0)
		p.printByte(')')
	default:
		panic("js_printer: unknown expression type")
	}
}

// printIdentifierExpr prints an identifier used as an expression, with
// parentheses where "let" or "async" would be read as a keyword.
func (p *printer) printIdentifierExpr(id *js_ast.Identifier) {
	n := len(p.buf)
	wrap := id.Name == "let" && (n == p.stmtStart || n == p.forInitStart) ||
		id.Name == "async" && n == p.forOfLeftStart
	if wrap {
		p.printByte('(')
	}
	p.print(id.Name)
	if wrap {
		p.printByte(')')
	}
}

func (p *printer) printIdentifier(id *js_ast.Identifier) {
	p.addMapping(id.Range)
	p.print(id.Name)
}

// printCallee prints the callee of a call or the tag of a template, where
// an optional chain must be closed off by parentheses.
func (p *printer) printCallee(x js_ast.Expr, flags exprFlags) {
	_, chain := x.(*js_ast.ChainExpr)
	p.parenIf(chain, x, lCall, flags)
}

func (p *printer) printMember(e *js_ast.MemberExpr, flags exprFlags) {
	obj := e.Object
	_, chain := obj.(*js_ast.ChainExpr)
	if n, ok := obj.(*js_ast.NumberLit); ok && !e.Computed && !e.Optional && exprLevel(n) >= lCall && needsSpaceBeforeDot(n) {
		p.printExpr(obj, lCall, flags&forbidCall)
		p.printByte(' ')
	} else {
		p.parenIf(chain, obj, lCall, flags&forbidCall)
	}
	if e.Optional {
		p.print("?.")
	}
	if e.Computed {
		p.printByte('[')
		p.printExpr(e.Property, lLowest, 0)
		p.printByte(']')
		return
	}
	if !e.Optional {
		p.printByte('.')
	}
	switch prop := e.Property.(type) {
	case *js_ast.Identifier:
		p.addMapping(prop.Range)
		p.print(prop.Name)
	case *js_ast.PrivateName:
		p.addMapping(prop.Range)
		p.printByte('#')
		p.print(prop.Name)
	default:
		panic("js_printer: member property must be an Identifier or PrivateName unless computed")
	}
}

func (p *printer) printArgs(args []js_ast.Expr) {
	p.printByte('(')
	for i, a := range args {
		if i > 0 {
			p.print(", ")
		}
		p.printExpr(a, lAssign, 0)
	}
	p.printByte(')')
}

func (p *printer) printUnary(e *js_ast.UnaryExpr, flags exprFlags) {
	switch e.Op {
	case "typeof", "void", "delete":
		p.print(e.Op)
		p.printByte(' ')
	default:
		p.printOperator(e.Op)
	}
	p.printExpr(e.X, lPrefix, flags&forbidIn)
}

func (p *printer) printBinary(e *js_ast.BinaryExpr, flags exprFlags) {
	lvl := binaryLevel[e.Op]
	leftLvl, rightLvl := lvl, lvl+1
	if e.Op == "**" {
		// Right-associative, and a unary operand on the left needs
		// parentheses: (-a) ** b.
		leftLvl, rightLvl = lPostfix, lExponent
	}
	fl := flags & forbidIn
	p.parenIf(mixesNullish(e.Op, e.X), e.X, leftLvl, fl)
	p.printByte(' ')
	p.print(e.Op)
	p.printByte(' ')
	p.parenIf(mixesNullish(e.Op, e.Y), e.Y, rightLvl, fl)
}

// mixesNullish reports whether operand, under op, would mix ?? with || or
// && without parentheses, which the grammar forbids.
func mixesNullish(op string, operand js_ast.Expr) bool {
	b, ok := operand.(*js_ast.BinaryExpr)
	if !ok {
		return false
	}
	if op == "??" {
		return b.Op == "||" || b.Op == "&&"
	}
	return (op == "||" || op == "&&") && b.Op == "??"
}

func (p *printer) printArray(elems []js_ast.Expr) {
	p.printByte('[')
	for i, el := range elems {
		if i > 0 {
			p.print(", ")
		}
		if el != nil {
			p.printExpr(el, lAssign, 0)
		}
	}
	if n := len(elems); n > 0 && elems[n-1] == nil {
		// A trailing hole needs its own comma: [a, ,] has length 2.
		p.printByte(',')
	}
	p.printByte(']')
}
