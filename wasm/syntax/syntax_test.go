package syntax

import (
	"strings"
	"testing"
)

// spell renders tokens as class:text pairs for one-line expectations.
func spell(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		if t.Class == Plain {
			b.WriteString(t.Text)
			continue
		}
		b.WriteString("<" + string(t.Class) + ">" + t.Text + "</>")
	}
	return b.String()
}

func TestLine(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`const x = 1; // one`, `<kw>const</> x = <num>1</>; <com>// one</>`},
		{`setTimeout(() => console.log('hi'), 0);`, `<fn>setTimeout</>(() => console.<fn>log</>(<str>'hi'</>), <num>0</>);`},
		{`a = b / 2 / c`, `a = b / <num>2</> / c`},
		{`x = /a[/]b/g.test(s)`, `x = <re>/a[/]b/g</>.<fn>test</>(s)`},
		{"s = `a ${b + `c${d}`} e`;", "s = <str>`a </>${b + <str>`c</>${d}<str>`</>}<str> e`</>;"},
		{`return /x/`, `<kw>return</> <re>/x/</>`},
		{`null ?? true`, `<lit>null</> ?? <lit>true</>`},
		{`"unterminated`, `<str>"unterminated</>`},
		{`p.then(x => x)`, `p.<fn>then</>(x => x)`},
		{`'😀 漢字'`, `<str>'😀 漢字'</>`},
	} {
		got, _ := Line(c.src, State{})
		if s := spell(got); s != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.src, s, c.want)
		}
		var text strings.Builder
		for _, tok := range got {
			text.WriteString(tok.Text)
		}
		if text.String() != c.src {
			t.Errorf("tokens of %q spell %q", c.src, text.String())
		}
	}
}

func TestStateAcrossLines(t *testing.T) {
	_, st := Line("/* open", State{})
	toks, st := Line("still */ x", st)
	if spell(toks) != "<com>still */</> x" || st.InComment {
		t.Errorf("comment: %s %+v", spell(toks), st)
	}
	_, st = Line("const s = `line one", State{})
	toks, st = Line("two ${x} three`;", st)
	if spell(toks) != "<str>two </>${x}<str> three`</>;" || st.Nest != "" {
		t.Errorf("template: %s %+v", spell(toks), st)
	}
}
