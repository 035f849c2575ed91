package js_parser

// Declarations are tracked per scope only to report redeclarations, which
// are early errors: two lexical declarations of one name in a scope, or a
// lexical declaration and a var declaration that hoists through that scope.

type scopeKind uint8

const (
	scopeBlock    scopeKind = iota
	scopeFunction           // a function body or the script: var declarations stop here
	scopeCatch              // a catch block, which also holds the catch parameter
)

type bindingKind uint8

const (
	bindLexical    bindingKind = iota // let, const, class, and functions in strict blocks
	bindBlockFunc                     // a plain function declaration in a sloppy block
	bindVar                           // var, or a top-level function: declared here or hoisted through
	bindParam                         // a function parameter
	bindCatchParam                    // a catch parameter
)

type scope struct {
	parent *scope
	kind   scopeKind
	// Most scopes hold a handful of names: a slice searched linearly beats
	// a map until it grows past smallScope entries.
	small []scopeName
	big   map[string]bindingKind
	// simpleCatchParam is set on a catch scope whose parameter is a plain
	// identifier: Annex B lets var redeclare it then.
	simpleCatchParam bool
}

func (p *parser) pushScope(kind scopeKind) *scope {
	p.scope = &scope{parent: p.scope, kind: kind}
	return p.scope
}

func (p *parser) popScope() { p.scope = p.scope.parent }

type scopeName struct {
	name string
	kind bindingKind
}

const smallScope = 12

func (s *scope) lookup(name string) (bindingKind, bool) {
	if s.big != nil {
		k, ok := s.big[name]
		return k, ok
	}
	for _, n := range s.small {
		if n.name == name {
			return n.kind, true
		}
	}
	return 0, false
}

func (s *scope) set(name string, k bindingKind) {
	if s.big != nil {
		s.big[name] = k
		return
	}
	for i := range s.small {
		if s.small[i].name == name {
			s.small[i].kind = k
			return
		}
	}
	s.small = append(s.small, scopeName{name, k})
	if len(s.small) > smallScope {
		s.big = make(map[string]bindingKind, 2*smallScope)
		for _, n := range s.small {
			s.big[n.name] = n.kind
		}
		s.small = nil
	}
}

func (p *parser) redeclared(name string, at int32) {
	p.failAt(at, "Identifier '%s' has already been declared", name)
}

// declareLexical declares a let, const or class binding, or a function
// declaration in a block (kind bindBlockFunc in sloppy mode, where Annex B
// lets such functions redeclare each other).
func (p *parser) declareLexical(name string, at int32, kind bindingKind) {
	s := p.scope
	if old, ok := s.lookup(name); ok {
		if !(kind == bindBlockFunc && old == bindBlockFunc) {
			p.redeclared(name, at)
		}
	}
	s.set(name, kind)
}

// declareVar declares a var binding: it must not clash with a lexical
// binding in any scope it hoists through, up to the function scope.
func (p *parser) declareVar(name string, at int32) {
	for s := p.scope; s != nil; s = s.parent {
		if old, ok := s.lookup(name); ok {
			switch old {
			case bindLexical, bindBlockFunc:
				p.redeclared(name, at)
			case bindCatchParam:
				if !s.simpleCatchParam {
					p.redeclared(name, at)
				}
			}
		} else {
			s.set(name, bindVar)
		}
		if s.kind == scopeFunction {
			return
		}
	}
}

// declareFunction declares a function declaration: var-like at the top
// level of a function or script, lexical in a block.
func (p *parser) declareFunction(name string, at int32, plain bool) {
	if p.scope.kind == scopeFunction {
		if old, ok := p.scope.lookup(name); ok && old == bindLexical {
			p.redeclared(name, at)
		}
		if _, ok := p.scope.lookup(name); !ok {
			p.scope.set(name, bindVar)
		}
		return
	}
	kind := bindLexical
	if plain && !p.strict {
		kind = bindBlockFunc
	}
	p.declareLexical(name, at, kind)
}

// declare records a bound name in the current scope according to kind.
func (p *parser) declare(name string, at int32, kind bindingKind) {
	switch kind {
	case bindVar:
		p.declareVar(name, at)
	case bindLexical:
		if name == "let" {
			p.failAt(at, "let is disallowed as a lexically bound name")
		}
		p.declareLexical(name, at, bindLexical)
	case bindParam:
		p.params = append(p.params, boundName{name, at})
		p.scope.set(name, bindParam)
	case bindCatchParam:
		if _, dup := p.scope.lookup(name); dup {
			p.redeclared(name, at)
		}
		p.scope.set(name, bindCatchParam)
	}
}

// ---------------------------------------------------------------- functions

// funcState is what the grammar needs to know about the innermost function
// (or the script, or a class field initializer or static block).
type funcState struct {
	async, generator bool
	arrow            bool
	allowReturn      bool
	superProperty    bool // super.x is allowed (methods, and arrows within)
	superCall        bool // super() is allowed (derived constructors)
	newTarget        bool // new.target is allowed
	noArguments      bool // class field initializer or static block
	staticBlock      bool // "await" is reserved in a static block

	labels []label
	// pendingLabels is how many labels at the end of labels apply to the
	// statement being parsed next ("a: b: while (1)" labels the loop twice).
	pendingLabels int
	loops         int // enclosing iteration statements
	breakables    int // enclosing iteration and switch statements
}

type label struct {
	name string
	loop bool // the label is on an iteration statement: continue may target it
}

// outerFunction is what enterFunction saves for leaveFunction.
type outerFunction struct {
	fn                                *funcState
	strict                            bool
	yieldPos, awaitPos, awaitIdentPos int32
}

// enterFunction starts a function body or similar context. leaveFunction
// restores the enclosing state, including the cover grammar positions (an
// await inside a nested function does not concern the parameters of the
// arrow that contains it).
func (p *parser) enterFunction(fn *funcState) outerFunction {
	saved := outerFunction{p.fn, p.strict, p.yieldPos, p.awaitPos, p.awaitIdentPos}
	p.fn = fn
	p.yieldPos, p.awaitPos, p.awaitIdentPos = 0, 0, 0
	return saved
}

func (p *parser) leaveFunction(s outerFunction) {
	p.fn, p.strict = s.fn, s.strict
	p.yieldPos, p.awaitPos, p.awaitIdentPos = s.yieldPos, s.awaitPos, s.awaitIdentPos
}

// ---------------------------------------------------------------- labels

func (p *parser) findLabel(name string) *label {
	for i := len(p.fn.labels) - 1; i >= 0; i-- {
		if p.fn.labels[i].name == name {
			return &p.fn.labels[i]
		}
	}
	return nil
}

// markLoopLabels records that the labels directly on the current statement
// label an iteration statement.
func (p *parser) markLoopLabels(pending int) {
	for i := len(p.fn.labels) - pending; i < len(p.fn.labels); i++ {
		p.fn.labels[i].loop = true
	}
}

// ---------------------------------------------------------------- private names

// classScope tracks the private names of one class body. References may
// precede declarations, so they are resolved when the body ends.
type classScope struct {
	parent   *classScope
	declared map[string]privateKind
	refs     []privateRef
}

type privateKind uint8

const (
	privField privateKind = iota
	privMethod
	privGetter
	privSetter
	privAccessorPair
	privStatic privateKind = 8 // or'ed in
)

type privateRef struct {
	name string
	at   int32
}

// declarePrivate records a private member. A getter and a setter of the
// same name (both static or both not) may coexist; anything else repeats.
func (p *parser) declarePrivate(name string, at int32, kind privateKind) {
	c := p.class
	if name == "constructor" {
		p.failAt(at, "Class constructor may not be a private method")
	}
	if old, ok := c.declared[name]; ok {
		staticMatch := old&privStatic == kind&privStatic
		oldKind, newKind := old&^privStatic, kind&^privStatic
		if staticMatch && (oldKind == privGetter && newKind == privSetter || oldKind == privSetter && newKind == privGetter) {
			c.declared[name] = privAccessorPair | kind&privStatic
			return
		}
		p.failAt(at, "Identifier '#%s' has already been declared", name)
	}
	c.declared[name] = kind
}

// usePrivate records a reference to #name.
func (p *parser) usePrivate(name string, at int32) {
	if p.class == nil {
		p.failAt(at, "Private field '#%s' must be declared in an enclosing class", name)
	}
	p.class.refs = append(p.class.refs, privateRef{name, at})
}

// resolvePrivate checks the references of the class body that just ended;
// names it does not declare must come from an enclosing class.
func (p *parser) resolvePrivate(c *classScope) {
	for _, r := range c.refs {
		if _, ok := c.declared[r.name]; ok {
			continue
		}
		if c.parent == nil {
			p.failAt(r.at, "Private field '#%s' must be declared in an enclosing class", r.name)
		}
		c.parent.refs = append(c.parent.refs, r)
	}
}
