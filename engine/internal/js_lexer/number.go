package js_lexer

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

func isDecimal(c byte) bool { return c >= '0' && c <= '9' }
func isHex(c byte) bool     { return hexValue(c) >= 0 }
func isOctal(c byte) bool   { return c >= '0' && c <= '7' }
func isBinary(c byte) bool  { return c == '0' || c == '1' }

// scanDigits consumes digits accepted by isDigit, with single '_'
// separators between them. It returns the number of digits and, when a
// separator is misplaced, V8's message and the separator's position.
func (l *Lexer) scanDigits(isDigit func(byte) bool) (count int, msg string, at int32) {
	src := l.src
	for l.pos < int32(len(src)) {
		c := src[l.pos]
		if isDigit(c) {
			count++
			l.pos++
			continue
		}
		if c != '_' {
			break
		}
		at = l.pos
		switch next := l.peekByte(1); {
		case next == '_':
			return count, "Only one underscore is allowed as numeric separator", at + 1
		case count == 0:
			// A separator right after a prefix ("0x_1") or before the
			// first digit of a fraction or exponent.
			return count, "Invalid or unexpected token", l.Start
		case !isDigit(next):
			return count, "Numeric separators are not allowed at the end of numeric literals", at
		}
		l.pos++
	}
	return count, "", 0
}

// scanNumber scans a NumericLiteral, including BigInt literals and the
// legacy octal forms that sloppy mode allows.
func (l *Lexer) scanNumber() {
	start := l.pos
	src := l.src
	l.Kind = TNumber
	if src[start] == '0' && start+1 < int32(len(src)) {
		var isDigit func(byte) bool
		base := 0
		switch src[start+1] | 0x20 {
		case 'x':
			isDigit, base = isHex, 16
		case 'o':
			isDigit, base = isOctal, 8
		case 'b':
			isDigit, base = isBinary, 2
		}
		if base != 0 {
			l.pos += 2
			n, msg, at := l.scanDigits(isDigit)
			if msg != "" {
				l.fail(at, msg)
				return
			}
			if n == 0 {
				l.invalid()
				return
			}
			digits := strings.ReplaceAll(src[start+2:l.pos], "_", "")
			if l.peekByte(0) == 'n' {
				l.pos++
				l.Kind = TBigInt
			} else {
				l.Number = parseInteger(digits, base)
			}
			l.checkNumberEnd()
			return
		}
		if isDecimal(src[start+1]) || src[start+1] == '_' {
			l.scanLeadingZero()
			return
		}
	}

	// DecimalLiteral: digits [. digits] [e [+-] digits], or .digits.
	isInteger := true
	if src[start] != '.' {
		if _, msg, at := l.scanDigits(isDecimal); msg != "" {
			l.fail(at, msg)
			return
		}
	}
	if l.peekByte(0) == '.' {
		isInteger = false
		l.pos++
		if l.peekByte(0) == '_' {
			l.invalid()
			return
		}
		if _, msg, at := l.scanDigits(isDecimal); msg != "" {
			l.fail(at, msg)
			return
		}
	}
	if c := l.peekByte(0); c == 'e' || c == 'E' {
		isInteger = false
		l.pos++
		if c := l.peekByte(0); c == '+' || c == '-' {
			l.pos++
		}
		n, msg, at := l.scanDigits(isDecimal)
		if msg != "" {
			l.fail(at, msg)
			return
		}
		if n == 0 {
			l.invalid()
			return
		}
	}
	if isInteger && l.peekByte(0) == 'n' {
		l.pos++
		l.Kind = TBigInt
		l.checkNumberEnd()
		return
	}
	l.Number = parseDecimal(src[start:l.pos])
	l.checkNumberEnd()
}

// scanLeadingZero scans 0-prefixed decimal digits: a legacy octal literal
// (017) or, when an 8 or 9 appears, a "NonOctalDecimalIntegerLiteral" (019),
// which may go on with a fraction and exponent. Both are errors in strict
// mode and neither allows separators or a BigInt suffix.
func (l *Lexer) scanLeadingZero() {
	start := l.pos
	src := l.src
	l.pos++
	octal := true
	for l.pos < int32(len(src)) && (isDecimal(src[l.pos]) || src[l.pos] == '_') {
		if src[l.pos] == '_' {
			if l.pos == start+1 {
				l.fail(l.pos, "Numeric separator can not be used after leading 0.")
			} else {
				l.invalid()
			}
			return
		}
		if src[l.pos] >= '8' {
			octal = false
		}
		l.pos++
	}
	l.StrictErrorAt = start
	if octal {
		l.StrictError = "Octal literals are not allowed in strict mode."
		l.Number = parseInteger(src[start+1:l.pos], 8)
		l.checkNumberEnd()
		return
	}
	l.StrictError = "Decimals with leading zeros are not allowed in strict mode."
	if l.peekByte(0) == '.' {
		l.pos++
		for l.pos < int32(len(src)) && isDecimal(src[l.pos]) {
			l.pos++
		}
	}
	if c := l.peekByte(0); c == 'e' || c == 'E' {
		l.pos++
		if c := l.peekByte(0); c == '+' || c == '-' {
			l.pos++
		}
		n := 0
		for l.pos < int32(len(src)) && isDecimal(src[l.pos]) {
			l.pos++
			n++
		}
		if n == 0 {
			l.invalid()
			return
		}
	}
	l.Number = parseDecimal(src[start:l.pos])
	l.checkNumberEnd()
}

// checkNumberEnd enforces that no identifier character or digit follows a
// numeric literal directly ("3in x" is an error).
func (l *Lexer) checkNumberEnd() {
	if l.pos >= int32(len(l.src)) {
		return
	}
	c := l.src[l.pos]
	if c < utf8.RuneSelf {
		if isASCIIIdentPart(c) || c == '\\' {
			l.invalid()
		}
		return
	}
	if r, _ := utf8.DecodeRuneInString(l.src[l.pos:]); IsIdentifierStart(r) {
		l.invalid()
	}
}

func parseDecimal(s string) float64 {
	s = strings.ReplaceAll(s, "_", "")
	// ParseFloat rounds correctly; overflow yields ±Inf with ErrRange, which
	// is the JavaScript value too.
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

func parseInteger(digits string, base int) float64 {
	if len(digits) <= 12 {
		v, _ := strconv.ParseUint(digits, base, 64)
		return float64(v)
	}
	// Long literals need correct rounding to the nearest double.
	n, _ := new(big.Int).SetString(digits, base)
	f, _ := new(big.Float).SetInt(n).Float64()
	return f
}
