// Package js_lexer turns the text of an ECMAScript 2024 script into tokens.
//
// The lexer is driven by the parser, one token at a time, because JavaScript
// cannot be tokenized without the grammar: a '/' starts a regular expression
// or is a division depending on what precedes it, and a '}' may close a
// template substitution. The parser resolves both by calling ScanRegExp and
// ScanTemplateContinuation on the token it is looking at.
//
// The lexer never fails: malformed input becomes a TError token whose Message
// uses V8's wording, and the parser reports it when the grammar reaches it.
// It does not know whether code is strict either; literals that strict mode
// forbids (legacy octal numbers and escapes) carry a StrictError that the
// parser checks.
package js_lexer

import (
	"unicode/utf8"
)

// Token is the current token and everything the lexer learned about it.
type Token struct {
	Kind       T
	Start, End int32
	// NewlineBefore is set when a line terminator (possibly inside a
	// comment) separates this token from the previous one: it drives
	// automatic semicolon insertion and the [no LineTerminator here] rules.
	NewlineBefore bool

	// Name is the value of an identifier or escaped keyword after \u escapes
	// are decoded, or a private name without its '#'.
	Name string
	// Escaped is set when an identifier, keyword or private name was written
	// with \u escapes; such a token never acts as a keyword.
	Escaped bool

	// Value is the cooked value of a string or template part in UTF-16 code
	// units. It is nil for a template part with an invalid escape, which only
	// tagged templates allow; Message and ErrorAt then hold the error.
	Value []uint16
	// TemplateRaw is the raw text of a template part between its delimiters.
	TemplateRaw string
	// Number is the value of a numeric literal.
	Number float64
	// Pattern and Flags are the parts of a regular expression literal.
	Pattern, Flags string

	// Message and ErrorAt describe a TError token (or an invalid template
	// escape, see Value).
	Message string
	ErrorAt int32
	// StrictError is set on a number or string literal that is an error in
	// strict mode code (a legacy octal literal or escape), with its position.
	StrictError   string
	StrictErrorAt int32
}

// Lexer scans one source text. The zero value is not usable; call New.
type Lexer struct {
	Token
	src string
	pos int32 // next byte to scan
	// Hashbang is the "#!..." line at the start of the source, if any.
	Hashbang string
	// sawToken is false until the first token is scanned: an HTML close
	// comment (-->) is allowed at the very start of the input.
	sawToken bool
}

// Snapshot is a saved lexer position for a bounded lookahead.
type Snapshot struct {
	tok      Token
	pos      int32
	sawToken bool
}

// New returns a lexer positioned on the first token of src.
func New(src string) *Lexer {
	l := &Lexer{src: src}
	if len(src) >= 2 && src[0] == '#' && src[1] == '!' {
		for l.pos < int32(len(src)) {
			if _, size := l.lineTerminatorAt(l.pos); size > 0 {
				break
			}
			l.pos++
		}
		l.Hashbang = src[:l.pos]
	}
	l.Next()
	return l
}

// Save records the lexer state so that Restore can rewind to it.
func (l *Lexer) Save() Snapshot { return Snapshot{l.Token, l.pos, l.sawToken} }

// Restore rewinds to a state returned by Save.
func (l *Lexer) Restore(s Snapshot) { l.Token, l.pos, l.sawToken = s.tok, s.pos, s.sawToken }

// Raw is the source text of the current token.
func (l *Lexer) Raw() string { return l.src[l.Start:l.End] }

// Next scans the token after the current one. A '/' is scanned as a
// division operator; see ScanRegExp.
func (l *Lexer) Next() {
	l.Token = Token{}
	newline, unterminated := l.skipTrivia()
	l.NewlineBefore = newline
	l.sawToken = true
	l.Start = l.pos
	if unterminated >= 0 {
		l.Start = unterminated
		l.End = l.pos
		l.fail(unterminated, "Invalid or unexpected token")
		return
	}
	if l.pos >= int32(len(l.src)) {
		l.Kind = TEndOfFile
		l.End = l.pos
		return
	}
	c := l.src[l.pos]
	switch {
	case isASCIIIdentStart(c) || c == '\\' || c >= utf8.RuneSelf:
		l.scanIdentifierOrKeyword()
	case c >= '0' && c <= '9':
		l.scanNumber()
	case c == '"' || c == '\'':
		l.scanString(c)
	case c == '`':
		l.pos++
		l.scanTemplate(TNoSubstitutionTemplate, TTemplateHead)
	case c == '#':
		l.scanPrivateName()
	default:
		l.scanPunctuator(c)
	}
	l.End = l.pos
}

// fail turns the current token into an error token.
func (l *Lexer) fail(at int32, msg string) {
	l.Kind = TError
	l.Message = msg
	l.ErrorAt = at
}

// invalid is V8's catch-all message, reported at the token start.
func (l *Lexer) invalid() { l.fail(l.Start, "Invalid or unexpected token") }

// skipTrivia skips white space and comments and reports whether a line
// terminator was among them. unterminated is the start of a "/*" comment
// that never ends, or -1.
func (l *Lexer) skipTrivia() (newline bool, unterminated int32) {
	unterminated = -1
	src := l.src
	n := int32(len(src))
	for l.pos < n {
		c := src[l.pos]
		switch c {
		case ' ', '\t', '\v', '\f':
			l.pos++
		case '\n', '\r':
			l.pos++
			newline = true
		case '/':
			if l.pos+1 >= n {
				return
			}
			switch src[l.pos+1] {
			case '/':
				l.skipLineComment()
			case '*':
				start := l.pos
				end := indexFrom(src, l.pos+2, "*/")
				if end < 0 {
					l.pos = n
					return newline, start
				}
				if containsLineTerminator(src[l.pos+2 : end]) {
					newline = true
				}
				l.pos = end + 2
			default:
				return
			}
		case '<':
			// Annex B: "<!--" starts a single-line comment in scripts.
			if l.pos+3 < n && src[l.pos+1] == '!' && src[l.pos+2] == '-' && src[l.pos+3] == '-' {
				l.skipLineComment()
				continue
			}
			return
		case '-':
			// Annex B: "-->" is a comment only at the start of a line.
			if (newline || !l.sawToken) && l.pos+2 < n && src[l.pos+1] == '-' && src[l.pos+2] == '>' {
				l.skipLineComment()
				continue
			}
			return
		default:
			if c < utf8.RuneSelf {
				return
			}
			r, size := utf8.DecodeRuneInString(src[l.pos:])
			switch {
			case r == 0x2028 || r == 0x2029:
				newline = true
			case isWhiteSpace(r):
			default:
				return
			}
			l.pos += int32(size)
		}
	}
	return
}

func (l *Lexer) skipLineComment() {
	for l.pos < int32(len(l.src)) {
		if _, size := l.lineTerminatorAt(l.pos); size > 0 {
			return
		}
		l.pos++
	}
}

// lineTerminatorAt reports the line terminator starting at i, if any, and
// its length in bytes (CR LF counts as one terminator).
func (l *Lexer) lineTerminatorAt(i int32) (rune, int32) {
	src := l.src
	switch src[i] {
	case '\n':
		return '\n', 1
	case '\r':
		if i+1 < int32(len(src)) && src[i+1] == '\n' {
			return '\n', 2
		}
		return '\r', 1
	case 0xE2: // U+2028 and U+2029 are E2 80 A8 / E2 80 A9
		if i+2 < int32(len(src)) && src[i+1] == 0x80 && (src[i+2] == 0xA8 || src[i+2] == 0xA9) {
			return 0x2000 + rune(src[i+2]-0xA8) + 0x28, 3
		}
	}
	return 0, 0
}

func containsLineTerminator(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r':
			return true
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				return true
			}
		}
	}
	return false
}

func indexFrom(s string, from int32, sub string) int32 {
	for i := from; i+int32(len(sub)) <= int32(len(s)); i++ {
		if s[i] == sub[0] && s[i:i+int32(len(sub))] == sub {
			return i
		}
	}
	return -1
}

// isWhiteSpace is the WhiteSpace production beyond ASCII: NBSP, BOM and the
// Zs category.
func isWhiteSpace(r rune) bool {
	switch r {
	case '\t', '\v', '\f', ' ', 0xA0, 0xFEFF, 0x1680, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func (l *Lexer) peekByte(offset int32) byte {
	if i := l.pos + offset; i < int32(len(l.src)) {
		return l.src[i]
	}
	return 0
}

// scanPunctuator scans an operator or delimiter starting with c. Longest
// match wins, except that "?." followed by a digit is "?" (a ? .5 : b).
func (l *Lexer) scanPunctuator(c byte) {
	// Each entry lists the longer spellings that extend the one-byte token.
	l.pos++
	p1, p2 := l.peekByte(0), l.peekByte(1)
	switch c {
	case '{':
		l.Kind = TOpenBrace
	case '}':
		l.Kind = TCloseBrace
	case '(':
		l.Kind = TOpenParen
	case ')':
		l.Kind = TCloseParen
	case '[':
		l.Kind = TOpenBracket
	case ']':
		l.Kind = TCloseBracket
	case ';':
		l.Kind = TSemicolon
	case ',':
		l.Kind = TComma
	case ':':
		l.Kind = TColon
	case '~':
		l.Kind = TTilde
	case '.':
		switch {
		case p1 >= '0' && p1 <= '9':
			l.pos--
			l.scanNumber()
		case p1 == '.' && p2 == '.':
			l.pos += 2
			l.Kind = TDotDotDot
		default:
			l.Kind = TDot
		}
	case '?':
		switch {
		case p1 == '?' && p2 == '=':
			l.pos += 2
			l.Kind = TQuestionQuestionAssign
		case p1 == '?':
			l.pos++
			l.Kind = TQuestionQuestion
		case p1 == '.' && !(p2 >= '0' && p2 <= '9'):
			l.pos++
			l.Kind = TQuestionDot
		default:
			l.Kind = TQuestion
		}
	case '=':
		switch {
		case p1 == '>':
			l.pos++
			l.Kind = TArrow
		case p1 == '=' && p2 == '=':
			l.pos += 2
			l.Kind = TStrictEq
		case p1 == '=':
			l.pos++
			l.Kind = TEq
		default:
			l.Kind = TAssign
		}
	case '!':
		switch {
		case p1 == '=' && p2 == '=':
			l.pos += 2
			l.Kind = TStrictNotEq
		case p1 == '=':
			l.pos++
			l.Kind = TNotEq
		default:
			l.Kind = TBang
		}
	case '<':
		switch {
		case p1 == '<' && p2 == '=':
			l.pos += 2
			l.Kind = TShlAssign
		case p1 == '<':
			l.pos++
			l.Kind = TShl
		case p1 == '=':
			l.pos++
			l.Kind = TLessEq
		default:
			l.Kind = TLess
		}
	case '>':
		p3 := l.peekByte(2)
		switch {
		case p1 == '>' && p2 == '>' && p3 == '=':
			l.pos += 3
			l.Kind = TUShrAssign
		case p1 == '>' && p2 == '>':
			l.pos += 2
			l.Kind = TUShr
		case p1 == '>' && p2 == '=':
			l.pos += 2
			l.Kind = TShrAssign
		case p1 == '>':
			l.pos++
			l.Kind = TShr
		case p1 == '=':
			l.pos++
			l.Kind = TGreaterEq
		default:
			l.Kind = TGreater
		}
	case '+':
		l.Kind = l.pick(p1, TPlus, '+', TPlusPlus, TPlusAssign)
	case '-':
		l.Kind = l.pick(p1, TMinus, '-', TMinusMinus, TMinusAssign)
	case '%':
		l.Kind = l.pick(p1, TPercent, 0, 0, TPercentAssign)
	case '^':
		l.Kind = l.pick(p1, TCaret, 0, 0, TCaretAssign)
	case '/':
		l.Kind = l.pick(p1, TSlash, 0, 0, TSlashAssign)
	case '*':
		switch {
		case p1 == '*' && p2 == '=':
			l.pos += 2
			l.Kind = TStarStarAssign
		default:
			l.Kind = l.pick(p1, TStar, '*', TStarStar, TStarAssign)
		}
	case '&':
		switch {
		case p1 == '&' && p2 == '=':
			l.pos += 2
			l.Kind = TAmpAmpAssign
		default:
			l.Kind = l.pick(p1, TAmp, '&', TAmpAmp, TAmpAssign)
		}
	case '|':
		switch {
		case p1 == '|' && p2 == '=':
			l.pos += 2
			l.Kind = TBarBarAssign
		default:
			l.Kind = l.pick(p1, TBar, '|', TBarBar, TBarAssign)
		}
	default:
		l.invalid()
	}
}

// pick chooses among an operator "c", its doubled form "cc" (when double is
// not 0) and its compound assignment "c=".
func (l *Lexer) pick(next byte, single T, double byte, doubled T, assign T) T {
	switch {
	case double != 0 && next == double:
		l.pos++
		return doubled
	case next == '=':
		l.pos++
		return assign
	}
	return single
}
