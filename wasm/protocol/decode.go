package protocol

import (
	"errors"
	"strconv"
	"strings"
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
	s     string
	i     int
	depth int   // of the typed reader (fields, items)
	err   error // the typed reader's first error
	jobs  []Job // one backing array for all of a view's lists of jobs (jobList)
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
		f, ok := p.number()
		if !ok {
			return nil, p.fail("bad number")
		}
		return f, nil
	}
}

// number reads a number literal.
func (p *parser) number() (float64, bool) {
	j := p.i
	for j < len(p.s) && (p.s[j] == '-' || p.s[j] == '+' || p.s[j] == '.' || p.s[j] == 'e' || p.s[j] == 'E' || '0' <= p.s[j] && p.s[j] <= '9') {
		j++
	}
	f, ok := parseNumber(p.s[p.i:j])
	if ok {
		p.i = j
	}
	return f, ok
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

// ParseReply reads a reply from the worker as Parse does, except that a
// view's "view" field is read straight into a *View (ReplyView returns
// it): a view carries a couple of hundred jobs, and reading each into a
// map first was most of the page's work for a view.
func ParseReply(s string) (Value, error) {
	p := parser{s: s}
	p.space()
	if p.i >= len(p.s) || p.s[p.i] != '{' {
		return Parse(s)
	}
	m := map[string]Value{}
	p.fields(func(k string) {
		if k == "view" && !p.null() {
			m[k] = p.view()
			return
		}
		v, err := p.value(p.depth)
		p.setErr(err)
		m[k] = v
	})
	if p.err != nil {
		return nil, p.err
	}
	p.space()
	if p.i != len(p.s) {
		return nil, p.fail("trailing data")
	}
	return m, nil
}

// ReplyView is the view a reply read by ParseReply carries; nil when none.
func ReplyView(r Value) *View {
	v, _ := Get(r, "view").(*View)
	return v
}

// The typed reader. fields and items walk an object's keys and an array's
// elements, calling f to read each value; text, num and flag read scalars.
// As with Str and Num, a value of another type is skipped and reads as the
// zero value. The first error sticks in p.err and ends the reading.

func (p *parser) setErr(err error) {
	if p.err == nil {
		p.err = err
	}
}

func (p *parser) at(c byte) bool {
	p.space()
	return p.i < len(p.s) && p.s[p.i] == c
}

// skip reads a value of any type and drops it.
func (p *parser) skip() {
	if p.err == nil {
		_, err := p.value(p.depth)
		p.setErr(err)
	}
}

func (p *parser) fields(f func(k string)) {
	if p.err != nil || !p.at('{') {
		p.skip()
		return
	}
	p.enter(func() {
		if p.at('}') {
			p.i++
			return
		}
		for p.err == nil {
			if !p.at('"') {
				p.setErr(p.fail("want a key"))
				return
			}
			k, err := p.str()
			if err != nil || !p.at(':') {
				p.setErr(err)
				p.setErr(p.fail("want ':'"))
				return
			}
			p.i++
			f(k)
			if p.err == nil && !p.next('}') {
				return
			}
		}
	})
}

func (p *parser) items(f func()) {
	if p.err != nil || !p.at('[') {
		p.skip()
		return
	}
	p.enter(func() {
		if p.at(']') {
			p.i++
			return
		}
		for p.err == nil {
			f()
			if p.err == nil && !p.next(']') {
				return
			}
		}
	})
}

// enter reads inside the object or array whose opening p.s[p.i] is.
func (p *parser) enter(f func()) {
	if p.depth >= maxDepth {
		p.setErr(p.fail("nested too deep"))
		return
	}
	p.i++
	p.depth++
	f()
	p.depth--
}

// next reads the ',' after a member (true: another follows) or the
// closing end (false).
func (p *parser) next(end byte) bool {
	switch {
	case p.at(','):
		p.i++
		return true
	case p.at(end):
		p.i++
	default:
		p.setErr(p.fail("want ',' or '" + string(end) + "'"))
	}
	return false
}

func (p *parser) text() string {
	if p.err == nil && p.at('"') {
		s, err := p.str()
		p.setErr(err)
		return s
	}
	p.skip()
	return ""
}

func (p *parser) num() float64 {
	p.space()
	if p.err == nil && p.i < len(p.s) && (p.s[p.i] == '-' || '0' <= p.s[p.i] && p.s[p.i] <= '9') {
		f, ok := p.number()
		if !ok {
			p.setErr(p.fail("bad number"))
		}
		return f
	}
	p.skip()
	return 0
}

func (p *parser) flag() bool {
	if p.err == nil && p.at('t') && strings.HasPrefix(p.s[p.i:], "true") {
		p.i += len("true")
		return true
	}
	p.skip()
	return false
}

// null reads a null if one is next.
func (p *parser) null() bool {
	if p.err == nil && p.at('n') && strings.HasPrefix(p.s[p.i:], "null") {
		p.i += len("null")
		return true
	}
	return false
}

func (p *parser) view() *View {
	v := &View{Stack: []Frame{}, Queues: []Queue{}, APIs: []Job{}, Console: []Line{}}
	// A view is mostly jobs, a few hundred in all: sized by a count of
	// their first key, they take one allocation instead of a growing
	// slice per list.
	p.jobs = make([]Job, 0, strings.Count(p.s[p.i:], `{"id":`))
	p.fields(func(k string) {
		switch k {
		case "step":
			v.Step = int(p.num())
		case "steps":
			v.Steps = int(p.num())
		case "time":
			v.Time = p.num()
		case "phase":
			v.Phase = p.text()
		case "kind":
			v.Kind = p.text()
		case "text":
			v.Text = p.text()
		case "race":
			v.Race = p.flag()
		case "span":
			v.Span = p.span()
		case "stack":
			p.items(func() { v.Stack = append(v.Stack, p.frame()) })
		case "queues":
			p.items(func() {
				q := Queue{Jobs: []Job{}}
				p.fields(func(k string) {
					switch k {
					case "name":
						q.Name = p.text()
					case "jobs":
						q.Jobs = p.jobList()
					default:
						p.skip()
					}
				})
				v.Queues = append(v.Queues, q)
			})
		case "apis":
			v.APIs = p.jobList()
		case "workers":
			p.items(func() {
				if p.null() {
					v.Workers = append(v.Workers, nil)
					return
				}
				j := p.job()
				v.Workers = append(v.Workers, &j)
			})
		case "console":
			p.items(func() { v.Console = append(v.Console, p.line()) })
		case "consoleTotal":
			v.ConsoleTotal = int(p.num())
		case "exited":
			v.Exited = p.flag()
		case "exitCode":
			v.ExitCode = int(p.num())
		case "stopped":
			v.Stopped = p.flag()
		case "error":
			v.Error = p.text()
		default:
			p.skip()
		}
	})
	return v
}

func (p *parser) frame() Frame {
	var f Frame
	p.fields(func(k string) {
		switch k {
		case "name":
			f.Name = p.text()
		case "kind":
			f.Kind = p.text()
		case "span":
			f.Span = p.span()
		default:
			p.skip()
		}
	})
	return f
}

func (p *parser) line() Line {
	var l Line
	p.fields(func(k string) {
		switch k {
		case "level":
			l.Level = p.text()
		case "text":
			l.Text = p.text()
		case "stderr":
			l.Stderr = p.flag()
		default:
			p.skip()
		}
	})
	return l
}

func (p *parser) span() *Span {
	if p.null() {
		return nil
	}
	s := &Span{}
	p.fields(func(k string) {
		switch k {
		case "line":
			s.Line = int(p.num())
		case "col":
			s.Col = int(p.num())
		case "endLine":
			s.EndLine = int(p.num())
		case "endCol":
			s.EndCol = int(p.num())
		default:
			p.skip()
		}
	})
	return s
}

// jobList reads an array of jobs into p.jobs and returns its part of it
// (capped, so that appending to one list cannot overwrite the next).
func (p *parser) jobList() []Job {
	start := len(p.jobs)
	p.items(func() { p.jobs = append(p.jobs, p.job()) })
	return p.jobs[start:len(p.jobs):len(p.jobs)]
}

func (p *parser) job() Job {
	var j Job
	p.fields(func(k string) {
		switch k {
		case "id":
			j.ID = int(p.num())
		case "kind":
			j.Kind = p.text()
		case "api":
			j.API = p.text()
		case "label":
			j.Label = p.text()
		case "due":
			j.Due = p.num()
		case "remaining":
			j.Remaining = p.num()
		case "worker":
			j.Worker = int(p.num())
		default:
			p.skip()
		}
	})
	return j
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

// ViewRequest spells the request for the view of a step, as DecodeRequest
// reads it.
func ViewRequest(id, step int) string {
	return `{"op":"view","id":` + strconv.Itoa(id) + `,"step":` + strconv.Itoa(step) + `}`
}
