package js_lexer

import "unicode/utf8"

// ScanRegExp rescans the current "/" or "/=" token, which the parser found
// where an expression starts, as a regular expression literal. The pattern
// is only delimited here, not validated; the flags are validated.
func (l *Lexer) ScanRegExp() {
	src := l.src
	start := l.Start
	l.Token = Token{NewlineBefore: l.NewlineBefore, Start: start}
	l.pos = start + 1
	inClass := false
	for {
		if l.pos >= int32(len(src)) {
			l.fail(start, "Invalid regular expression: missing /")
			l.End = l.pos
			return
		}
		if _, size := l.lineTerminatorAt(l.pos); size > 0 {
			l.fail(start, "Invalid regular expression: missing /")
			l.End = l.pos
			return
		}
		c := src[l.pos]
		if c == '/' && !inClass {
			break
		}
		switch c {
		case '\\':
			l.pos++
			if l.pos < int32(len(src)) {
				if _, size := l.lineTerminatorAt(l.pos); size > 0 {
					continue // reported as missing / above
				}
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		}
		if l.pos < int32(len(src)) {
			_, size := utf8.DecodeRuneInString(src[l.pos:])
			l.pos += int32(size)
		}
	}
	l.Pattern = src[start+1 : l.pos]
	l.pos++
	flagsStart := l.pos
	for l.pos < int32(len(src)) {
		c := src[l.pos]
		if c == '\\' {
			// Escapes are never valid in flags.
			l.pos++
			l.fail(start, "Invalid regular expression flags")
			l.End = l.pos
			return
		}
		if c < utf8.RuneSelf {
			if !isASCIIIdentPart(c) {
				break
			}
			l.pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[l.pos:])
		if !IsIdentifierPart(r) {
			break
		}
		l.pos += int32(size)
	}
	l.Flags = src[flagsStart:l.pos]
	l.End = l.pos
	if !validFlags(l.Flags) {
		l.fail(start, "Invalid regular expression flags")
		return
	}
	l.Kind = TRegExp
}

// validFlags accepts each of "dgimsuvy" at most once, and not u with v.
func validFlags(flags string) bool {
	var seen [128]bool
	for i := 0; i < len(flags); i++ {
		c := flags[i]
		switch c {
		case 'd', 'g', 'i', 'm', 's', 'u', 'v', 'y':
		default:
			return false
		}
		if seen[c] {
			return false
		}
		seen[c] = true
	}
	return !(seen['u'] && seen['v'])
}
