// dom.js: the small DOM of looplab's browser runtime — enough for the
// classic event loop lessons: a document with html/head/body, elements,
// text, attributes, classList, innerHTML, selectors, events with capture,
// bubbling and {once}, click(), MutationObserver, focus and form input.
//
// Dispatch follows the DOM standard. What the event loop must decide (a
// microtask checkpoint after each listener of a user event; a mutation
// observer microtask) the host does:
//   host.afterListener()        a listener returned: HTML's "clean up after
//                               running script" (checkpoint if the stack is empty)
//   host.reportError(error)     an exception escaped a listener
//   host.queueMutationObserverMicrotask(notify)
//   host.mutated()              the DOM changed (the next frame renders)
//   host.notSimulated(name)     throws a TypeError naming an unsimulated API
//
// The file is one expression: a function of (host, web) returning the DOM's
// constructors and the document; web is web.js's exports (Event, ...).
(function (host, web) {
  "use strict";

  const TypeError = globalThis.TypeError;
  const ReflectApply = Reflect.apply;
  const ArrayPush = Array.prototype.push;
  const ArrayPop = Array.prototype.pop;
  const Event = web.Event;

  let window = null; // set by setWindow once the browser runtime made it

  const ELEMENT_NODE = 1, TEXT_NODE = 3, COMMENT_NODE = 8, DOCUMENT_NODE = 9, DOCUMENT_FRAGMENT_NODE = 11;
  const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

  // ---------------------------------------------------------------- events

  class UIEvent extends Event {
    constructor(type, init = {}) { super(type, init); this.detail = init.detail || 0; this.view = init.view || null; }
  }
  class MouseEvent extends UIEvent {
    constructor(type, init = {}) {
      super(type, init);
      this.clientX = init.clientX || 0; this.clientY = init.clientY || 0;
      this.button = init.button || 0; this.buttons = init.buttons || 0;
      this.altKey = !!init.altKey; this.ctrlKey = !!init.ctrlKey; this.shiftKey = !!init.shiftKey; this.metaKey = !!init.metaKey;
    }
  }
  class PointerEvent extends MouseEvent {
    constructor(type, init = {}) { super(type, init); this.pointerId = init.pointerId || 1; this.pointerType = init.pointerType || "mouse"; }
  }
  class KeyboardEvent extends UIEvent {
    constructor(type, init = {}) {
      super(type, init);
      this.key = init.key || ""; this.code = init.code || ""; this.repeat = !!init.repeat;
      this.altKey = !!init.altKey; this.ctrlKey = !!init.ctrlKey; this.shiftKey = !!init.shiftKey; this.metaKey = !!init.metaKey;
    }
  }
  class FocusEvent extends UIEvent {
    constructor(type, init = {}) { super(type, init); this.relatedTarget = init.relatedTarget || null; }
  }
  class InputEvent extends UIEvent {
    constructor(type, init = {}) { super(type, init); this.data = init.data === undefined ? null : init.data; this.inputType = init.inputType || ""; }
  }
  class SubmitEvent extends Event {
    constructor(type, init = {}) { super(type, init); this.submitter = init.submitter || null; }
  }
  class ErrorEvent extends Event {
    constructor(type, init = {}) {
      super(type, init);
      this.message = init.message || ""; this.filename = init.filename || ""; this.lineno = init.lineno || 0;
      this.colno = init.colno || 0; this.error = init.error === undefined ? null : init.error;
    }
  }
  class PromiseRejectionEvent extends Event {
    constructor(type, init = {}) { super(type, init); this.promise = init.promise; this.reason = init.reason; }
  }
  class MessageEvent extends Event {
    constructor(type, init = {}) {
      super(type, init);
      this.data = init.data === undefined ? null : init.data; this.origin = init.origin || ""; this.lastEventId = "";
      this.source = init.source || null; this.ports = init.ports || [];
    }
  }

  // Internal event state the DOM standard keeps: stop flags, trust.
  const stopped = new WeakMap();    // event -> {propagation, immediate}
  function flags(e) {
    let f = stopped.get(e);
    if (!f) stopped.set(e, (f = { propagation: false, immediate: false }));
    return f;
  }
  const baseStop = Event.prototype.stopPropagation;
  const baseStopImmediate = Event.prototype.stopImmediatePropagation;
  Event.prototype.stopPropagation = function stopPropagation() { flags(this).propagation = true; ReflectApply(baseStop, this, []); };
  Event.prototype.stopImmediatePropagation = function stopImmediatePropagation() {
    flags(this).propagation = true; flags(this).immediate = true; ReflectApply(baseStopImmediate, this, []);
  };

  // Listeners of DOM targets (nodes, window, ports).
  const listeners = new WeakMap(); // target -> Map(type -> [{callback, capture, once, passive, removed}])
  const handlerProps = new WeakMap(); // target -> Map(type -> listener entry of onX)

  function listenerList(target, type, create) {
    let map = listeners.get(target);
    if (!map) {
      if (!create) return undefined;
      listeners.set(target, (map = new Map()));
    }
    let list = map.get(type);
    if (!list && create) map.set(type, (list = []));
    return list;
  }

  function flatten(options) {
    if (typeof options === "boolean") return { capture: options, once: false, passive: false, signal: undefined };
    if (options === null || typeof options !== "object") return { capture: false, once: false, passive: false, signal: undefined };
    return { capture: !!options.capture, once: !!options.once, passive: !!options.passive, signal: options.signal };
  }

  class DOMEventTarget {
    addEventListener(type, callback, options) {
      if (callback === null || callback === undefined) return;
      const o = flatten(options);
      if (o.signal && o.signal.aborted) return;
      const list = listenerList(this, String(type), true);
      if (list.some((l) => l.callback === callback && l.capture === o.capture)) return;
      const entry = { callback, capture: o.capture, once: o.once, passive: o.passive, removed: false };
      list.push(entry);
      if (o.signal) o.signal.addEventListener("abort", () => this.removeEventListener(type, callback, o));
    }
    removeEventListener(type, callback, options) {
      const o = flatten(options);
      const list = listenerList(this, String(type), false);
      if (!list) return;
      const i = list.findIndex((l) => l.callback === callback && l.capture === o.capture);
      if (i >= 0) { list[i].removed = true; list.splice(i, 1); }
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      return dispatch(this, event, false);
    }
  }

  // parentOf is the "get the parent" of the DOM standard: node's parent,
  // the document for the html element, window for the document.
  function parentOf(target) {
    if (target === window) return null;
    if (target instanceof Document) return window;
    if (target instanceof Node) return target.parentNode;
    return null;
  }

  // dispatch dispatches event at target: capture from the top down, the
  // target, bubble back up. trusted marks a user event; internal marks an
  // event the DOM fires itself as part of another (focus, input, submit),
  // whose activation behavior is not run again.
  function dispatch(target, event, trusted, internal) {
    event.isTrusted = !!trusted;
    event.target = target;
    const path = [];
    for (let t = target; t; t = parentOf(t)) path.push(t);
    const f = flags(event);
    f.propagation = false;
    f.immediate = false;
    for (let i = path.length - 1; i >= 0 && !f.propagation; i--) {
      event.eventPhase = i === 0 ? 2 : 1;
      invoke(path[i], event, i === 0 ? "both-capture" : "capture");
    }
    for (let i = 0; i < path.length && !f.propagation; i++) {
      if (i > 0 && !event.bubbles) break;
      event.eventPhase = i === 0 ? 2 : 3;
      invoke(path[i], event, i === 0 ? "both-bubble" : "bubble");
    }
    event.eventPhase = 0;
    event.currentTarget = null;
    // A click on a submit button submits its form (its activation behavior).
    if (!internal && event.type === "click" && !event.defaultPrevented) activate(target, event);
    return !event.defaultPrevented;
  }

  function invoke(target, event, phase) {
    const list = listenerList(target, event.type, false);
    if (!list) return;
    event.currentTarget = target;
    const f = flags(event);
    for (const l of list.slice()) {
      if (l.removed) continue;
      // At the target, capture listeners run first, then the others.
      if (phase === "capture" && !l.capture) continue;
      if (phase === "bubble" && l.capture) continue;
      if (phase === "both-capture" && !l.capture) continue;
      if (phase === "both-bubble" && l.capture) continue;
      if (l.once) target.removeEventListener(event.type, l.callback, { capture: l.capture });
      // emitting tells the host whose listeners run, for stack traces.
      ReflectApply(ArrayPush, host.emitting, [typeof l.callback === "function" ? target : l.callback]);
      try {
        if (typeof l.callback === "function") ReflectApply(l.callback, target, [event]);
        else if (l.callback && typeof l.callback.handleEvent === "function") ReflectApply(l.callback.handleEvent, l.callback, [event]);
      } catch (e) {
        host.reportError(e);
      } finally {
        ReflectApply(ArrayPop, host.emitting, []);
      }
      host.afterListener();
      if (f.immediate) break;
    }
  }

  // Event handler properties (onclick, onmessage...): one listener per
  // type, registered when first set, keeping that place in the order.
  function defineHandler(proto, type) {
    Object.defineProperty(proto, "on" + type, {
      configurable: true,
      enumerable: true,
      get() {
        const m = handlerProps.get(this);
        const e = m && m.get(type);
        return e ? e.value : null;
      },
      set(v) {
        let m = handlerProps.get(this);
        if (!m) handlerProps.set(this, (m = new Map()));
        let e = m.get(type);
        if (!e) {
          e = { value: null };
          m.set(type, e);
          const self = this;
          this.addEventListener(type, function (event) {
            if (typeof e.value !== "function") return;
            // window.onerror takes (message, source, lineno, colno, error)
            // and cancels the event by returning true.
            if (type === "error" && self === window && event instanceof ErrorEvent) {
              const r = ReflectApply(e.value, self, [event.message, event.filename, event.lineno, event.colno, event.error]);
              if (r === true) event.preventDefault();
              return;
            }
            const r = ReflectApply(e.value, self, [event]);
            if (r === false) event.preventDefault();
          });
        }
        e.value = typeof v === "function" ? v : null;
        if (type === "message" && typeof this.start === "function") this.start();
      },
    });
  }

  // ---------------------------------------------------------------- nodes

  let mutationObservers = [];

  class Node extends DOMEventTarget {
    constructor(type, name, doc) {
      super();
      Object.defineProperty(this, "_type", { value: type });
      Object.defineProperty(this, "_name", { value: name });
      this._parent = null;
      this._children = [];
      this._doc = doc;
    }
    get nodeType() { return this._type; }
    get nodeName() { return this._name; }
    get parentNode() { return this._parent; }
    get parentElement() { return this._parent instanceof Element ? this._parent : null; }
    get childNodes() { return this._children.slice(); }
    get firstChild() { return this._children[0] || null; }
    get lastChild() { return this._children[this._children.length - 1] || null; }
    get ownerDocument() { return this._type === DOCUMENT_NODE ? null : this._doc; }
    get nextSibling() { return sibling(this, 1); }
    get previousSibling() { return sibling(this, -1); }
    get isConnected() { let n = this; while (n._parent) n = n._parent; return n === document; }
    hasChildNodes() { return this._children.length > 0; }
    contains(other) { for (let n = other; n; n = n._parent) if (n === this) return true; return false; }
    appendChild(child) { return insert(this, child, null); }
    insertBefore(child, ref) { return insert(this, child, ref === undefined ? null : ref); }
    removeChild(child) {
      if (!(child instanceof Node) || child._parent !== this) {
        throw new host.DOMException("Failed to execute 'removeChild' on 'Node': The node to be removed is not a child of this node.", "NotFoundError");
      }
      removeNode(child);
      return child;
    }
    replaceChild(child, old) {
      if (old._parent !== this) throw new host.DOMException("Failed to execute 'replaceChild' on 'Node': The node to be replaced is not a child of this node.", "NotFoundError");
      const next = old.nextSibling;
      removeNode(old);
      insert(this, child, next);
      return old;
    }
    get textContent() {
      if (this._type === TEXT_NODE || this._type === COMMENT_NODE) return this._data;
      if (this._type === DOCUMENT_NODE) return null;
      let s = "";
      for (const c of this._children) if (c._type !== COMMENT_NODE) s += c.textContent;
      return s;
    }
    set textContent(v) {
      if (this._type === TEXT_NODE || this._type === COMMENT_NODE) { setData(this, v); return; }
      replaceAll(this, v === null || v === "" ? [] : [this._doc.createTextNode(String(v))]);
    }
    get nodeValue() { return this._type === TEXT_NODE || this._type === COMMENT_NODE ? this._data : null; }
    set nodeValue(v) { if (this._type === TEXT_NODE || this._type === COMMENT_NODE) setData(this, v); }
    cloneNode(deep) {
      let copy;
      if (this._type === TEXT_NODE) copy = this._doc.createTextNode(this._data);
      else if (this._type === COMMENT_NODE) copy = this._doc.createComment(this._data);
      else if (this._type === DOCUMENT_FRAGMENT_NODE) copy = this._doc.createDocumentFragment();
      else {
        copy = this._doc.createElement(this._local);
        for (const [k, v] of this._attrs) copy._attrs.set(k, v);
      }
      if (deep) for (const c of this._children) copy.appendChild(c.cloneNode(true));
      return copy;
    }
    // ChildNode / ParentNode mixins.
    append(...nodes) { for (const n of toNodes(this, nodes)) insert(this, n, null); }
    prepend(...nodes) { const first = this.firstChild; for (const n of toNodes(this, nodes)) insert(this, n, first); }
    replaceChildren(...nodes) { replaceAll(this, toNodes(this, nodes)); }
    remove() { if (this._parent) removeNode(this); }
    before(...nodes) { if (this._parent) for (const n of toNodes(this, nodes)) insert(this._parent, n, this); }
    after(...nodes) { if (this._parent) { const next = this.nextSibling; for (const n of toNodes(this, nodes)) insert(this._parent, n, next); } }
    get children() { return this._children.filter((c) => c._type === ELEMENT_NODE); }
    get childElementCount() { return this.children.length; }
    get firstElementChild() { return this.children[0] || null; }
    get lastElementChild() { const c = this.children; return c[c.length - 1] || null; }
    querySelector(sel) { return querySelectorAll(this, sel)[0] || null; }
    querySelectorAll(sel) { return querySelectorAll(this, sel); }
    getElementsByTagName(tag) { return descendants(this).filter((e) => tag === "*" || e._local === String(tag).toLowerCase()); }
    getElementsByClassName(names) {
      const want = String(names).split(/\s+/).filter(Boolean);
      return descendants(this).filter((e) => want.every((c) => e.classList.contains(c)));
    }
  }

  function sibling(node, d) {
    const p = node._parent;
    if (!p) return null;
    return p._children[p._children.indexOf(node) + d] || null;
  }

  function toNodes(parent, nodes) {
    const doc = parent._doc || parent;
    return nodes.map((n) => (n instanceof Node ? n : doc.createTextNode(String(n))));
  }

  function descendants(root) {
    const out = [];
    const walk = (n) => { for (const c of n._children) { if (c._type === ELEMENT_NODE) out.push(c); walk(c); } };
    walk(root);
    return out;
  }

  function insert(parent, child, ref) {
    if (!(child instanceof Node)) {
      throw new TypeError("Failed to execute 'appendChild' on 'Node': parameter 1 is not of type 'Node'.");
    }
    if (child.contains(parent)) {
      throw new host.DOMException("Failed to execute 'appendChild' on 'Node': The new child element contains the parent.", "HierarchyRequestError");
    }
    if (ref !== null && ref._parent !== parent) {
      throw new host.DOMException("Failed to execute 'insertBefore' on 'Node': The node before which the new node is to be inserted is not a child of this node.", "NotFoundError");
    }
    const nodes = child._type === DOCUMENT_FRAGMENT_NODE ? child._children.slice() : [child];
    if (child._type === DOCUMENT_FRAGMENT_NODE) {
      for (const n of nodes) n._parent = null;
      child._children = [];
      queueMutation("childList", child, { removedNodes: nodes });
    }
    for (const n of nodes) {
      if (n._parent) removeNode(n);
      const i = ref === null ? parent._children.length : parent._children.indexOf(ref);
      const prev = parent._children[i - 1] || null;
      parent._children.splice(i, 0, n);
      n._parent = parent;
      queueMutation("childList", parent, { addedNodes: [n], previousSibling: prev, nextSibling: ref });
    }
    return child;
  }

  function removeNode(node) {
    const parent = node._parent;
    const i = parent._children.indexOf(node);
    const prev = parent._children[i - 1] || null, next = parent._children[i + 1] || null;
    parent._children.splice(i, 1);
    node._parent = null;
    queueMutation("childList", parent, { removedNodes: [node], previousSibling: prev, nextSibling: next });
  }

  function replaceAll(parent, nodes) {
    const removed = parent._children.slice();
    for (const n of removed) n._parent = null;
    parent._children = [];
    const added = [];
    for (const n of nodes) {
      if (n._type === DOCUMENT_FRAGMENT_NODE) { for (const c of n._children) added.push(c); n._children = []; }
      else { if (n._parent) removeNode(n); added.push(n); }
    }
    for (const n of added) { n._parent = parent; parent._children.push(n); }
    if (removed.length || added.length) queueMutation("childList", parent, { addedNodes: added, removedNodes: removed });
  }

  function setData(node, v) {
    const old = node._data;
    node._data = String(v);
    queueMutation("characterData", node, { oldValue: old });
  }

  class CharacterData extends Node {
    constructor(type, name, doc, data) { super(type, name, doc); this._data = String(data); }
    get data() { return this._data; }
    set data(v) { setData(this, v); }
    get length() { return this._data.length; }
    appendData(s) { setData(this, this._data + s); }
  }
  class Text extends CharacterData {
    constructor(data = "") { super(TEXT_NODE, "#text", document, data); }
    get wholeText() { return this._data; }
  }
  class Comment extends CharacterData {
    constructor(data = "") { super(COMMENT_NODE, "#comment", document, data); }
  }
  class DocumentFragment extends Node {
    constructor() { super(DOCUMENT_FRAGMENT_NODE, "#document-fragment", document); }
    getElementById(id) { return descendants(this).find((e) => e.id === id) || null; }
  }

  // ---------------------------------------------------------------- elements

  class DOMTokenList {
    constructor(el) { Object.defineProperty(this, "_el", { value: el }); }
    _list() { return (this._el.getAttribute("class") || "").split(/\s+/).filter(Boolean); }
    get length() { return this._list().length; }
    get value() { return this._el.getAttribute("class") || ""; }
    item(i) { return this._list()[i] || null; }
    contains(t) { return this._list().includes(String(t)); }
    add(...ts) { const l = this._list(); for (const t of ts) if (!l.includes(String(t))) l.push(String(t)); this._el.setAttribute("class", l.join(" ")); }
    remove(...ts) { const l = this._list().filter((c) => !ts.map(String).includes(c)); this._el.setAttribute("class", l.join(" ")); }
    toggle(t, force) {
      const has = this.contains(t);
      const want = force === undefined ? !has : !!force;
      if (want && !has) this.add(t);
      if (!want && has) this.remove(t);
      return want;
    }
    replace(a, b) { if (!this.contains(a)) return false; this._el.setAttribute("class", this._list().map((c) => (c === a ? b : c)).join(" ")); return true; }
    forEach(fn) { this._list().forEach(fn); }
    [Symbol.iterator]() { return this._list()[Symbol.iterator](); }
    toString() { return this.value; }
  }

  class Element extends Node {
    constructor(local, doc) {
      super(ELEMENT_NODE, local.toUpperCase(), doc);
      Object.defineProperty(this, "_local", { value: local });
      this._attrs = new Map();
      this._classList = new DOMTokenList(this);
      this._style = makeStyle(this);
      this._value = "";
      this._checked = false;
    }
    get tagName() { return this._name; }
    get localName() { return this._local; }
    get id() { return this.getAttribute("id") || ""; }
    set id(v) { this.setAttribute("id", v); }
    get className() { return this.getAttribute("class") || ""; }
    set className(v) { this.setAttribute("class", v); }
    get classList() { return this._classList; }
    get style() { return this._style; }
    get dataset() {
      const el = this;
      return new Proxy({}, {
        get: (_, k) => (typeof k === "string" ? el.getAttribute("data-" + k.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase())) ?? undefined : undefined),
        set: (_, k, v) => { el.setAttribute("data-" + String(k).replace(/[A-Z]/g, (c) => "-" + c.toLowerCase()), v); return true; },
      });
    }
    getAttribute(name) { const v = this._attrs.get(String(name).toLowerCase()); return v === undefined ? null : v; }
    hasAttribute(name) { return this._attrs.has(String(name).toLowerCase()); }
    getAttributeNames() { return [...this._attrs.keys()]; }
    setAttribute(name, value) {
      name = String(name).toLowerCase();
      if (!/^[^\s"'>/=]+$/.test(name)) throw new host.DOMException("Failed to execute 'setAttribute' on 'Element': '" + name + "' is not a valid attribute name.", "InvalidCharacterError");
      const old = this.getAttribute(name);
      this._attrs.set(name, String(value));
      queueMutation("attributes", this, { attributeName: name, oldValue: old });
    }
    removeAttribute(name) {
      name = String(name).toLowerCase();
      if (!this._attrs.has(name)) return;
      const old = this._attrs.get(name);
      this._attrs.delete(name);
      queueMutation("attributes", this, { attributeName: name, oldValue: old });
    }
    toggleAttribute(name, force) {
      const has = this.hasAttribute(name);
      const want = force === undefined ? !has : !!force;
      if (want && !has) this.setAttribute(name, "");
      if (!want && has) this.removeAttribute(name);
      return want;
    }
    get attributes() { return [...this._attrs].map(([name, value]) => ({ name, value })); }
    get innerHTML() { return this._children.map(serialize).join(""); }
    set innerHTML(html) { replaceAll(this, parseHTML(String(html), this._doc)); }
    get outerHTML() { return serialize(this); }
    get innerText() { return this.textContent; }
    set innerText(v) { this.textContent = v; }
    insertAdjacentHTML(pos, html) {
      const nodes = parseHTML(String(html), this._doc);
      const p = String(pos).toLowerCase();
      if (p === "beforeend") this.append(...nodes);
      else if (p === "afterbegin") this.prepend(...nodes);
      else if (p === "beforebegin") this.before(...nodes);
      else if (p === "afterend") this.after(...nodes);
    }
    matches(sel) { return matchesSelector(this, sel); }
    closest(sel) { for (let e = this; e instanceof Element; e = e._parent) if (matchesSelector(e, sel)) return e; return null; }
    click() { dispatch(this, new MouseEvent("click", { bubbles: true, cancelable: true, composed: true }), false); }
    focus() { focusElement(this); }
    blur() { if (document._active === this) focusElement(null); }
    getBoundingClientRect() { return { x: 0, y: 0, top: 0, left: 0, right: 100, bottom: 20, width: 100, height: 20 }; }
    get offsetWidth() { return 100; }
    get offsetHeight() { return 20; }
    scrollIntoView() {}
    animate() { host.notSimulated("Element.animate()"); }
    attachShadow() { host.notSimulated("Shadow DOM"); }
    // Form controls.
    get value() { return this._local === "input" || this._local === "textarea" || this._local === "select" ? this._value : this.getAttribute("value"); }
    set value(v) { if (this._local === "input" || this._local === "textarea" || this._local === "select") this._value = String(v); else this.setAttribute("value", v); }
    get checked() { return this._checked; }
    set checked(v) { this._checked = !!v; }
    get type() { return this.getAttribute("type") || (this._local === "button" ? "submit" : this._local === "input" ? "text" : ""); }
    set type(v) { this.setAttribute("type", v); }
    get form() { for (let e = this._parent; e; e = e._parent) if (e._local === "form") return e; return null; }
    submit() { /* form.submit() sends without a submit event */ }
    requestSubmit() { submitForm(this, null); }
    reset() {}
  }
  for (const name of ["name", "href", "src", "title", "placeholder", "alt", "rel", "target", "lang"]) {
    Object.defineProperty(Element.prototype, name, {
      configurable: true,
      get() { return this.getAttribute(name) || ""; },
      set(v) { this.setAttribute(name, v); },
    });
  }
  for (const name of ["disabled", "hidden", "required", "readOnly"]) {
    Object.defineProperty(Element.prototype, name, {
      configurable: true,
      get() { return this.hasAttribute(name); },
      set(v) { this.toggleAttribute(name, !!v); },
    });
  }

  function makeStyle(el) {
    const props = new Map();
    const write = () => {
      const text = [...props].map(([k, v]) => k + ": " + v + ";").join(" ");
      if (text) el._attrs.set("style", text); else el._attrs.delete("style");
    };
    const kebab = (k) => k.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
    return new Proxy({}, {
      get(_, k) {
        if (k === "setProperty") return (name, v) => { const old = el.getAttribute("style"); props.set(name, String(v)); write(); queueMutation("attributes", el, { attributeName: "style", oldValue: old }); };
        if (k === "getPropertyValue") return (name) => props.get(name) || "";
        if (k === "removeProperty") return (name) => { props.delete(name); write(); };
        if (k === "cssText") return el.getAttribute("style") || "";
        if (typeof k !== "string") return undefined;
        return props.get(kebab(k)) || "";
      },
      set(_, k, v) {
        const old = el.getAttribute("style");
        if (v === "" || v === null) props.delete(kebab(String(k)));
        else props.set(kebab(String(k)), String(v));
        write();
        queueMutation("attributes", el, { attributeName: "style", oldValue: old });
        return true;
      },
    });
  }

  // ---------------------------------------------------------------- HTML

  function escapeText(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;"); }
  function escapeAttr(s) { return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/\u00a0/g, "&nbsp;"); }

  function serialize(n) {
    if (n._type === TEXT_NODE) return escapeText(n._data);
    if (n._type === COMMENT_NODE) return "<!--" + n._data + "-->";
    let s = "<" + n._local;
    for (const [k, v] of n._attrs) s += " " + k + '="' + escapeAttr(v) + '"';
    s += ">";
    if (VOID.has(n._local)) return s;
    return s + n._children.map(serialize).join("") + "</" + n._local + ">";
  }

  const entities = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", copy: "\u00a9" };
  function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
      if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return entities[e.toLowerCase()] !== undefined ? entities[e.toLowerCase()] : m;
    });
  }

  // parseHTML parses a fragment: elements, attributes, text, comments,
  // void elements, entities. Unclosed elements close at the end.
  function parseHTML(html, doc) {
    const root = doc.createDocumentFragment();
    const stack = [root];
    const top = () => stack[stack.length - 1];
    let i = 0;
    const appendRaw = (parent, node) => { parent._children.push(node); node._parent = parent; };
    while (i < html.length) {
      if (html.startsWith("<!--", i)) {
        const end = html.indexOf("-->", i + 4);
        const data = html.slice(i + 4, end < 0 ? html.length : end);
        appendRaw(top(), doc.createComment(data));
        i = end < 0 ? html.length : end + 3;
      } else if (html[i] === "<" && /[a-zA-Z\/]/.test(html[i + 1] || "")) {
        const close = html[i + 1] === "/";
        const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/.exec(html.slice(i));
        if (!m) { appendRaw(top(), doc.createTextNode("<")); i++; continue; }
        const tag = m[1].toLowerCase();
        if (close) {
          for (let k = stack.length - 1; k > 0; k--) if (stack[k]._local === tag) { stack.length = k; break; }
        } else {
          const el = doc.createElement(tag);
          const re = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
          let a;
          while ((a = re.exec(m[2]))) {
            const v = a[2] !== undefined ? a[2] : a[3] !== undefined ? a[3] : a[4] !== undefined ? a[4] : "";
            el._attrs.set(a[1].toLowerCase(), decodeEntities(v));
          }
          appendRaw(top(), el);
          if (!VOID.has(tag) && !/\/\s*$/.test(m[2])) stack.push(el);
        }
        i += m[0].length;
      } else {
        let end = html.indexOf("<", i + 1);
        while (end >= 0 && !/[a-zA-Z\/!]/.test(html[end + 1] || "")) end = html.indexOf("<", end + 1);
        if (end < 0) end = html.length;
        appendRaw(top(), doc.createTextNode(decodeEntities(html.slice(i, end))));
        i = end;
      }
    }
    const nodes = root._children.slice();
    for (const n of nodes) n._parent = null;
    return nodes;
  }

  // ---------------------------------------------------------------- selectors

  // Compound selectors (tag, #id, .class, [attr], [attr=v], :first-child,
  // :last-child, :not(x)) joined by descendant and child combinators, in
  // comma lists.
  function parseCompound(s) {
    const parts = { tag: null, id: null, classes: [], attrs: [], pseudos: [] };
    const re = /^(\*|[a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]*)))?\s*\]|:([\w-]+)(?:\(([^)]*)\))?/g;
    let m, pos = 0;
    while ((m = re.exec(s)) && m.index === pos) {
      if (m[1]) parts.tag = m[1] === "*" ? null : m[1].toLowerCase();
      else if (m[2]) parts.id = m[2];
      else if (m[3]) parts.classes.push(m[3]);
      else if (m[4]) parts.attrs.push({ name: m[4].toLowerCase(), op: m[5], value: m[6] ?? m[7] ?? m[8] });
      else if (m[9]) {
        if (!["first-child", "last-child", "not", "nth-child", "checked"].includes(m[9])) {
          throw new host.DOMException("looplab's DOM does not simulate the :" + m[9] + " selector", "SyntaxError");
        }
        parts.pseudos.push({ name: m[9], arg: m[10] });
      }
      pos = re.lastIndex;
      if (pos >= s.length) break;
    }
    if (pos !== s.length) throw new host.DOMException("Failed to execute 'querySelectorAll' on 'Document': '" + s + "' is not a valid selector.", "SyntaxError");
    return parts;
  }

  function matchCompound(el, c) {
    if (c.tag && el._local !== c.tag) return false;
    if (c.id !== null && el.id !== c.id) return false;
    for (const k of c.classes) if (!el.classList.contains(k)) return false;
    for (const a of c.attrs) {
      const v = el.getAttribute(a.name);
      if (v === null) return false;
      if (a.op === "=" && v !== a.value) return false;
      if (a.op === "~=" && !v.split(/\s+/).includes(a.value)) return false;
      if (a.op === "^=" && !v.startsWith(a.value)) return false;
      if (a.op === "$=" && !v.endsWith(a.value)) return false;
      if (a.op === "*=" && !v.includes(a.value)) return false;
    }
    for (const p of c.pseudos) {
      const sibs = el._parent ? el._parent.children : [el];
      if (p.name === "first-child" && sibs[0] !== el) return false;
      if (p.name === "last-child" && sibs[sibs.length - 1] !== el) return false;
      if (p.name === "not" && matchesSelector(el, p.arg)) return false;
      if (p.name === "nth-child" && sibs.indexOf(el) + 1 !== Number(p.arg)) return false;
      if (p.name === "checked" && !el._checked) return false;
    }
    return true;
  }

  function parseComplex(sel) {
    const tokens = sel.trim().replace(/\s*>\s*/g, " > ").split(/\s+/);
    const out = [];
    let comb = " ";
    for (const t of tokens) {
      if (t === ">") { comb = ">"; continue; }
      out.push({ comb, compound: parseCompound(t) });
      comb = " ";
    }
    return out;
  }

  function matchComplex(el, parts, i) {
    if (!matchCompound(el, parts[i].compound)) return false;
    if (i === 0) return true;
    if (parts[i].comb === ">") return el._parent instanceof Element && matchComplex(el._parent, parts, i - 1);
    for (let a = el._parent; a instanceof Element; a = a._parent) if (matchComplex(a, parts, i - 1)) return true;
    return false;
  }

  function matchesSelector(el, sel) {
    return String(sel).split(",").some((s) => { const p = parseComplex(s); return matchComplex(el, p, p.length - 1); });
  }

  function querySelectorAll(root, sel) {
    const lists = String(sel).split(",").map(parseComplex);
    return descendants(root).filter((el) => lists.some((p) => matchComplex(el, p, p.length - 1)));
  }

  // ---------------------------------------------------------------- mutation observers

  class MutationRecord {
    constructor(type, target, o) {
      this.type = type;
      this.target = target;
      this.addedNodes = o.addedNodes || [];
      this.removedNodes = o.removedNodes || [];
      this.previousSibling = o.previousSibling || null;
      this.nextSibling = o.nextSibling || null;
      this.attributeName = o.attributeName || null;
      this.attributeNamespace = null;
      this.oldValue = o.oldValue === undefined ? null : o.oldValue;
    }
  }

  let mutationMicrotaskQueued = false;

  // queueMutation is "queue a mutation record": every interested observer
  // gets it, and one mutation observer microtask delivers them all.
  function queueMutation(type, target, o) {
    host.mutated();
    let interested = false;
    for (const obs of mutationObservers) {
      for (const reg of obs._targets) {
        const node = reg.node;
        const opts = reg.options;
        if (!(target === node || (opts.subtree && node.contains(target)))) continue;
        if (type === "attributes" && !opts.attributes) continue;
        if (type === "attributes" && opts.attributeFilter && !opts.attributeFilter.includes(o.attributeName)) continue;
        if (type === "characterData" && !opts.characterData) continue;
        if (type === "childList" && !opts.childList) continue;
        const keepOld = (type === "attributes" && opts.attributeOldValue) || (type === "characterData" && opts.characterDataOldValue);
        obs._records.push(new MutationRecord(type, target, keepOld ? o : Object.assign({}, o, { oldValue: null })));
        interested = true;
        break;
      }
    }
    if (interested && !mutationMicrotaskQueued) {
      mutationMicrotaskQueued = true;
      host.queueMutationObserverMicrotask(notifyMutationObservers);
    }
  }

  function notifyMutationObservers() {
    mutationMicrotaskQueued = false;
    for (const obs of mutationObservers.slice()) {
      const records = obs._records;
      obs._records = [];
      if (records.length === 0) continue;
      try {
        ReflectApply(obs._callback, obs, [records, obs]);
      } catch (e) {
        host.reportError(e);
      }
    }
  }

  class MutationObserver {
    constructor(callback) {
      if (typeof callback !== "function") throw new TypeError("Failed to construct 'MutationObserver': parameter 1 is not of type 'Function'.");
      this._callback = callback;
      this._records = [];
      this._targets = [];
    }
    observe(target, options = {}) {
      if (!(target instanceof Node)) throw new TypeError("Failed to execute 'observe' on 'MutationObserver': parameter 1 is not of type 'Node'.");
      const o = Object.assign({}, options);
      if (o.attributeOldValue || o.attributeFilter) o.attributes = o.attributes !== false;
      if (o.characterDataOldValue) o.characterData = o.characterData !== false;
      if (!o.childList && !o.attributes && !o.characterData) {
        throw new TypeError("Failed to execute 'observe' on 'MutationObserver': The options object must set at least one of 'attributes', 'characterData', or 'childList' to true.");
      }
      const existing = this._targets.find((r) => r.node === target);
      if (existing) existing.options = o;
      else this._targets.push({ node: target, options: o });
      if (!mutationObservers.includes(this)) mutationObservers.push(this);
    }
    disconnect() {
      this._targets = [];
      this._records = [];
      mutationObservers = mutationObservers.filter((m) => m !== this);
    }
    takeRecords() { const r = this._records; this._records = []; return r; }
  }

  // ---------------------------------------------------------------- document

  class Document extends Node {
    constructor() {
      super(DOCUMENT_NODE, "#document", null);
      this._doc = this;
      this._readyState = "loading";
      this._active = null;
    }
    createElement(tag) {
      tag = String(tag);
      if (!/^[a-zA-Z][\w.-]*$/.test(tag)) throw new host.DOMException("Failed to execute 'createElement' on 'Document': The tag name provided ('" + tag + "') is not a valid name.", "InvalidCharacterError");
      return new (elementClasses[tag.toLowerCase()] || HTMLElement)(tag.toLowerCase(), this);
    }
    createElementNS(ns, tag) { return this.createElement(tag); }
    createTextNode(data) { return makeText(String(data), this); }
    createComment(data) { return makeComment(String(data), this); }
    createDocumentFragment() { return initNode(Object.create(DocumentFragment.prototype), DOCUMENT_FRAGMENT_NODE, "#document-fragment", this); }
    createEvent() { return new Event(""); }
    get documentElement() { return this._children.find((c) => c._type === ELEMENT_NODE) || null; }
    get head() { const h = this.documentElement; return h ? h._children.find((c) => c._local === "head") || null : null; }
    get body() { const h = this.documentElement; return h ? h._children.find((c) => c._local === "body") || null : null; }
    get readyState() { return this._readyState; }
    get activeElement() { return this._active || this.body; }
    get defaultView() { return window; }
    get title() { const t = this.querySelector("title"); return t ? t.textContent : ""; }
    set title(v) { let t = this.querySelector("title"); if (!t) { t = this.createElement("title"); this.head.appendChild(t); } t.textContent = v; }
    get URL() { return host.location; }
    get location() { return window.location; }
    get cookie() { return ""; }
    set cookie(v) {}
    getElementById(id) { return descendants(this).find((e) => e.id === String(id)) || null; }
    hasFocus() { return true; }
    write() { host.notSimulated("document.write()"); }
  }

  // Text and comments are made without running their public constructors
  // (which need `document`, not yet made while the document is built).
  function initNode(n, type, name, doc) {
    Object.defineProperty(n, "_type", { value: type });
    Object.defineProperty(n, "_name", { value: name });
    n._parent = null;
    n._children = [];
    n._doc = doc;
    return n;
  }
  function makeText(data, doc) { const t = initNode(Object.create(Text.prototype), TEXT_NODE, "#text", doc); t._data = data; return t; }
  function makeComment(data, doc) { const t = initNode(Object.create(Comment.prototype), COMMENT_NODE, "#comment", doc); t._data = data; return t; }

  class HTMLElement extends Element {}
  const elementClasses = {};
  const classNames = {
    div: "HTMLDivElement", span: "HTMLSpanElement", p: "HTMLParagraphElement", button: "HTMLButtonElement",
    input: "HTMLInputElement", form: "HTMLFormElement", ul: "HTMLUListElement", ol: "HTMLOListElement", li: "HTMLLIElement",
    a: "HTMLAnchorElement", img: "HTMLImageElement", textarea: "HTMLTextAreaElement", select: "HTMLSelectElement",
    label: "HTMLLabelElement", h1: "HTMLHeadingElement", h2: "HTMLHeadingElement", h3: "HTMLHeadingElement",
    body: "HTMLBodyElement", head: "HTMLHeadElement", html: "HTMLHtmlElement", script: "HTMLScriptElement",
    canvas: "HTMLCanvasElement", table: "HTMLTableElement", section: "HTMLElement", main: "HTMLElement",
  };
  const ctorByName = { HTMLElement };
  for (const [tag, name] of Object.entries(classNames)) {
    if (!ctorByName[name]) {
      const C = { [name]: class extends HTMLElement {} }[name];
      ctorByName[name] = C;
    }
    elementClasses[tag] = ctorByName[name];
  }

  // The document of a page whose classic script is the last thing in body:
  // an HTMLDocument, as Chromium's is.
  class HTMLDocument extends Document {}
  const document = new HTMLDocument();
  const html = document.createElement("html");
  const head = document.createElement("head");
  const meta = document.createElement("meta");
  meta._attrs.set("charset", "utf-8");
  const title = document.createElement("title");
  title._children.push(makeText("looplab", document));
  title._children[0]._parent = title;
  for (const [p, c] of [[head, meta], [head, title], [html, head]]) { p._children.push(c); c._parent = p; }
  const body = document.createElement("body");
  const script = document.createElement("script");
  script._attrs.set("src", "main.js");
  body._children.push(script); script._parent = body;
  html._children.push(body); body._parent = html;
  document._children.push(html); html._parent = document;

  // ---------------------------------------------------------------- focus, activation, forms

  let trustedFocus = false;
  function focusElement(el, trusted) {
    trustedFocus = !!trusted;
    const old = document._active;
    if (old === el) return;
    document._active = el;
    if (old) {
      dispatch(old, new FocusEvent("blur", { relatedTarget: el }), trustedFocus, true);
      dispatch(old, new FocusEvent("focusout", { bubbles: true, relatedTarget: el }), trustedFocus, true);
    }
    if (el) {
      dispatch(el, new FocusEvent("focus", { relatedTarget: old }), trustedFocus, true);
      dispatch(el, new FocusEvent("focusin", { bubbles: true, relatedTarget: old }), trustedFocus, true);
    }
  }

  // activate runs a click's activation behavior: a submit button submits
  // its form; a checkbox toggles.
  function activate(target, event) {
    for (let el = target; el instanceof Element; el = el._parent) {
      if ((el._local === "button" && el.type === "submit") || (el._local === "input" && el.type === "submit")) {
        const form = el.form;
        if (form) submitForm(form, el, event.isTrusted);
        return;
      }
      if (el._local === "input" && (el.type === "checkbox" || el.type === "radio")) {
        el._checked = el.type === "radio" ? true : !el._checked;
        dispatch(el, new InputEvent("input", { bubbles: true }), event.isTrusted, true);
        dispatch(el, new Event("change", { bubbles: true }), event.isTrusted, true);
        return;
      }
    }
  }

  function submitForm(form, submitter, trusted) {
    const e = new SubmitEvent("submit", { bubbles: true, cancelable: true, submitter });
    const ok = dispatch(form, e, trusted, true);
    if (ok) host.notSimulated("submitting a form (navigation)", true);
  }

  // targets lists the elements with listeners, for the page's user input
  // buttons: a selector that finds each, a label, the events it listens to.
  function targets() {
    const out = [];
    for (const el of descendants(document)) {
      const map = listeners.get(el);
      if (!map) continue;
      const events = [...map.keys()].filter((t) => map.get(t).length > 0);
      if (events.length === 0) continue;
      let selector;
      if (el.id && /^[A-Za-z][\w-]*$/.test(el.id)) selector = "#" + el.id;
      else {
        const parts = [];
        for (let e = el; e instanceof Element && e._local !== "html"; e = e._parent) {
          if (e.id && /^[A-Za-z][\w-]*$/.test(e.id)) { parts.unshift("#" + e.id); break; }
          if (e._local === "body") { parts.unshift("body"); break; }
          parts.unshift(":nth-child(" + (e._parent.children.indexOf(e) + 1) + ")");
        }
        selector = parts.join(" > ");
      }
      const text = el.textContent.trim().slice(0, 30);
      const label = "<" + el._local + (el.id ? "#" + el.id : "") + ">" + (text ? " " + text : "");
      out.push({ selector, label, events });
    }
    return out;
  }

  // describe is how the console names a DOM object (CDP's description):
  // "div#id.class", "#text", "#document", "Window"; undefined otherwise.
  function describe(v, preview) {
    if (v === window && window !== null) {
      // Chromium's window lists these own properties first.
      return preview ? "Window {window: Window, self: Window, document: #document, name: '', location: Location, …}" : "Window";
    }
    if (!(v instanceof Node)) return undefined;
    switch (v._type) {
      case ELEMENT_NODE: {
        let s = v._local;
        if (v.id) s += "#" + v.id;
        for (const c of v.classList) s += "." + c;
        return s;
      }
      default:
        return v._name;
    }
  }

  return {
    describe,
    targets,
    document, Node, Element, HTMLElement, Text, Comment, DocumentFragment, Document, HTMLDocument, DOMTokenList,
    MutationObserver, MutationRecord, UIEvent, MouseEvent, PointerEvent, KeyboardEvent, FocusEvent,
    InputEvent, SubmitEvent, ErrorEvent, PromiseRejectionEvent, MessageEvent, EventTargetBase: DOMEventTarget,
    ctorByName, dispatch, defineHandler, focusElement, submitForm, descendants,
    setWindow(w) { window = w; },
  };
})
