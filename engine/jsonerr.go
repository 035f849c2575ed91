package engine

import (
	"strconv"
	"strings"
	"unicode/utf16"
)

// v8JSONError is the message V8 (Node 20, Chromium) gives for JSON.parse
// of src, which goja has already rejected: goja's messages come from Go's
// encoding/json and would show through in every "catch (e) { e.message }".
// It follows V8's JsonParser: the same scan, the same positions (UTF-16
// code units) and the same message templates.
//
// Chromium 156's newer V8 adds the line and column to messages that give a
// position: "... in JSON at position 7 (line 1 column 8)"; withLine asks
// for that form.
func v8JSONError(src string, withLine bool) string {
	p := &jsonScan{s: utf16.Encode([]rune(src)), src: src}
	msg := p.run()
	if withLine {
		if i := strings.LastIndex(msg, " at position "); i >= 0 {
			pos, err := strconv.Atoi(msg[i+len(" at position "):])
			if err == nil && pos <= len(p.s) {
				line, col := 1, pos+1
				for j := 0; j < pos; j++ {
					if p.s[j] == '\n' {
						line++
						col = pos - j
					}
				}
				msg += " (line " + strconv.Itoa(line) + " column " + strconv.Itoa(col) + ")"
			}
		}
	}
	return msg
}

// v8JSONSourceContext is the header Node prints above an uncaught
// JSON.parse error: the line of the text where parsing failed, with a
// caret under the failing character (none at the end of the text).
func v8JSONSourceContext(src string) string {
	p := &jsonScan{s: utf16.Encode([]rune(src)), src: src}
	p.run()
	pos := min(p.pos, len(p.s))
	start, line := 0, 1
	for j := 0; j < pos; j++ {
		if p.s[j] == '\n' {
			line++
			start = j + 1
		}
	}
	end := start
	for end < len(p.s) && p.s[end] != '\n' {
		end++
	}
	caret := "" // none when parsing failed at the end
	if pos < len(p.s) {
		caret = strings.Repeat(" ", pos-start) + "^\n"
	}
	return "<anonymous_script>:" + strconv.Itoa(line) + "\n" + string(utf16.Decode(p.s[start:end])) + "\n" + caret
}

type jsonScan struct {
	s   []uint16
	src string
	pos int
}

type jsonFail struct{ msg string }

func (p *jsonScan) run() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(jsonFail)
			if !ok {
				panic(r)
			}
			msg = f.msg
		}
	}()
	p.value()
	p.ws()
	if p.pos < len(p.s) {
		p.fail("Unexpected non-whitespace character after JSON at position " + strconv.Itoa(p.pos))
	}
	return "Unexpected end of JSON input"
}

func (p *jsonScan) fail(msg string) { panic(jsonFail{msg}) }

func (p *jsonScan) eos() bool { return p.pos >= len(p.s) }

func (p *jsonScan) peek() uint16 {
	if p.eos() {
		return 0
	}
	return p.s[p.pos]
}

func (p *jsonScan) ws() {
	for !p.eos() {
		switch p.s[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// unexpected reports the token at pos with V8's LookUpErrorMessageForJsonToken.
func (p *jsonScan) unexpected() {
	if p.eos() {
		p.fail("Unexpected end of JSON input")
	}
	switch p.src {
	case "undefined", "NaN", "Infinity", "[object Object]":
		p.fail(`"` + p.src + `" is not valid JSON`)
	}
	c := string(utf16.Decode(p.s[p.pos : p.pos+1]))
	const context = 10
	n := len(p.s)
	sub := func(a, b int) string { return string(utf16.Decode(p.s[max(0, a):min(n, b)])) }
	switch {
	case n <= 2*context:
		p.fail("Unexpected token '" + c + `', "` + p.src + `" is not valid JSON`)
	case p.pos < context:
		p.fail("Unexpected token '" + c + `', "` + sub(0, p.pos+context) + `"... is not valid JSON`)
	case p.pos < n-context:
		p.fail("Unexpected token '" + c + `', ..."` + sub(p.pos-context, p.pos+context) + `"... is not valid JSON`)
	default:
		p.fail("Unexpected token '" + c + `', ..."` + sub(p.pos-context, n) + `" is not valid JSON`)
	}
}

// expect reports msg (V8 passes it even at the end of the input) unless
// the next character is c.
func (p *jsonScan) expect(c uint16, msg string) {
	if p.peek() != c || p.eos() {
		p.fail(msg + " in JSON at position " + strconv.Itoa(p.pos))
	}
	p.pos++
}

func (p *jsonScan) value() {
	p.ws()
	if p.eos() {
		p.unexpected()
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.object()
	case c == '[':
		p.array()
	case c == '"':
		p.string()
	case c == '-' || (c >= '0' && c <= '9'):
		p.number()
	case c == 't':
		p.literal("true")
	case c == 'f':
		p.literal("false")
	case c == 'n':
		p.literal("null")
	default:
		p.unexpected()
	}
}

func (p *jsonScan) object() {
	p.pos++
	p.ws()
	if p.peek() == '}' && !p.eos() {
		p.pos++
		return
	}
	first := true
	for {
		p.ws()
		msg := "Expected double-quoted property name"
		if first {
			msg = "Expected property name or '}'"
		}
		if p.peek() != '"' || p.eos() {
			p.fail(msg + " in JSON at position " + strconv.Itoa(p.pos))
		}
		p.string()
		p.ws()
		p.expect(':', "Expected ':' after property name")
		p.value()
		p.ws()
		if p.peek() == ',' && !p.eos() {
			p.pos++
			first = false
			continue
		}
		p.expect('}', "Expected ',' or '}' after property value")
		return
	}
}

func (p *jsonScan) array() {
	p.pos++
	p.ws()
	if p.peek() == ']' && !p.eos() {
		p.pos++
		return
	}
	for {
		p.value()
		p.ws()
		if p.peek() == ',' && !p.eos() {
			p.pos++
			continue
		}
		p.expect(']', "Expected ',' or ']' after array element")
		return
	}
}

func (p *jsonScan) string() {
	p.pos++
	for {
		if p.eos() {
			p.fail("Unterminated string in JSON at position " + strconv.Itoa(p.pos))
		}
		c := p.s[p.pos]
		switch {
		case c == '"':
			p.pos++
			return
		case c < 0x20:
			p.fail("Bad control character in string literal in JSON at position " + strconv.Itoa(p.pos))
		case c == '\\':
			p.pos++
			if p.eos() {
				p.fail("Unterminated string in JSON at position " + strconv.Itoa(p.pos))
			}
			switch p.s[p.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.pos++
			case 'u':
				p.pos++
				for i := 0; i < 4; i++ {
					if p.eos() || !isHex(p.s[p.pos]) {
						p.fail("Bad Unicode escape in JSON at position " + strconv.Itoa(p.pos))
					}
					p.pos++
				}
			default:
				p.fail("Bad escaped character in JSON at position " + strconv.Itoa(p.pos))
			}
		default:
			p.pos++
		}
	}
}

func isHex(c uint16) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func isDigit(c uint16) bool { return c >= '0' && c <= '9' }

func (p *jsonScan) number() {
	if p.peek() == '-' {
		p.pos++
		if p.eos() || !isDigit(p.s[p.pos]) {
			p.fail("No number after minus sign in JSON at position " + strconv.Itoa(p.pos))
		}
	}
	if p.peek() == '0' {
		p.pos++
		if !p.eos() && isDigit(p.s[p.pos]) {
			p.fail("Unexpected number in JSON at position " + strconv.Itoa(p.pos))
		}
	} else {
		for !p.eos() && isDigit(p.s[p.pos]) {
			p.pos++
		}
	}
	if p.peek() == '.' && !p.eos() {
		p.pos++
		if p.eos() || !isDigit(p.s[p.pos]) {
			p.fail("Unterminated fractional number in JSON at position " + strconv.Itoa(p.pos))
		}
		for !p.eos() && isDigit(p.s[p.pos]) {
			p.pos++
		}
	}
	if c := p.peek(); (c == 'e' || c == 'E') && !p.eos() {
		p.pos++
		if c := p.peek(); (c == '+' || c == '-') && !p.eos() {
			p.pos++
		}
		if p.eos() || !isDigit(p.s[p.pos]) {
			p.fail("Exponent part is missing a number in JSON at position " + strconv.Itoa(p.pos))
		}
		for !p.eos() && isDigit(p.s[p.pos]) {
			p.pos++
		}
	}
}

func (p *jsonScan) literal(word string) {
	for i := 0; i < len(word); i++ {
		if p.eos() || p.s[p.pos] != uint16(word[i]) {
			p.unexpected()
		}
		p.pos++
	}
}
