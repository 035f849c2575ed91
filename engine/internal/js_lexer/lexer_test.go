package js_lexer

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
)

// describe renders a token for comparison: its kind and the value the
// lexer computed for it.
func describe(l *Lexer) string {
	t := &l.Token
	s := t.Kind.String()
	switch t.Kind {
	case TIdentifier, TEscapedKeyword:
		s = "ident:" + t.Name
		if t.Escaped {
			s += "(esc)"
		}
	case TPrivateName:
		s = "#" + t.Name
	case TNumber:
		s = fmt.Sprintf("num:%v", t.Number)
	case TBigInt:
		s = "bigint:" + l.Raw()
	case TString:
		s = fmt.Sprintf("str:%q", string(utf16.Decode(t.Value)))
	case TNoSubstitutionTemplate, TTemplateHead, TTemplateMiddle, TTemplateTail:
		cooked := "<invalid>"
		if t.Value != nil {
			cooked = fmt.Sprintf("%q", string(utf16.Decode(t.Value)))
		}
		s = fmt.Sprintf("tpl:%q=%s", t.TemplateRaw, cooked)
	case TError:
		s = fmt.Sprintf("error@%d:%s", t.ErrorAt, t.Message)
	}
	if t.NewlineBefore {
		s = "\\n " + s
	}
	if t.StrictError != "" {
		s += " [strict:" + t.StrictError + "]"
	}
	return s
}

// tokens lexes src in the "division" goal, as Next does, up to the end or
// the first error.
func tokens(src string) string {
	l := New(src)
	var out []string
	for {
		out = append(out, describe(l))
		if l.Kind == TEndOfFile || l.Kind == TError {
			break
		}
		l.Next()
	}
	return strings.Join(out, " | ")
}

func TestTokens(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a.b?.c ?? d", "ident:a | . | ident:b | ?. | ident:c | ?? | ident:d | end of input"},
		{"a ?.5 : b", "ident:a | ? | num:0.5 | : | ident:b | end of input"},
		{"x ??= y &&= z ||= w", "ident:x | ??= | ident:y | &&= | ident:z | ||= | ident:w | end of input"},
		{"a ** b **= c", "ident:a | ** | ident:b | **= | ident:c | end of input"},
		{">>>= >>> >>= >> >= > <<= << <= <", ">>>= | >>> | >>= | >> | >= | > | <<= | << | <= | < | end of input"},
		{"=== == => = !== != !", "=== | == | => | = | !== | != | ! | end of input"},
		{"... . ++ -- + -", "... | . | ++ | -- | + | - | end of input"},
		{"if iff \\u0069f", "if | ident:iff | ident:if(esc) | end of input"},
		{"\\u{61}b\\u0063", "ident:abc(esc) | end of input"},
		{"ℵ x\u200dy $_", "ident:ℵ | ident:x\u200dy | ident:$_ | end of input"},
		{"#priv #\\u0061", "#priv | #a | end of input"},
		{"0 1 1.5 .5 1. 1e3 1E-3 0x1F 0o17 0b101 1_000", "num:0 | num:1 | num:1.5 | num:0.5 | num:1 | num:1000 | num:0.001 | num:31 | num:15 | num:5 | num:1000 | end of input"},
		{"10n 0x1Fn", "bigint:10n | bigint:0x1Fn | end of input"},
		{"017", "num:15 [strict:Octal literals are not allowed in strict mode.] | end of input"},
		{"019 08.5", "num:19 [strict:Decimals with leading zeros are not allowed in strict mode.] | num:8.5 [strict:Decimals with leading zeros are not allowed in strict mode.] | end of input"},
		{"1..toString", "num:1 | . | ident:toString | end of input"},
		{"0xFFFFFFFFFFFFFFFFF", "num:2.9514790517935283e+20 | end of input"},
		{`"a\n\x41\u0042\u{1F600}\
c"`, `str:"a\nAB😀c" | end of input`},
		{`'\0' '\08' '\101'`, `str:"\x00" | str:"\x008" [strict:Octal escape sequences are not allowed in strict mode.] | str:"A" [strict:Octal escape sequences are not allowed in strict mode.] | end of input`},
		{`'\8'`, `str:"8" [strict:\8 and \9 are not allowed in strict mode.] | end of input`},
		{"'\u2028'", `str:"\u2028" | end of input`},
		{"`a${", "tpl:\"a\"=\"a\" | end of input"},
		{"`a\r\nb`", "tpl:\"a\\r\\nb\"=\"a\\nb\" | end of input"},
		{"`\\unicode`", "tpl:\"\\\\unicode\"=<invalid> | end of input"},
		{"a // c\nb /* c */ c /* \n */ d", "ident:a | \\n ident:b | ident:c | \\n ident:d | end of input"},
		{"a <!-- c\nb", "ident:a | \\n ident:b | end of input"},
		{"--> c\na\n --> c\nb --> c", "\\n ident:a | \\n ident:b | -- | > | ident:c | end of input"},
		{"#!/usr/bin/env node\nx", "\\n ident:x | end of input"},
		{"a\u00a0\ufeff\u2003b\u2028c", "ident:a | ident:b | \\n ident:c | end of input"},
		// Errors, in V8's words.
		{"'abc", "error@0:Invalid or unexpected token"},
		{"'a\nb'", "error@0:Invalid or unexpected token"},
		{"/* x", "error@0:Invalid or unexpected token"},
		{"`abc", "error@4:Unexpected end of input"},
		{"@", "error@0:Invalid or unexpected token"},
		{"3in", "error@0:Invalid or unexpected token"},
		{"1_", "error@1:Numeric separators are not allowed at the end of numeric literals"},
		{"1__0", "error@2:Only one underscore is allowed as numeric separator"},
		{"0_1", "error@1:Numeric separator can not be used after leading 0."},
		{"0x", "error@0:Invalid or unexpected token"},
		{"08n", "error@0:Invalid or unexpected token [strict:Decimals with leading zeros are not allowed in strict mode.]"},
		{"1.5n", "error@0:Invalid or unexpected token"},
		{`'\x4'`, "error@1:Invalid hexadecimal escape sequence"},
		{`'\u{110000}'`, "error@1:Undefined Unicode code-point"},
		{`'\u00'`, "error@1:Invalid Unicode escape sequence"},
		{`a\u0020`, "error@0:Invalid or unexpected token"},
		{`\u0`, "error@0:Invalid Unicode escape sequence"},
	}
	for _, tt := range tests {
		if got := tokens(tt.src); got != tt.want {
			t.Errorf("%q:\n got: %s\nwant: %s", tt.src, got, tt.want)
		}
	}
}

func TestRegExp(t *testing.T) {
	tests := []struct{ src, want string }{
		{"/a/g", "a g"},
		{"/[/]\\//gimsuyd", "[/]\\/ gimsuyd"},
		{"/a/v", "a v"},
		{"/=/", "= "},
		{"/a/gg", "error:Invalid regular expression flags"},
		{"/a/uv", "error:Invalid regular expression flags"},
		{"/a/x", "error:Invalid regular expression flags"},
		{"/a/\\u0067", "error:Invalid regular expression flags"},
		{"/a", "error:Invalid regular expression: missing /"},
		{"/a\n/", "error:Invalid regular expression: missing /"},
		{"/[\n]/", "error:Invalid regular expression: missing /"},
	}
	for _, tt := range tests {
		l := New(tt.src)
		l.ScanRegExp()
		got := l.Pattern + " " + l.Flags
		if l.Kind == TError {
			got = "error:" + l.Message
		} else if l.Kind != TRegExp {
			got = "kind " + l.Kind.String()
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestTemplateContinuation drives the lexer the way the parser does on
// `a${b}c${d}e`: after each substitution it rescans the "}".
func TestTemplateContinuation(t *testing.T) {
	l := New("`a${b}c${d}e`")
	var got []string
	for l.Kind != TEndOfFile {
		if l.Kind == TCloseBrace {
			l.ScanTemplateContinuation()
		}
		got = append(got, describe(l))
		l.Next()
	}
	want := `tpl:"a"="a" | ident:b | tpl:"c"="c" | ident:d | tpl:"e"="e"`
	if s := strings.Join(got, " | "); s != want {
		t.Errorf("got  %s\nwant %s", s, want)
	}
}

func TestSaveRestore(t *testing.T) {
	l := New("a b c")
	s := l.Save()
	l.Next()
	l.Next()
	if l.Name != "c" {
		t.Fatalf("got %q", l.Name)
	}
	l.Restore(s)
	if l.Name != "a" {
		t.Fatalf("after restore got %q", l.Name)
	}
	l.Next()
	if l.Name != "b" {
		t.Fatalf("after restore and next got %q", l.Name)
	}
}
