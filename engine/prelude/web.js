// web.js: the web platform globals both runtimes share (Node 20 has them
// too): structuredClone, DOMException, EventTarget/Event, AbortController,
// TextEncoder/TextDecoder, atob/btoa, and fetch on the simulated network
// (host.request(api, url, method, headers, body, callback, done): done is
// called with {status, statusText, headers, body} or {error}).
//
// The file is one expression: a function of host returning the globals.
//   host.utf8Encode(string) -> array of bytes; host.utf8Decode(bytes) -> string
(function (host) {
  "use strict";

  const TypeError = globalThis.TypeError;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectKeys = Object.keys;
  const ArrayIsArray = Array.isArray;
  const MapCtor = Map;
  const MapGet = Map.prototype.get;
  const MapSet = Map.prototype.set;
  const ReflectApply = Reflect.apply;

  const Promise = host.Promise;
  const STATUS_TEXT = { 200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request", 404: "Not Found", 500: "Internal Server Error" };

  // ---------------------------------------------------------------- DOMException

  const codes = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };

  class DOMException extends Error {
    constructor(message = "", name = "Error") {
      super(String(message));
      ObjectDefineProperty(this, "name", { value: String(name), writable: true, enumerable: false, configurable: true });
    }
    get code() { return codes[this.name] || 0; }
  }

  // ---------------------------------------------------------------- structuredClone

  function cloneError(v) {
    return new DOMException(describe(v) + " could not be cloned.", "DataCloneError");
  }

  function describe(v) {
    if (typeof v === "function") return Function.prototype.toString.call(v);
    if (typeof v === "symbol") return v.toString();
    return Object.prototype.toString.call(v);
  }

  // structuredClone(value): the HTML structured clone algorithm for the types
  // snippets use: primitives, plain objects, arrays, Date, RegExp, Map, Set,
  // ArrayBuffer and typed arrays, Error types, boxed primitives; with shared
  // and circular references preserved. Functions, symbols, class prototypes
  // are dropped to plain data; functions and symbols throw DataCloneError.
  function structuredClone(value, options) {
    if (arguments.length === 0) throw new TypeError("The \"value\" argument must be specified");
    const memory = new MapCtor();
    const clone = (v) => {
      if (typeof v === "symbol") throw cloneError(v);
      if (typeof v === "function") throw cloneError(v);
      if (v === null || typeof v !== "object") return v;
      const seen = ReflectApply(MapGet, memory, [v]);
      if (seen !== undefined) return seen;
      let out;
      if (v instanceof Date) {
        out = new Date(v.getTime());
      } else if (v instanceof RegExp) {
        out = new RegExp(v.source, v.flags);
      } else if (v instanceof Boolean || v instanceof Number || v instanceof String) {
        out = Object(v.valueOf());
      } else if (v instanceof Error) {
        const name = ["EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"].includes(v.name) ? v.name : "Error";
        out = new globalThis[name](v.message);
        if (v.stack !== undefined) ObjectDefineProperty(out, "stack", { value: v.stack, writable: true, configurable: true });
        ReflectApply(MapSet, memory, [v, out]);
        if ("cause" in v) out.cause = clone(v.cause);
        return out;
      } else if (v instanceof ArrayBuffer) {
        out = v.slice(0);
      } else if (ArrayBuffer.isView(v)) {
        const C = ObjectGetPrototypeOf(v).constructor;
        const buf = clone(v.buffer);
        out = new C(buf, v.byteOffset, C === DataView ? v.byteLength : v.length);
      } else if (v instanceof Map) {
        out = new Map();
        ReflectApply(MapSet, memory, [v, out]);
        for (const [k, x] of v) out.set(clone(k), clone(x));
        return out;
      } else if (v instanceof Set) {
        out = new Set();
        ReflectApply(MapSet, memory, [v, out]);
        for (const x of v) out.add(clone(x));
        return out;
      } else if (v instanceof WeakMap || v instanceof WeakSet || v instanceof WeakRefLike || host.isPromise(v)) {
        throw cloneError(v);
      } else if (ArrayIsArray(v)) {
        out = new Array(v.length);
        ReflectApply(MapSet, memory, [v, out]);
        for (const k of ObjectKeys(v)) out[k] = clone(v[k]);
        return out;
      } else {
        out = {};
        ReflectApply(MapSet, memory, [v, out]);
        for (const k of ObjectKeys(v)) out[k] = clone(v[k]);
        return out;
      }
      ReflectApply(MapSet, memory, [v, out]);
      return out;
    };
    return clone(value);
  }
  const WeakRefLike = typeof WeakRef === "function" ? WeakRef : function WeakRefAbsent() {};

  // ---------------------------------------------------------------- Event, EventTarget, AbortController

  class Event {
    #type; #cancelable; #defaultPrevented = false; #stop = false; #immediate = false;
    constructor(type, init = {}) {
      if (arguments.length === 0) throw new TypeError("The \"type\" argument must be specified");
      this.#type = String(type);
      this.#cancelable = !!init.cancelable;
      ObjectDefineProperty(this, "bubbles", { value: !!init.bubbles, enumerable: true });
      ObjectDefineProperty(this, "target", { value: null, writable: true, enumerable: true });
      ObjectDefineProperty(this, "currentTarget", { value: null, writable: true, enumerable: true });
      ObjectDefineProperty(this, "eventPhase", { value: 0, writable: true, enumerable: true });
      ObjectDefineProperty(this, "isTrusted", { value: false, writable: true, enumerable: true });
      ObjectDefineProperty(this, "timeStamp", { value: host.now(), enumerable: true });
    }
    get type() { return this.#type; }
    get cancelable() { return this.#cancelable; }
    get defaultPrevented() { return this.#defaultPrevented; }
    preventDefault() { if (this.#cancelable) this.#defaultPrevented = true; }
    stopPropagation() { this.#stop = true; }
    stopImmediatePropagation() { this.#stop = true; this.#immediate = true; }
    get cancelBubble() { return this.#stop; }
    set cancelBubble(v) { if (v) this.#stop = true; }
    static propagationStopped(e) { return e.#stop; }
    static immediateStopped(e) { return e.#immediate; }
    static resetImmediate(e) { e.#immediate = false; }
  }
  const propagationStopped = Event.propagationStopped, immediateStopped = Event.immediateStopped;
  delete Event.propagationStopped;
  delete Event.immediateStopped;
  delete Event.resetImmediate;

  class CustomEvent extends Event {
    #detail;
    constructor(type, init = {}) {
      super(type, init);
      this.#detail = init.detail === undefined ? null : init.detail;
    }
    get detail() { return this.#detail; }
  }

  // EventTarget for objects that are not DOM nodes (AbortSignal, MessagePort
  // in the browser runtime reuses it). Listeners run synchronously, in order.
  const listenersOf = new WeakMap();
  class EventTarget {
    addEventListener(type, listener, options) {
      if (listener == null) return;
      let map = listenersOf.get(this);
      if (!map) listenersOf.set(this, (map = new Map()));
      let list = map.get(type);
      if (!list) map.set(type, (list = []));
      const capture = typeof options === "boolean" ? options : !!(options && options.capture);
      if (list.some((l) => l.listener === listener && l.capture === capture)) return;
      const once = !!(options && typeof options === "object" && options.once);
      list.push({ listener, capture, once, removed: false });
      const signal = options && typeof options === "object" ? options.signal : undefined;
      if (signal) signal.addEventListener("abort", () => this.removeEventListener(type, listener, options));
    }
    removeEventListener(type, listener, options) {
      const map = listenersOf.get(this);
      const list = map && map.get(type);
      if (!list) return;
      const capture = typeof options === "boolean" ? options : !!(options && options.capture);
      const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
      if (i >= 0) { list[i].removed = true; list.splice(i, 1); }
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) throw new TypeError("The \"event\" argument must be an instance of Event. Received " + typeof event);
      event.target = this;
      event.currentTarget = this;
      event.eventPhase = 2;
      const map = listenersOf.get(this);
      const list = map && map.get(event.type);
      if (list) {
        for (const l of list.slice()) {
          if (l.removed) continue;
          if (l.once) this.removeEventListener(event.type, l.listener, { capture: l.capture });
          const handler = typeof l.listener === "function" ? l.listener : l.listener.handleEvent;
          try {
            ReflectApply(handler, typeof l.listener === "function" ? this : l.listener, [event]);
          } catch (e) {
            host.reportError(e);
          }
          if (immediateStopped(event)) break;
        }
      }
      const on = this["on" + event.type];
      if (typeof on === "function") {
        try { ReflectApply(on, this, [event]); } catch (e) { host.reportError(e); }
      }
      event.currentTarget = null;
      event.eventPhase = 0;
      return !event.defaultPrevented;
    }
  }

  // The default reasons, as Node and Chromium word them.
  const ABORTED = host.node ? "This operation was aborted" : "signal is aborted without reason";
  const TIMED_OUT = host.node ? "The operation was aborted due to timeout" : "signal timed out";

  class AbortSignal extends EventTarget {
    #aborted = false; #reason = undefined;
    constructor(key) {
      super();
      if (key !== signalKey) throw new TypeError("Illegal constructor");
      this.onabort = null;
    }
    get aborted() { return this.#aborted; }
    get reason() { return this.#reason; }
    throwIfAborted() { if (this.#aborted) throw this.#reason; }
    static abort(reason) {
      const s = new AbortSignal(signalKey);
      s.#aborted = true;
      s.#reason = reason === undefined ? new DOMException(ABORTED, "AbortError") : reason;
      return s;
    }
    static timeout(ms) {
      const s = new AbortSignal(signalKey);
      host.setTimer(() => abortSignal(s, new DOMException(TIMED_OUT, "TimeoutError")), ms);
      return s;
    }
    static abortSignal(s, reason) {
      if (s.#aborted) return;
      s.#aborted = true;
      s.#reason = reason === undefined ? new DOMException(ABORTED, "AbortError") : reason;
      s.dispatchEvent(new Event("abort"));
    }
  }
  const signalKey = {};
  const abortSignal = AbortSignal.abortSignal;
  delete AbortSignal.abortSignal;

  class AbortController {
    #signal = new AbortSignal(signalKey);
    get signal() { return this.#signal; }
    abort(reason) { abortSignal(this.#signal, reason); }
  }

  // ---------------------------------------------------------------- text

  class TextEncoder {
    get encoding() { return "utf-8"; }
    encode(input = "") { return new Uint8Array(host.utf8Encode(String(input))); }
  }
  class TextDecoder {
    #encoding;
    constructor(label = "utf-8") {
      const l = String(label).toLowerCase();
      if (l !== "utf-8" && l !== "utf8") throw new RangeError("The \"" + label + "\" encoding is not supported");
      this.#encoding = "utf-8";
    }
    get encoding() { return this.#encoding; }
    decode(input) {
      if (input === undefined) return "";
      const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
      return host.utf8Decode(Array.from(bytes));
    }
  }

  function btoa(s) {
    s = String(s);
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 255) throw new DOMException("Invalid character", "InvalidCharacterError");
    }
    return host.base64Encode(s);
  }
  function atob(s) {
    const out = host.base64Decode(String(s));
    if (out === null) throw new DOMException("The string to be decoded is not correctly encoded.", "InvalidCharacterError");
    return out;
  }

  // ---------------------------------------------------------------- fetch

  class Headers {
    #map = new Map();
    constructor(init) {
      if (init) for (const k of Object.keys(init)) this.#map.set(k.toLowerCase(), String(init[k]));
    }
    get(k) { const v = this.#map.get(String(k).toLowerCase()); return v === undefined ? null : v; }
    has(k) { return this.#map.has(String(k).toLowerCase()); }
    set(k, v) { this.#map.set(String(k).toLowerCase(), String(v)); }
    forEach(fn) { for (const [k, v] of this.#map) fn(v, k, this); }
    *entries() { yield* this.#map.entries(); }
    [Symbol.iterator]() { return this.#map.entries(); }
  }

  class Response {
    #body; #used = false;
    constructor(body, init = {}) {
      this.#body = body === undefined || body === null ? "" : String(body);
      this.status = init.status === undefined ? 200 : init.status;
      this.statusText = init.statusText === undefined ? (STATUS_TEXT[this.status] || "") : init.statusText;
      this.ok = this.status >= 200 && this.status < 300;
      this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
      this.url = init.url || "";
      this.redirected = false;
      this.type = "basic";
    }
    get bodyUsed() { return this.#used; }
    #consume() {
      if (this.#used) return Promise.reject(new TypeError("Body is unusable: Body has already been read"));
      this.#used = true;
      return Promise.resolve(this.#body);
    }
    text() { return this.#consume(); }
    json() { return this.#consume().then((t) => JSON.parse(t)); }
    arrayBuffer() { return this.#consume().then((t) => new Uint8Array(host.utf8Encode(t)).buffer); }
    clone() { return new Response(this.#body, this); }
  }

  function fetch(input, init = {}) {
    const url = typeof input === "string" ? input : input && input.url ? input.url : String(input);
    return new Promise((resolve, reject) => {
      let parsed;
      try {
        parsed = checkURL(url);
      } catch (e) {
        return reject(e);
      }
      // An aborted signal rejects with its reason; the answer, when it
      // comes, is dropped.
      const signal = init.signal;
      let settled = false;
      if (signal) {
        if (signal.aborted) return reject(signal.reason);
        signal.addEventListener("abort", () => {
          if (!settled) {
            settled = true;
            reject(signal.reason);
          }
        }, { once: true });
      }
      host.request("fetch", parsed, (init.method || "GET").toUpperCase(), init.headers || {}, init.body === undefined ? "" : String(init.body), undefined, (r) => {
        if (settled) return;
        settled = true;
        if (r.error) {
          const err = new TypeError("fetch failed");
          const cause = new Error(r.error.message);
          cause.code = r.error.code;
          err.cause = cause;
          return reject(err);
        }
        resolve(new Response(r.body, { status: r.status, statusText: r.statusText, headers: r.headers, url }));
      });
    });
  }

  // PAGE_URL is the simulated page's address: a browser resolves a
  // relative URL against it; Node has none.
  const PAGE_URL = "http://localhost/";

  function checkURL(url) {
    if (!host.node && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      if (url.startsWith("//")) return "http:" + url;
      if (url.startsWith("/")) return PAGE_URL.slice(0, -1) + url;
      return PAGE_URL + url.replace(/^(\.\/)+/, "");
    }
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
      const err = new TypeError("Failed to parse URL from " + url);
      err.cause = new TypeError("Invalid URL");
      throw err;
    }
    return url;
  }

  return Object.freeze({
    fetch, Response, Headers,
    DOMException, structuredClone, Event, CustomEvent, EventTarget, AbortController, AbortSignal,
    TextEncoder, TextDecoder, atob, btoa,
  });
})
