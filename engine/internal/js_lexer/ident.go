package js_lexer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func isASCIIIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '$' || c == '_'
}

func isASCIIIdentPart(c byte) bool {
	return isASCIIIdentStart(c) || c >= '0' && c <= '9'
}

// IsIdentifierStart reports whether r may start an IdentifierName: Unicode
// ID_Start, '$' or '_'.
func IsIdentifierStart(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIIdentStart(byte(r))
	}
	return unicode.In(r, unicode.L, unicode.Nl, unicode.Other_ID_Start) &&
		!unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

// IsIdentifierPart reports whether r may continue an IdentifierName: Unicode
// ID_Continue, '$', ZWNJ or ZWJ.
func IsIdentifierPart(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIIdentPart(byte(r))
	}
	if r == 0x200C || r == 0x200D {
		return true
	}
	return unicode.In(r, unicode.L, unicode.Nl, unicode.Other_ID_Start, unicode.Mn, unicode.Mc,
		unicode.Nd, unicode.Pc, unicode.Other_ID_Continue) &&
		!unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

// IsIdentifierName reports whether s is a valid IdentifierName without
// escapes (so that a printer may write it as a bare property name).
func IsIdentifierName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if i == 0 && !IsIdentifierStart(r) || i > 0 && !IsIdentifierPart(r) {
			return false
		}
	}
	return true
}

func (l *Lexer) scanIdentifierOrKeyword() {
	start := l.pos
	src := l.src
	for l.pos < int32(len(src)) && isASCIIIdentPart(src[l.pos]) {
		l.pos++
	}
	if l.pos < int32(len(src)) && (src[l.pos] == '\\' || src[l.pos] >= utf8.RuneSelf) {
		l.pos = start
		name, escaped, ok := l.scanIdentifierName()
		if !ok {
			return
		}
		l.Name, l.Escaped = name, escaped
		l.Kind = TIdentifier
		if _, isKeyword := Keywords[name]; isKeyword && escaped {
			l.Kind = TEscapedKeyword
		} else if isKeyword {
			l.Kind = Keywords[name]
		}
		return
	}
	l.Name = src[start:l.pos]
	if len(l.Name) >= 2 && len(l.Name) <= 10 {
		if t, ok := Keywords[l.Name]; ok {
			l.Kind = t
			return
		}
	}
	l.Kind = TIdentifier
}

// scanIdentifierName scans an IdentifierName that may hold non-ASCII
// characters and \u escapes. On failure the token is already a TError.
func (l *Lexer) scanIdentifierName() (name string, escaped, ok bool) {
	var sb strings.Builder
	src := l.src
	first := true
	for l.pos < int32(len(src)) {
		c := src[l.pos]
		var r rune
		switch {
		case c == '\\':
			escStart := l.pos
			if l.peekByte(1) != 'u' {
				l.pos++
				l.invalid()
				return "", false, false
			}
			l.pos += 2
			var valid bool
			r, valid = l.scanUnicodeEscapeBody()
			if !valid {
				l.fail(escStart, "Invalid Unicode escape sequence")
				return "", false, false
			}
			escaped = true
			if first && !IsIdentifierStart(r) || !first && !IsIdentifierPart(r) {
				l.invalid()
				return "", false, false
			}
		case c < utf8.RuneSelf:
			if first && !isASCIIIdentStart(c) || !first && !isASCIIIdentPart(c) {
				return sb.String(), escaped, true
			}
			r = rune(c)
			l.pos++
		default:
			var size int
			r, size = utf8.DecodeRuneInString(src[l.pos:])
			if first && !IsIdentifierStart(r) || !first && !IsIdentifierPart(r) {
				if first {
					l.pos += int32(size)
					l.invalid()
					return "", false, false
				}
				return sb.String(), escaped, true
			}
			l.pos += int32(size)
		}
		sb.WriteRune(r)
		first = false
	}
	return sb.String(), escaped, true
}

// scanUnicodeEscapeBody scans what follows "\u": four hex digits or a
// braced code point up to U+10FFFF.
func (l *Lexer) scanUnicodeEscapeBody() (rune, bool) {
	src := l.src
	if l.pos < int32(len(src)) && src[l.pos] == '{' {
		l.pos++
		var r rune
		digits := 0
		for l.pos < int32(len(src)) && hexValue(src[l.pos]) >= 0 {
			r = r*16 + rune(hexValue(src[l.pos]))
			if r > 0x10FFFF {
				return 0, false
			}
			digits++
			l.pos++
		}
		if digits == 0 || l.pos >= int32(len(src)) || src[l.pos] != '}' {
			return 0, false
		}
		l.pos++
		return r, true
	}
	if l.pos+4 > int32(len(src)) {
		return 0, false
	}
	var r rune
	for i := int32(0); i < 4; i++ {
		v := hexValue(src[l.pos+i])
		if v < 0 {
			return 0, false
		}
		r = r*16 + rune(v)
	}
	l.pos += 4
	return r, true
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (l *Lexer) scanPrivateName() {
	l.pos++ // '#'
	if l.pos >= int32(len(l.src)) {
		l.invalid()
		return
	}
	c := l.src[l.pos]
	if c < utf8.RuneSelf && !isASCIIIdentStart(c) && c != '\\' {
		l.invalid()
		return
	}
	name, escaped, ok := l.scanIdentifierName()
	if !ok {
		return
	}
	l.Kind = TPrivateName
	l.Name, l.Escaped = name, escaped
}
