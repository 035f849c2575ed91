package protocol

import (
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The UI decodes the worker's replies with this small JSON reader instead
// of encoding/json (about a megabyte of WebAssembly, through reflection)
// or JSON.parse (every field read back through syscall/js, which costs
// milliseconds for a view with long queues).

// Value is a parsed JSON value: nil, bool, float64, string, []Value or
// map[string]Value.
type Value = any

// Parse reads one JSON document.
func Parse(s string) (Value, error) {
	p := parser{s: s}
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i != len(p.s) {
		return nil, p.fail("trailing data")
	}
	return v, nil
}

type parser struct {
	s string
	i int
}

// maxDepth bounds nesting: a reply is a few levels deep.
const maxDepth = 64

func (p *parser) fail(msg string) error {
	return errors.New("JSON: " + msg + " at offset " + strconv.Itoa(p.i))
}

func (p *parser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\n' || p.s[p.i] == '\t' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *parser) value(depth int) (Value, error) {
	if depth > maxDepth {
		return nil, p.fail("nested too deep")
	}
	p.space()
	if p.i >= len(p.s) {
		return nil, p.fail("unexpected end")
	}
	switch c := p.s[p.i]; {
	case c == '{':
		p.i++
		m := map[string]Value{}
		p.space()
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return m, nil
		}
		for {
			p.space()
			if p.i >= len(p.s) || p.s[p.i] != '"' {
				return nil, p.fail("want a key")
			}
			k, err := p.str()
			if err != nil {
				return nil, err
			}
			p.space()
			if p.i >= len(p.s) || p.s[p.i] != ':' {
				return nil, p.fail("want ':'")
			}
			p.i++
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			m[k] = v
			p.space()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.s) && p.s[p.i] == '}' {
				p.i++
				return m, nil
			}
			return nil, p.fail("want ',' or '}'")
		}
	case c == '[':
		p.i++
		a := []Value{}
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return a, nil
		}
		for {
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
			p.space()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.s) && p.s[p.i] == ']' {
				p.i++
				return a, nil
			}
			return nil, p.fail("want ',' or ']'")
		}
	case c == '"':
		return p.str()
	case c == 't' || c == 'f' || c == 'n':
		for _, lit := range []struct {
			word string
			v    Value
		}{{"true", true}, {"false", false}, {"null", nil}} {
			if len(p.s)-p.i >= len(lit.word) && p.s[p.i:p.i+len(lit.word)] == lit.word {
				p.i += len(lit.word)
				return lit.v, nil
			}
		}
		return nil, p.fail("bad literal")
	default:
		j := p.i
		for j < len(p.s) && (p.s[j] == '-' || p.s[j] == '+' || p.s[j] == '.' || p.s[j] == 'e' || p.s[j] == 'E' || '0' <= p.s[j] && p.s[j] <= '9') {
			j++
		}
		f, ok := parseNumber(p.s[p.i:j])
		if !ok {
			return nil, p.fail("bad number")
		}
		p.i = j
		return f, nil
	}
}

// str reads a string literal; p.s[p.i] is its opening quote.
func (p *parser) str() (string, error) {
	p.i++
	start := p.i
	// The common case: no escapes.
	for p.i < len(p.s) && p.s[p.i] != '"' && p.s[p.i] != '\\' {
		p.i++
	}
	if p.i < len(p.s) && p.s[p.i] == '"' {
		p.i++
		return p.s[start : p.i-1], nil
	}
	b := []byte(p.s[start:p.i])
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return string(b), nil
		case c == '\\':
			if p.i+1 >= len(p.s) {
				return "", p.fail("bad escape")
			}
			e := p.s[p.i+1]
			p.i += 2
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					return "", p.fail("bad \\u escape")
				}
				if utf16.IsSurrogate(r) {
					r2 := rune(-1)
					if p.i+1 < len(p.s) && p.s[p.i] == '\\' && p.s[p.i+1] == 'u' {
						p.i += 2
						r2, _ = p.hex4()
					}
					r = utf16.DecodeRune(r, r2)
				}
				b = utf8.AppendRune(b, r)
			default:
				return "", p.fail("bad escape")
			}
		default:
			b = append(b, c)
			p.i++
		}
	}
	return "", p.fail("unterminated string")
}

func (p *parser) hex4() (rune, bool) {
	if p.i+4 > len(p.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(n), true
}

// Field readers over parsed values: a missing or mistyped field reads as
// its zero value.

func Get(v Value, k string) Value {
	m, _ := v.(map[string]Value)
	return m[k]
}

func Str(v Value, k string) string {
	s, _ := Get(v, k).(string)
	return s
}

func Num(v Value, k string) float64 {
	f, _ := Get(v, k).(float64)
	return f
}

func Int(v Value, k string) int { return int(Num(v, k)) }

func Bool(v Value, k string) bool {
	b, _ := Get(v, k).(bool)
	return b
}

func List(v Value, k string) []Value {
	a, _ := Get(v, k).([]Value)
	return a
}

// DecodeView reads a view as the worker sends it.
func DecodeView(v Value) *View {
	out := &View{
		Step: Int(v, "step"), Steps: Int(v, "steps"), Time: Num(v, "time"),
		Phase: Str(v, "phase"), Kind: Str(v, "kind"), Text: Str(v, "text"), Race: Bool(v, "race"),
		Span: decodeSpan(Get(v, "span")), ConsoleTotal: Int(v, "consoleTotal"),
		Exited: Bool(v, "exited"), ExitCode: Int(v, "exitCode"), Stopped: Bool(v, "stopped"),
		Error: Str(v, "error"),
		Stack: []Frame{}, Queues: []Queue{}, APIs: []Job{}, Console: DecodeLines(List(v, "console")),
	}
	for _, f := range List(v, "stack") {
		out.Stack = append(out.Stack, Frame{Name: Str(f, "name"), Kind: Str(f, "kind"), Span: decodeSpan(Get(f, "span"))})
	}
	for _, q := range List(v, "queues") {
		qv := Queue{Name: Str(q, "name"), Jobs: []Job{}}
		for _, j := range List(q, "jobs") {
			qv.Jobs = append(qv.Jobs, decodeJob(j))
		}
		out.Queues = append(out.Queues, qv)
	}
	for _, j := range List(v, "apis") {
		out.APIs = append(out.APIs, decodeJob(j))
	}
	for _, j := range List(v, "workers") {
		if j == nil {
			out.Workers = append(out.Workers, nil)
			continue
		}
		job := decodeJob(j)
		out.Workers = append(out.Workers, &job)
	}
	return out
}

func decodeSpan(v Value) *Span {
	if v == nil {
		return nil
	}
	return &Span{Line: Int(v, "line"), Col: Int(v, "col"), EndLine: Int(v, "endLine"), EndCol: Int(v, "endCol")}
}

func decodeJob(v Value) Job {
	return Job{
		ID: Int(v, "id"), Kind: Str(v, "kind"), API: Str(v, "api"), Label: Str(v, "label"),
		Due: Num(v, "due"), Remaining: Num(v, "remaining"), Worker: Int(v, "worker"),
	}
}

// DecodeLines reads console lines.
func DecodeLines(v []Value) []Line {
	lines := make([]Line, 0, len(v))
	for _, l := range v {
		lines = append(lines, Line{Level: Str(l, "level"), Text: Str(l, "text"), Stderr: Bool(l, "stderr")})
	}
	return lines
}

// DecodeTargets reads a run's input targets.
func DecodeTargets(v []Value) []Target {
	var out []Target
	for _, t := range v {
		tg := Target{Selector: Str(t, "selector"), Label: Str(t, "label")}
		for _, e := range List(t, "events") {
			if s, ok := e.(string); ok {
				tg.Events = append(tg.Events, s)
			}
		}
		out = append(out, tg)
	}
	return out
}

// DecodeRequest reads a request as the UI sends it. The worker reads
// requests with this parser rather than encoding/json: a playback asks for
// dozens of views a second, and encoding/json's reflection is a large body
// of WebAssembly for the browser to compile and optimise while it plays.
func DecodeRequest(s string) (Request, error) {
	v, err := Parse(s)
	if err != nil {
		return Request{}, err
	}
	if _, ok := v.(map[string]Value); !ok {
		return Request{}, errors.New("a request is an object")
	}
	r := Request{
		Op: Str(v, "op"), ID: Int(v, "id"), Code: Str(v, "code"), Filename: Str(v, "filename"),
		Runtime: Str(v, "runtime"), MaxSteps: Int(v, "maxSteps"), Step: Int(v, "step"),
	}
	for _, in := range List(v, "inputs") {
		r.Inputs = append(r.Inputs, Input{Kind: Str(in, "kind"), Target: Str(in, "target"), Key: Str(in, "key"), At: Num(in, "at")})
	}
	return r, nil
}
