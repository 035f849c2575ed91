package js_printer

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_lexer"
)

// printNumber prints a number literal as written when the raw text is
// known, otherwise in the shortest form that reads back as the same value.
// A sloppy-mode decimal with a leading zero (08, 09.5) prints as its value
// too: it means the same, and goja rejects the legacy form.
func (p *printer) printNumber(n *js_ast.NumberLit) {
	if n.Raw != "" && !isLeadingZeroDecimal(n.Raw) {
		p.print(n.Raw)
		return
	}
	v := n.Value
	// NaN and Infinity are plain identifiers that code may shadow.
	switch {
	case math.IsNaN(v):
		p.print("0 / 0")
	case math.IsInf(v, 1):
		p.print("1 / 0")
	case math.IsInf(v, -1):
		p.printOperator("-")
		p.print("1 / 0")
	case v == 0 && math.Signbit(v):
		p.printOperator("-")
		p.print("0")
	case v < 0:
		p.printOperator("-")
		p.print(formatNumber(-v))
	default:
		p.print(formatNumber(v))
	}
}

// formatNumber formats a non-negative finite number the way JavaScript's
// Number.prototype.toString does.
func formatNumber(v float64) string {
	if v == math.Trunc(v) && v < 1e21 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	s := strconv.FormatFloat(v, 'g', -1, 64)
	// Go writes 1e+06 and 1e-07; JavaScript accepts both, but keeps
	// exponents without leading zeros.
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		mant, exp := s[:i], s[i+1:]
		sign := ""
		if exp[0] == '+' || exp[0] == '-' {
			sign, exp = exp[:1], exp[1:]
		}
		exp = strings.TrimLeft(exp, "0")
		if sign == "+" {
			sign = ""
		}
		s = mant + "e" + sign + exp
	}
	return s
}

// isLeadingZeroDecimal reports whether raw is a NonOctalDecimalIntegerLiteral
// form: a 0 followed by digits that include an 8 or a 9.
func isLeadingZeroDecimal(raw string) bool {
	if len(raw) < 2 || raw[0] != '0' || raw[1] < '0' || raw[1] > '9' {
		return false
	}
	return strings.IndexAny(raw, "89") >= 0
}

// needsSpaceBeforeDot reports whether a number literal would swallow a
// following "." as its decimal point (1 .toString(), not 1.toString()).
func needsSpaceBeforeDot(n *js_ast.NumberLit) bool {
	if n.Raw == "" || isLeadingZeroDecimal(n.Raw) {
		s := formatNumber(math.Abs(n.Value))
		return !strings.ContainsAny(s, ".eEnN")
	}
	for i := 0; i < len(n.Raw); i++ {
		c := n.Raw[i]
		if !(c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// printString prints a string literal as written when the raw text is
// known, otherwise quoted and escaped from its value.
func (p *printer) printString(s *js_ast.StringLit) {
	if s.Raw != "" {
		p.print(s.Raw)
		return
	}
	p.buf = appendQuoted(p.buf, s.Value)
}

// appendQuoted writes UTF-16 code units as a double-quoted string literal.
// Lone surrogates, which UTF-8 cannot carry, become \u escapes.
func appendQuoted(buf []byte, v []uint16) []byte {
	buf = append(buf, '"')
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '"' || c == '\\':
			buf = append(buf, '\\', byte(c))
		case c == '\n':
			buf = append(buf, '\\', 'n')
		case c == '\r':
			buf = append(buf, '\\', 'r')
		case c == '\t':
			buf = append(buf, '\\', 't')
		case c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029:
			buf = appendUnicodeEscape(buf, c)
		case c < utf8.RuneSelf:
			buf = append(buf, byte(c))
		case utf16.IsSurrogate(rune(c)):
			if c < 0xDC00 && i+1 < len(v) && v[i+1] >= 0xDC00 && v[i+1] <= 0xDFFF {
				buf = utf8.AppendRune(buf, utf16.DecodeRune(rune(c), rune(v[i+1])))
				i++
			} else {
				buf = appendUnicodeEscape(buf, c)
			}
		default:
			buf = utf8.AppendRune(buf, rune(c))
		}
	}
	return append(buf, '"')
}

func appendUnicodeEscape(buf []byte, c uint16) []byte {
	const hex = "0123456789ABCDEF"
	return append(buf, '\\', 'u', hex[c>>12], hex[c>>8&15], hex[c>>4&15], hex[c&15])
}

// printTemplate prints `...${x}...`. Raw text is kept; a synthesized part
// with only a cooked value is escaped.
func (p *printer) printTemplate(t *js_ast.TemplateLit) {
	p.printByte('`')
	for i, q := range t.Quasis {
		if q.Raw != "" || !q.Valid {
			p.print(q.Raw)
		} else {
			p.buf = appendTemplateRaw(p.buf, q.Cooked)
		}
		if i < len(t.Exprs) {
			p.print("${")
			p.printExpr(t.Exprs[i], lLowest, 0)
			p.printByte('}')
		}
	}
	p.printByte('`')
}

func appendTemplateRaw(buf []byte, v []uint16) []byte {
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '`' || c == '\\':
			buf = append(buf, '\\', byte(c))
		case c == '$' && i+1 < len(v) && v[i+1] == '{':
			buf = append(buf, '\\', '$')
		case c == '\r':
			buf = append(buf, '\\', 'r')
		case c < utf8.RuneSelf:
			buf = append(buf, byte(c))
		case utf16.IsSurrogate(rune(c)):
			if c < 0xDC00 && i+1 < len(v) && v[i+1] >= 0xDC00 && v[i+1] <= 0xDFFF {
				buf = utf8.AppendRune(buf, utf16.DecodeRune(rune(c), rune(v[i+1])))
				i++
			} else {
				buf = appendUnicodeEscape(buf, c)
			}
		default:
			buf = utf8.AppendRune(buf, rune(c))
		}
	}
	return buf
}

// printPropertyKey prints the key of a property or class member.
func (p *printer) printPropertyKey(key js_ast.Expr, computed bool) {
	if computed {
		p.printByte('[')
		p.printExpr(key, lAssign, 0)
		p.printByte(']')
		return
	}
	switch k := key.(type) {
	case *js_ast.Identifier:
		p.addMapping(k.Range)
		if js_lexer.IsIdentifierName(k.Name) {
			p.print(k.Name)
		} else {
			p.buf = appendQuoted(p.buf, utf16.Encode([]rune(k.Name)))
		}
	case *js_ast.PrivateName:
		p.addMapping(k.Range)
		p.printByte('#')
		p.print(k.Name)
	default:
		p.printExpr(key, lPrimary, 0)
	}
}

// printObject prints an object literal or pattern on one line.
func (p *printer) printObject(props []*js_ast.Property) {
	wrap := p.atBraceRestricted()
	if wrap {
		p.printByte('(')
	}
	if len(props) == 0 {
		p.print("{}")
	} else {
		p.print("{ ")
		for i, prop := range props {
			if i > 0 {
				p.print(", ")
			}
			p.printProperty(prop)
		}
		p.print(" }")
	}
	if wrap {
		p.printByte(')')
	}
}

func (p *printer) printProperty(prop *js_ast.Property) {
	p.addMapping(prop.Range)
	switch prop.Kind {
	case js_ast.PropSpread:
		p.print("...")
		p.printExpr(prop.Value, lAssign, 0)
		return
	case js_ast.PropMethod, js_ast.PropGetter, js_ast.PropSetter:
		if fe, ok := prop.Value.(*js_ast.FunctionExpr); ok {
			p.printMethod(fe.Func, prop.Key, prop.Computed, prop.Kind == js_ast.PropGetter, prop.Kind == js_ast.PropSetter)
			return
		}
	}
	if prop.Shorthand && !prop.Computed && isShorthandOf(prop.Key, prop.Value) {
		p.printExpr(prop.Value, lAssign, 0)
		return
	}
	p.printPropertyKey(prop.Key, prop.Computed)
	p.print(": ")
	p.printExpr(prop.Value, lAssign, 0)
}

// isShorthandOf reports whether {key} (or {key = x} in a pattern) says the
// same as {key: value}.
func isShorthandOf(key, value js_ast.Expr) bool {
	k, ok := key.(*js_ast.Identifier)
	if !ok {
		return false
	}
	if a, ok := value.(*js_ast.AssignPattern); ok {
		value = a.Target
	}
	if a, ok := value.(*js_ast.AssignExpr); ok && a.Op == "=" {
		value = a.Target
	}
	v, ok := value.(*js_ast.Identifier)
	return ok && v.Name == k.Name && !js_lexer.IsReservedWord(k.Name)
}
