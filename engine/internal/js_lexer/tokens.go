package js_lexer

// T is the kind of a token.
type T uint8

const (
	TEndOfFile T = iota
	// TError is a character sequence that is no token; Token.Message says
	// why. The parser reports it as soon as a grammar rule looks at it.
	TError

	TIdentifier     // also contextual keywords: let, async, await, yield, of, get, set, static ...
	TEscapedKeyword // a reserved word spelled with \u escapes: only usable as a property name
	TPrivateName    // #name
	TNumber
	TBigInt
	TString
	TRegExp // produced only by Lexer.ScanRegExp
	TNoSubstitutionTemplate
	TTemplateHead   // `...${
	TTemplateMiddle // }...${ (produced only by Lexer.ScanTemplateContinuation)
	TTemplateTail   // }...`  (produced only by Lexer.ScanTemplateContinuation)

	// Punctuators.
	TOpenBrace
	TCloseBrace
	TOpenParen
	TCloseParen
	TOpenBracket
	TCloseBracket
	TDot
	TDotDotDot
	TSemicolon
	TComma
	TQuestion
	TQuestionDot
	TColon
	TArrow

	TLess
	TGreater
	TLessEq
	TGreaterEq
	TEq
	TNotEq
	TStrictEq
	TStrictNotEq

	TPlus
	TMinus
	TStar
	TStarStar
	TSlash
	TPercent
	TPlusPlus
	TMinusMinus
	TShl
	TShr
	TUShr
	TAmp
	TBar
	TCaret
	TBang
	TTilde
	TAmpAmp
	TBarBar
	TQuestionQuestion

	TAssign
	TPlusAssign
	TMinusAssign
	TStarAssign
	TStarStarAssign
	TSlashAssign
	TPercentAssign
	TShlAssign
	TShrAssign
	TUShrAssign
	TAmpAssign
	TBarAssign
	TCaretAssign
	TAmpAmpAssign
	TBarBarAssign
	TQuestionQuestionAssign

	// Reserved words, in alphabetical order. Contextual keywords are
	// identifiers; the parser decides from context.
	TBreak
	TCase
	TCatch
	TClass
	TConst
	TContinue
	TDebugger
	TDefault
	TDelete
	TDo
	TElse
	TEnum
	TExport
	TExtends
	TFalse
	TFinally
	TFor
	TFunction
	TIf
	TImport
	TIn
	TInstanceof
	TNew
	TNull
	TReturn
	TSuper
	TSwitch
	TThis
	TThrow
	TTrue
	TTry
	TTypeof
	TVar
	TVoid
	TWhile
	TWith

	tokenCount
)

// Keywords maps every reserved word to its token.
var Keywords = map[string]T{
	"break": TBreak, "case": TCase, "catch": TCatch, "class": TClass,
	"const": TConst, "continue": TContinue, "debugger": TDebugger,
	"default": TDefault, "delete": TDelete, "do": TDo, "else": TElse,
	"enum": TEnum, "export": TExport, "extends": TExtends, "false": TFalse,
	"finally": TFinally, "for": TFor, "function": TFunction, "if": TIf,
	"import": TImport, "in": TIn, "instanceof": TInstanceof, "new": TNew,
	"null": TNull, "return": TReturn, "super": TSuper, "switch": TSwitch,
	"this": TThis, "throw": TThrow, "true": TTrue, "try": TTry,
	"typeof": TTypeof, "var": TVar, "void": TVoid, "while": TWhile,
	"with": TWith,
}

var tokenText = [tokenCount]string{
	TEndOfFile: "end of input",
	TOpenBrace: "{", TCloseBrace: "}", TOpenParen: "(", TCloseParen: ")",
	TOpenBracket: "[", TCloseBracket: "]", TDot: ".", TDotDotDot: "...",
	TSemicolon: ";", TComma: ",", TQuestion: "?", TQuestionDot: "?.",
	TColon: ":", TArrow: "=>",
	TLess: "<", TGreater: ">", TLessEq: "<=", TGreaterEq: ">=", TEq: "==",
	TNotEq: "!=", TStrictEq: "===", TStrictNotEq: "!==",
	TPlus: "+", TMinus: "-", TStar: "*", TStarStar: "**", TSlash: "/",
	TPercent: "%", TPlusPlus: "++", TMinusMinus: "--", TShl: "<<",
	TShr: ">>", TUShr: ">>>", TAmp: "&", TBar: "|", TCaret: "^", TBang: "!",
	TTilde: "~", TAmpAmp: "&&", TBarBar: "||", TQuestionQuestion: "??",
	TAssign: "=", TPlusAssign: "+=", TMinusAssign: "-=", TStarAssign: "*=",
	TStarStarAssign: "**=", TSlashAssign: "/=", TPercentAssign: "%=",
	TShlAssign: "<<=", TShrAssign: ">>=", TUShrAssign: ">>>=",
	TAmpAssign: "&=", TBarAssign: "|=", TCaretAssign: "^=",
	TAmpAmpAssign: "&&=", TBarBarAssign: "||=", TQuestionQuestionAssign: "??=",
}

func init() {
	for name, t := range Keywords {
		tokenText[t] = name
	}
}

// String is the token's spelling for punctuators and reserved words and a
// description for the rest.
func (t T) String() string {
	if t < tokenCount && tokenText[t] != "" {
		return tokenText[t]
	}
	switch t {
	case TIdentifier, TEscapedKeyword:
		return "identifier"
	case TPrivateName:
		return "private name"
	case TNumber, TBigInt:
		return "number"
	case TString:
		return "string"
	case TRegExp:
		return "regular expression"
	case TNoSubstitutionTemplate, TTemplateHead, TTemplateMiddle, TTemplateTail:
		return "template string"
	}
	return "invalid token"
}

// IsKeyword reports whether t is a reserved word.
func (t T) IsKeyword() bool { return t >= TBreak && t <= TWith }

// IsAssign reports whether t is "=" or a compound assignment operator.
func (t T) IsAssign() bool { return t >= TAssign && t <= TQuestionQuestionAssign }

// StrictReserved reports whether name is reserved only in strict mode code
// (besides "yield", which the parser treats separately).
func StrictReserved(name string) bool {
	switch name {
	case "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield":
		return true
	}
	return false
}

// IsReservedWord reports whether name is a reserved word, which cannot be
// an identifier reference or binding.
func IsReservedWord(name string) bool {
	_, ok := Keywords[name]
	return ok
}
