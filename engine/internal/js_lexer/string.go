package js_lexer

import (
	"unicode/utf16"
	"unicode/utf8"
)

// escapeError describes an invalid escape sequence.
type escapeError struct {
	msg string
	at  int32
}

// scanString scans a string literal delimited by quote.
func (l *Lexer) scanString(quote byte) {
	src := l.src
	l.pos++
	value := make([]uint16, 0, 16)
	for {
		if l.pos >= int32(len(src)) {
			l.invalid() // V8 reports an unterminated string at its start
			return
		}
		c := src[l.pos]
		switch {
		case c == quote:
			l.pos++
			l.Kind = TString
			l.Value = value
			return
		case c == '\\':
			var err *escapeError
			value, err = l.scanEscape(value, false)
			if err != nil {
				l.fail(err.at, err.msg)
				return
			}
		case c == '\n' || c == '\r':
			l.invalid()
			return
		case c < utf8.RuneSelf:
			value = append(value, uint16(c))
			l.pos++
		default:
			// U+2028 and U+2029 are allowed in strings since ES2019.
			r, size := utf8.DecodeRuneInString(src[l.pos:])
			value = appendRune(value, r)
			l.pos += int32(size)
		}
	}
}

func appendRune(value []uint16, r rune) []uint16 {
	if r >= 0x10000 {
		hi, lo := utf16.EncodeRune(r)
		return append(value, uint16(hi), uint16(lo))
	}
	return append(value, uint16(r))
}

// scanEscape scans the escape sequence at l.pos (which holds the '\') and
// appends its value. Legacy octal escapes and \8 \9 are valid in strings
// but set StrictError; in templates they are errors.
func (l *Lexer) scanEscape(value []uint16, template bool) ([]uint16, *escapeError) {
	src := l.src
	start := l.pos
	l.pos++
	if l.pos >= int32(len(src)) {
		return value, &escapeError{"Invalid or unexpected token", l.Start}
	}
	c := src[l.pos]
	l.pos++
	switch c {
	case 'b':
		return append(value, '\b'), nil
	case 't':
		return append(value, '\t'), nil
	case 'n':
		return append(value, '\n'), nil
	case 'v':
		return append(value, '\v'), nil
	case 'f':
		return append(value, '\f'), nil
	case 'r':
		return append(value, '\r'), nil
	case '\r':
		// A line continuation contributes nothing; \r\n counts as one.
		if l.pos < int32(len(src)) && src[l.pos] == '\n' {
			l.pos++
		}
		return value, nil
	case '\n':
		return value, nil
	case 'x':
		if l.pos+2 <= int32(len(src)) && isHex(src[l.pos]) && isHex(src[l.pos+1]) {
			v := hexValue(src[l.pos])*16 + hexValue(src[l.pos+1])
			l.pos += 2
			return append(value, uint16(v)), nil
		}
		return value, &escapeError{"Invalid hexadecimal escape sequence", start}
	case 'u':
		braced := l.pos < int32(len(src)) && src[l.pos] == '{'
		r, ok := l.scanUnicodeEscapeBody()
		if !ok {
			if braced && l.bracedEscapeTooLarge(start) {
				return value, &escapeError{"Undefined Unicode code-point", start}
			}
			return value, &escapeError{"Invalid Unicode escape sequence", start}
		}
		return appendRune(value, r), nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		next := byte(0)
		if l.pos < int32(len(src)) {
			next = src[l.pos]
		}
		if c == '0' && !isDecimal(next) {
			return append(value, 0), nil
		}
		if template {
			return value, &escapeError{"Octal escape sequences are not allowed in template strings.", start + 1}
		}
		// LegacyOctalEscapeSequence: up to three digits, at most \377.
		v := int(c - '0')
		if isOctal(next) {
			v = v*8 + int(next-'0')
			l.pos++
			if c <= '3' && l.pos < int32(len(src)) && isOctal(src[l.pos]) {
				v = v*8 + int(src[l.pos]-'0')
				l.pos++
			}
		}
		l.setStrictError(start+1, "Octal escape sequences are not allowed in strict mode.")
		return append(value, uint16(v)), nil
	case '8', '9':
		if template {
			return value, &escapeError{"\\8 and \\9 are not allowed in template strings.", start}
		}
		l.setStrictError(start, "\\8 and \\9 are not allowed in strict mode.")
		return append(value, uint16(c)), nil
	}
	if c < utf8.RuneSelf {
		return append(value, uint16(c)), nil
	}
	// A non-ASCII character escapes to itself; LS and PS are line
	// continuations.
	l.pos--
	r, size := utf8.DecodeRuneInString(src[l.pos:])
	l.pos += int32(size)
	if r == 0x2028 || r == 0x2029 {
		return value, nil
	}
	return appendRune(value, r), nil
}

// bracedEscapeTooLarge tells "\u{110000}" (a well-formed escape of a value
// beyond Unicode) from a malformed one, because V8 words them differently.
func (l *Lexer) bracedEscapeTooLarge(start int32) bool {
	i := start + 3 // after "\u{"
	for i < int32(len(l.src)) && isHex(l.src[i]) {
		i++
	}
	return i > start+3 && i < int32(len(l.src)) && l.src[i] == '}'
}

// setStrictError records the first strict-mode-only construct of a literal.
func (l *Lexer) setStrictError(at int32, msg string) {
	if l.StrictError == "" {
		l.StrictError, l.StrictErrorAt = msg, at
	}
}

// scanTemplate scans template characters after "`" or after the "}" that
// ends a substitution, up to "`" (kind end) or "${" (kind more).
func (l *Lexer) scanTemplate(end, more T) {
	src := l.src
	rawStart := l.pos
	value := make([]uint16, 0, 16)
	var invalid *escapeError
	for {
		if l.pos >= int32(len(src)) {
			l.fail(int32(len(src)), "Unexpected end of input")
			return
		}
		c := src[l.pos]
		switch {
		case c == '`':
			l.TemplateRaw = src[rawStart:l.pos]
			l.pos++
			l.Kind = end
			l.finishTemplate(value, invalid)
			return
		case c == '$' && l.peekByte(1) == '{':
			l.TemplateRaw = src[rawStart:l.pos]
			l.pos += 2
			l.Kind = more
			l.finishTemplate(value, invalid)
			return
		case c == '\\':
			var err *escapeError
			value, err = l.scanEscape(value, true)
			if err != nil {
				if invalid == nil {
					invalid = err
				}
				// Skip what the bad escape covered; at least the '\'.
				if l.pos <= err.at {
					l.pos = err.at + 1
				}
			}
		case c == '\r':
			// The cooked value normalizes CR LF and CR to LF.
			l.pos++
			if l.pos < int32(len(src)) && src[l.pos] == '\n' {
				l.pos++
			}
			value = append(value, '\n')
		case c < utf8.RuneSelf:
			value = append(value, uint16(c))
			l.pos++
		default:
			r, size := utf8.DecodeRuneInString(src[l.pos:])
			value = appendRune(value, r)
			l.pos += int32(size)
		}
	}
}

func (l *Lexer) finishTemplate(value []uint16, invalid *escapeError) {
	if invalid != nil {
		l.Message, l.ErrorAt = invalid.msg, invalid.at
		return
	}
	l.Value = value
}

// ScanTemplateContinuation rescans the current "}" token, which the parser
// found where a template substitution ends, as a TTemplateMiddle or
// TTemplateTail.
func (l *Lexer) ScanTemplateContinuation() {
	newline := l.NewlineBefore
	start := l.Start
	l.Token = Token{NewlineBefore: newline, Start: start}
	l.pos = start + 1
	l.scanTemplate(TTemplateTail, TTemplateMiddle)
	l.End = l.pos
}
