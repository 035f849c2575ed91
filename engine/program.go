package engine

import (
	"errors"
	"slices"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"looplab/engine/internal/js_ast"
	"looplab/engine/internal/js_instrument"
	"looplab/engine/internal/js_parser"
	"looplab/engine/internal/js_printer"
)

// program is a script ready to run: parsed, instrumented, printed and
// compiled by goja, with the tables that map what goja sees back to the
// user's source.
type program struct {
	source      *js_ast.Source
	funcs       []Func
	funcByStart map[int32]int32 // function/class source offset -> Funcs index
	sites       []js_instrument.Site
	scriptFunc  int32
	code        string
	compiled    *goja.Program
	mappings    []js_printer.Mapping
	genLines    []int32 // byte offsets where the lines of code start
	ast         *js_ast.Program
	exprs       *exprIndex       // built when an error message needs it
	members     map[int32]member // class members and object literal properties, by function start (stack.go)
	awaits      []int32          // the starts of the await expressions, in order
}

// compile parses, instruments and compiles a script. Syntax errors come
// back as *SyntaxError with the position in the user's source.
func compile(name, src string, commonJS bool) (*program, error) {
	source := js_ast.NewSource(name, src)
	ast, err := js_parser.ParseWith(source, js_parser.Options{CommonJS: commonJS})
	if err != nil {
		var se *js_parser.SyntaxError
		if errors.As(err, &se) {
			return nil, &SyntaxError{Message: se.Message, Line: se.Line, Column: se.Column, Offset: int(se.Offset)}
		}
		return nil, &SyntaxError{Message: err.Error(), Line: 1, Column: 1}
	}
	// The awaits, before instrumenting lowers them (async stack traces).
	var awaits []int32
	js_ast.Walk(ast, func(n js_ast.Node) bool {
		if a, ok := n.(*js_ast.AwaitExpr); ok {
			awaits = append(awaits, a.Start)
		}
		return true
	})
	slices.Sort(awaits)
	res := js_instrument.Instrument(ast, source, js_instrument.Options{CommonJS: commonJS})
	out := js_printer.Print(res.Program, js_printer.Options{FuncMarkers: true})
	p := &program{
		source:      source,
		sites:       res.Sites,
		code:        out.Code,
		mappings:    out.Mappings,
		funcByStart: map[int32]int32{},
		ast:         res.Program,
		awaits:      awaits,
	}
	for i, f := range res.Funcs {
		p.funcs = append(p.funcs, Func{Name: f.Name, Src: f.Range, Kind: f.Kind})
		if i > 0 {
			p.funcByStart[f.Range.Start] = int32(i)
		}
	}
	p.genLines = append(p.genLines, 0)
	for i := 0; i < len(p.code); i++ {
		if p.code[i] == '\n' {
			p.genLines = append(p.genLines, int32(i+1))
		}
	}
	p.compiled, err = goja.Compile(name, p.code, false)
	if err != nil {
		// The parser accepted what goja rejects: an early error looplab's
		// parser does not check yet. Report it at the user's position.
		return nil, p.gojaSyntaxError(err)
	}
	return p, nil
}

// extend compiles code (a string handler) as one more script of the same
// run: its sites and functions join the program's tables, numbered after
// them, and all point at the source range at, the call that passed it.
func (p *program) extend(code string, at js_ast.Range) (*goja.Program, *SyntaxError) {
	source := js_ast.NewSource("code", strings.ToValidUTF8(code, "\uFFFD"))
	ast, err := js_parser.Parse(source)
	if err != nil {
		var se *js_parser.SyntaxError
		if errors.As(err, &se) {
			return nil, &SyntaxError{Message: se.Message, Line: se.Line, Column: se.Column}
		}
		return nil, &SyntaxError{Message: err.Error()}
	}
	siteBase, funcBase := len(p.sites), len(p.funcs)
	res := js_instrument.Instrument(ast, source, js_instrument.Options{SiteBase: siteBase, FuncBase: funcBase})
	out := js_printer.Print(res.Program, js_printer.Options{})
	for _, s := range res.Sites {
		s.Range = at
		if s.Loop >= 0 {
			s.Loop += int32(siteBase)
		}
		if s.Parent >= 0 {
			s.Parent += int32(siteBase)
		}
		p.sites = append(p.sites, s)
	}
	for _, f := range res.Funcs {
		p.funcs = append(p.funcs, Func{Name: f.Name, Src: at, Kind: f.Kind})
	}
	prg, cerr := goja.Compile("code", out.Code, false)
	if cerr != nil {
		return nil, &SyntaxError{Message: strings.TrimPrefix(cerr.Error(), "SyntaxError: ")}
	}
	return prg, nil
}

// inLoop reports whether site s belongs to the loop whose head is head.
func (p *program) inLoop(s, head int32) bool {
	if s < 0 {
		return false
	}
	for l := p.sites[s].Loop; l >= 0; l = p.sites[l].Parent {
		if l == head {
			return true
		}
	}
	return false
}

// gojaSyntaxError maps a goja compile error back to the user's source.
func (p *program) gojaSyntaxError(err error) *SyntaxError {
	msg := err.Error()
	var ce *goja.CompilerSyntaxError
	if errors.As(err, &ce) {
		msg = ce.Message
		if ce.File != nil {
			pos := ce.File.Position(ce.Offset)
			if line, col, ok := p.originalPosition(pos.Line, pos.Column); ok {
				return &SyntaxError{Message: msg, Line: line, Column: col}
			}
		}
	}
	msg = strings.TrimPrefix(msg, "SyntaxError: ")
	return &SyntaxError{Message: msg, Line: 1, Column: 1}
}

// originalPosition maps a 1-based line and column of the generated code to
// the user's source (1-based line, UTF-16 column).
func (p *program) originalPosition(line, col int) (int, int, bool) {
	off, ok := p.originalOffset(line, col)
	if !ok {
		return 0, 0, false
	}
	l, c := p.source.Position(off)
	return l, c, true
}

// originalOffset maps a 1-based line and column of the generated code to a
// byte offset in the user's source.
func (p *program) originalOffset(line, col int) (int32, bool) {
	if line < 1 || line > len(p.genLines) {
		return 0, false
	}
	off := p.genLines[line-1] + int32(col-1)
	i := sort.Search(len(p.mappings), func(i int) bool { return p.mappings[i].Gen > off }) - 1
	if i < 0 {
		return 0, false
	}
	return p.mappings[i].Src, true
}

// funcAt is the innermost function (not class) whose source contains off,
// or -1 for the script's top level.
func (p *program) funcAt(off int32) int32 {
	best := int32(-1)
	for i := 1; i < len(p.funcs); i++ {
		f := &p.funcs[i]
		if f.Kind == "class" || off < f.Src.Start || off >= f.Src.End {
			continue
		}
		if best < 0 || f.Src.Start >= p.funcs[best].Src.Start {
			best = int32(i)
		}
	}
	return best
}
