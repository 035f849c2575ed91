// Package syntax colors JavaScript for the page's editor, line by line. It
// is a highlighter, not a parser: it knows comments, strings, template
// literals (with ${} inside), regular expression literals, numbers and
// keywords, which is what a reader's eye needs, and it never fails: any
// text gets some coloring. It carries a small state from one line to the
// next (inside a block comment, a template literal), so the editor
// re-colors only the lines whose text or starting state changed.
package syntax

import "strings"

// Class is what a token is, named as the stylesheet names it.
type Class string

const (
	Plain    Class = ""
	Keyword  Class = "kw"
	Literal  Class = "lit" // true, false, null, undefined, this
	String   Class = "str"
	Number   Class = "num"
	Comment  Class = "com"
	Regexp   Class = "re"
	Function Class = "fn" // a name about to be called
)

// Token is a run of one line's text with one class.
type Token struct {
	Class Class
	Text  string
}

// State is where the highlighter is at the start of a line: a stack of
// open template literals and ${ } braces, plus an open block comment.
// States compare with ==.
type State struct {
	InComment bool
	// Nest spells the open constructs innermost last: '`' for a template
	// literal's text, '{' for a brace inside ${ }, '$' for the ${ itself.
	Nest string
	// Value is true when the previous significant token ends a value, so
	// that a '/' divides rather than starts a regular expression.
	Value bool
}

var keywords = set("async await break case catch class const continue debugger default delete do else export extends finally for from function get if import in instanceof let new of return set static super switch throw try typeof var void while with yield")
var literals = set("true false null undefined this NaN Infinity")

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Line colors one line (without its newline) starting in state st, and
// returns its tokens and the state the next line starts in.
func Line(line string, st State) ([]Token, State) {
	var out []Token
	emit := func(c Class, s string) {
		if s == "" {
			return
		}
		if n := len(out); n > 0 && out[n-1].Class == c {
			out[n-1].Text += s
			return
		}
		out = append(out, Token{c, s})
	}
	i := 0
	for i < len(line) {
		if st.InComment {
			end := strings.Index(line[i:], "*/")
			if end < 0 {
				emit(Comment, line[i:])
				return out, st
			}
			emit(Comment, line[i:i+end+2])
			i += end + 2
			st.InComment = false
			continue
		}
		if strings.HasSuffix(st.Nest, "`") {
			j := i
			for j < len(line) && line[j] != '`' && !strings.HasPrefix(line[j:], "${") {
				if line[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j, len(line))
			emit(String, line[i:j])
			i = j
			switch {
			case i >= len(line):
			case line[i] == '`':
				emit(String, "`")
				st.Nest = st.Nest[:len(st.Nest)-1]
				st.Value = true
				i++
			default: // ${
				emit(Plain, "${")
				st.Nest += "$"
				st.Value = false
				i += 2
			}
			continue
		}
		c := line[i]
		switch {
		case c == ' ' || c == '\t':
			j := i
			for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
				j++
			}
			emit(Plain, line[i:j])
			i = j
		case strings.HasPrefix(line[i:], "//"):
			emit(Comment, line[i:])
			return out, st
		case strings.HasPrefix(line[i:], "/*"):
			emit(Comment, "/*")
			st.InComment = true
			i += 2
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(line) && line[j] != c {
				if line[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(line))
			emit(String, line[i:j])
			i = j
			st.Value = true
		case c == '`':
			emit(String, "`")
			st.Nest += "`"
			i++
		case c == '/' && !st.Value:
			j := regexpEnd(line, i)
			emit(Regexp, line[i:j])
			i = j
			st.Value = true
		case isDigit(c) || (c == '.' && i+1 < len(line) && isDigit(line[i+1])):
			j := i + 1
			for j < len(line) && (isIdent(line[j]) || line[j] == '.') {
				j++
			}
			emit(Number, line[i:j])
			i = j
			st.Value = true
		case isIdent(c):
			j := i + 1
			for j < len(line) && isIdent(line[j]) {
				j++
			}
			w := line[i:j]
			rest := strings.TrimLeft(line[j:], " ")
			afterDot := i > 0 && line[i-1] == '.'
			switch {
			case keywords[w] && !afterDot:
				emit(Keyword, w)
				// `return /re/` and `typeof /re/` start a regexp;
				// `this / 2` divides.
				st.Value = false
			case literals[w] && !afterDot:
				emit(Literal, w)
				st.Value = true
			case strings.HasPrefix(rest, "("):
				emit(Function, w)
				st.Value = true
			default:
				emit(Plain, w)
				st.Value = true
			}
			i = j
		default:
			switch {
			case c == '{' && st.Nest != "":
				st.Nest += "{"
			case c == '}' && strings.HasSuffix(st.Nest, "{"):
				st.Nest = st.Nest[:len(st.Nest)-1]
			case c == '}' && strings.HasSuffix(st.Nest, "$"):
				// the end of a ${ }: back to the template's text
				st.Nest = st.Nest[:len(st.Nest)-1]
				emit(Plain, "}")
				i++
				continue
			}
			emit(Plain, line[i:i+1])
			st.Value = c == ')' || c == ']' || c == '}'
			i++
		}
	}
	return out, st
}

// regexpEnd finds the end of a regular expression literal that starts at
// line[i] == '/': its closing slash (not inside a [class]) and flags.
func regexpEnd(line string, i int) int {
	j, inClass := i+1, false
	for j < len(line) {
		switch line[j] {
		case '\\':
			j++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if !inClass {
				j++
				for j < len(line) && isIdent(line[j]) {
					j++
				}
				return j
			}
		}
		j++
	}
	return len(line)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isIdent(c byte) bool {
	return c == '_' || c == '$' || isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}
