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
        resolve(new Response(r.body, { status: r.status, statusText: r.statusText, headers: r.headers, url: parsed }));
      });
    });
  }

  // PAGE_URL is the simulated page's address: a browser resolves a
  // relative URL against it; Node has none.
  const PAGE_URL = "http://localhost/";

  function checkURL(url) {
    if (!host.node && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      const r = parseURL(url, parseURL(PAGE_URL, null));
      if (r) return serializeURL(r);
    }
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
      const err = new TypeError("Failed to parse URL from " + url);
      err.cause = new TypeError("Invalid URL");
      throw err;
    }
    return url;
  }

  // ---------------------------------------------------------------- URL

  // URL and URLSearchParams: the WHATWG URL Standard's parser for the URLs
  // snippets use (special schemes with an authority, opaque ones such as
  // mailto:, relative references against a base), without IDNA or IPv4
  // number forms. Node prints both with util.inspect's custom hook.
  const inspectCustom = Symbol.for("nodejs.util.inspect.custom");
  const SPECIAL = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443", "ftp:": "21", "file:": "" };

  function invalidURL(input) {
    const err = new TypeError(host.node ? "Invalid URL" : "Failed to construct 'URL': Invalid URL");
    if (host.node) {
      err.code = "ERR_INVALID_URL";
      err.input = input;
    }
    return err;
  }

  // percentEncode keeps ASCII outside the set and escapes the rest as UTF-8.
  function percentEncode(s, set) {
    let out = "";
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (c > 0x20 && c < 0x7f && !set.includes(ch)) out += ch;
      else for (const b of host.utf8Encode(ch)) out += "%" + (b < 16 ? "0" : "") + b.toString(16).toUpperCase();
    }
    return out;
  }
  const PATH_SET = '"#<>?`{}';
  const QUERY_SET = '"#<>';
  const SPECIAL_QUERY_SET = "\"#<>'";
  const FRAGMENT_SET = '"<>`';
  const USERINFO_SET = '"#<>?`{}/:;=@[\\]^|';

  // removeDotSegments resolves "." and ".." in a path of "/"-led segments.
  function removeDotSegments(segments) {
    const out = [];
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i], last = i === segments.length - 1;
      const dot = seg === "." || seg.toLowerCase() === "%2e";
      const dotdot = seg === ".." || /^(\.|%2e)(\.|%2e)$/i.test(seg);
      if (dotdot) {
        if (out.length) out.pop();
        if (last) out.push("");
      } else if (dot) {
        if (last) out.push("");
      } else {
        out.push(seg);
      }
    }
    return out;
  }

  // parseURL returns the URL record {protocol, username, password, hostname,
  // port, path (an array of segments, or a string when opaque), query, fragment}
  // (query and fragment null when absent), or null when input is not a URL.
  function parseURL(input, base) {
    input = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
    const r = { protocol: "", username: "", password: "", hostname: "", port: "", path: [], query: null, fragment: null };
    let rest = input;
    const hashAt = rest.indexOf("#");
    if (hashAt >= 0) {
      r.fragment = percentEncode(rest.slice(hashAt + 1), FRAGMENT_SET);
      rest = rest.slice(0, hashAt);
    }
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(rest);
    if (scheme) {
      r.protocol = scheme[1].toLowerCase() + ":";
      rest = rest.slice(scheme[0].length);
    } else {
      if (!base) return null;
      r.protocol = base.protocol;
    }
    const special = r.protocol in SPECIAL;
    if (special) rest = rest.replace(/\\/g, "/");
    const queryAt = rest.indexOf("?");
    let query = null;
    if (queryAt >= 0) {
      query = rest.slice(queryAt + 1);
      rest = rest.slice(0, queryAt);
    }
    if (query !== null) r.query = percentEncode(query, special ? SPECIAL_QUERY_SET : QUERY_SET);
    const relative = !scheme || (special && base && base.protocol === r.protocol && !rest.startsWith("/"));
    if (relative && base) {
      if (typeof base.path === "string") {
        if (scheme || rest !== "") return null;
        Object.assign(r, { path: base.path, query: query === null ? base.query : r.query });
        return r;
      }
      if (!rest.startsWith("//")) {
        r.username = base.username; r.password = base.password;
        r.hostname = base.hostname; r.port = base.port;
        let segments;
        if (rest === "") {
          segments = base.path.slice();
          if (query === null) r.query = base.query;
        } else if (rest.startsWith("/")) {
          segments = rest.slice(1).split("/");
        } else {
          segments = base.path.slice(0, -1).concat(rest.split("/"));
        }
        r.path = removeDotSegments(segments).map((seg) => percentEncode(seg, PATH_SET));
        return r;
      }
    }
    if (special || rest.startsWith("//")) {
      rest = r.protocol === "file:" ? rest.replace(/^\/\//, "") : special ? rest.replace(/^\/*/, "") : rest.slice(2);
      const end = rest.search(/\//);
      let authority = end < 0 ? rest : rest.slice(0, end);
      rest = end < 0 ? "" : rest.slice(end);
      const at = authority.lastIndexOf("@");
      if (at >= 0) {
        const userinfo = authority.slice(0, at);
        const colon = userinfo.indexOf(":");
        r.username = percentEncode(colon < 0 ? userinfo : userinfo.slice(0, colon), USERINFO_SET);
        r.password = colon < 0 ? "" : percentEncode(userinfo.slice(colon + 1), USERINFO_SET);
        authority = authority.slice(at + 1);
      }
      const port = /:(\d*)$/.exec(authority);
      if (port && !authority.endsWith("]") ) {
        authority = authority.slice(0, port.index);
        if (port[1] !== "") {
          const n = Number(port[1]);
          if (n > 65535) return null;
          r.port = String(n) === SPECIAL[r.protocol] ? "" : String(n);
        }
      } else if (/:[^\]]*$/.test(authority) && !authority.startsWith("[")) {
        return null;
      }
      let hostname = authority;
      if (special) {
        try { hostname = decodeURIComponent(hostname); } catch (e) { return null; }
        hostname = hostname.toLowerCase();
        if (/[\u0000\t\n\r #/:<>?@[\\\]^|%]/.test(hostname.replace(/^\[.*\]$/, "x"))) return null;
        if (hostname === "" && r.protocol !== "file:") return null;
      }
      r.hostname = hostname;
      r.path = rest === "" ? (special ? [""] : []) : removeDotSegments(rest.slice(1).split("/")).map((seg) => percentEncode(seg, PATH_SET));
      return r;
    }
    if (rest.startsWith("/")) {
      r.path = removeDotSegments(rest.slice(1).split("/")).map((seg) => percentEncode(seg, PATH_SET));
    } else {
      r.path = percentEncode(rest, ""); // opaque: mailto:a@b, data:...
    }
    return r;
  }

  function serializeHost(r) {
    return r.hostname + (r.port === "" ? "" : ":" + r.port);
  }
  function serializePath(r) {
    return typeof r.path === "string" ? r.path : r.path.map((seg) => "/" + seg).join("");
  }
  function serializeURL(r) {
    let out = r.protocol;
    if (typeof r.path !== "string" || r.hostname !== "") {
      if (r.protocol in SPECIAL || r.hostname !== "" || r.username !== "") {
        out += "//";
        if (r.username !== "" || r.password !== "") out += r.username + (r.password !== "" ? ":" + r.password : "") + "@";
        out += serializeHost(r);
      }
    }
    out += serializePath(r);
    if (r.query !== null) out += "?" + r.query;
    if (r.fragment !== null) out += "#" + r.fragment;
    return out;
  }

  // application/x-www-form-urlencoded, as URLSearchParams reads and writes it.
  function formDecode(s) {
    const bytes = [];
    const plus = s.replace(/\+/g, " ");
    for (let i = 0; i < plus.length; i++) {
      const ch = plus[i];
      if (ch === "%" && /^[0-9a-fA-F]{2}$/.test(plus.slice(i + 1, i + 3))) {
        bytes.push(parseInt(plus.slice(i + 1, i + 3), 16));
        i += 2;
      } else {
        for (const b of host.utf8Encode(ch)) bytes.push(b);
      }
    }
    return host.utf8Decode(bytes);
  }
  function formEncode(s) {
    let out = "";
    for (const ch of String(s)) {
      if (/^[A-Za-z0-9*\-._]$/.test(ch)) out += ch;
      else if (ch === " ") out += "+";
      else for (const b of host.utf8Encode(ch)) out += "%" + (b < 16 ? "0" : "") + b.toString(16).toUpperCase();
    }
    return out;
  }
  function formParse(s) {
    const list = [];
    for (const part of s.split("&")) {
      if (part === "") continue;
      const eq = part.indexOf("=");
      list.push(eq < 0 ? [formDecode(part), ""] : [formDecode(part.slice(0, eq)), formDecode(part.slice(eq + 1))]);
    }
    return list;
  }

  const paramsOf = new WeakMap(); // URLSearchParams -> {list, url}

  class URLSearchParams {
    constructor(init = "") {
      let list = [];
      if (init instanceof URLSearchParams) {
        list = paramsOf.get(init).list.map((p) => p.slice());
      } else if (init !== null && typeof init === "object" || typeof init === "function") {
        if (typeof init[Symbol.iterator] === "function") {
          for (const pair of init) {
            const p = [...pair];
            if (p.length !== 2) throw new TypeError(host.node ? "Each query pair must be an iterable [name, value] tuple" : "Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements");
            list.push([String(p[0]), String(p[1])]);
          }
        } else {
          for (const k of ObjectKeys(init)) list.push([k, String(init[k])]);
        }
      } else {
        const s = String(init);
        list = formParse(s.startsWith("?") ? s.slice(1) : s);
      }
      paramsOf.set(this, { list, url: null });
    }
    get size() { return paramsOf.get(this).list.length; }
    append(name, value) { const p = paramsOf.get(this); p.list.push([String(name), String(value)]); update(p); }
    delete(name, value) {
      const p = paramsOf.get(this);
      name = String(name);
      p.list = p.list.filter(([k, v]) => k !== name || (value !== undefined && v !== String(value)));
      update(p);
    }
    get(name) { const e = paramsOf.get(this).list.find(([k]) => k === String(name)); return e ? e[1] : null; }
    getAll(name) { return paramsOf.get(this).list.filter(([k]) => k === String(name)).map(([, v]) => v); }
    has(name, value) { return paramsOf.get(this).list.some(([k, v]) => k === String(name) && (value === undefined || v === String(value))); }
    set(name, value) {
      const p = paramsOf.get(this);
      name = String(name);
      const i = p.list.findIndex(([k]) => k === name);
      if (i < 0) p.list.push([name, String(value)]);
      else p.list = p.list.filter(([k], j) => k !== name || j === i).map((e, j) => (e[0] === name ? [name, String(value)] : e));
      update(p);
    }
    sort() {
      const p = paramsOf.get(this);
      p.list = p.list.map((e, i) => [e, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map(([e]) => e);
      update(p);
    }
    forEach(callback, thisArg) {
      if (typeof callback !== "function") throw new TypeError("The \"callback\" argument must be of type function");
      for (const [k, v] of paramsOf.get(this).list) ReflectApply(callback, thisArg, [v, k, this]);
    }
    *keys() { for (const [k] of paramsOf.get(this).list) yield k; }
    *values() { for (const [, v] of paramsOf.get(this).list) yield v; }
    *entries() { for (const [k, v] of paramsOf.get(this).list) yield [k, v]; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return paramsOf.get(this).list.map(([k, v]) => formEncode(k) + "=" + formEncode(v)).join("&"); }
    [inspectCustom](depth, options, inspect) {
      const inner = { ...options };
      if (depth !== null) inner.depth = depth - 1;
      const output = paramsOf.get(this).list.map(([k, v]) => inspect(k, inner) + " => " + inspect(v, inner));
      const length = output.reduce((n, s) => n + s.length + 2, -2);
      if (length > (options.breakLength === undefined ? 80 : options.breakLength)) return "URLSearchParams {\n  " + output.join(",\n  ") + " }";
      return output.length ? "URLSearchParams { " + output.join(", ") + " }" : "URLSearchParams {}";
    }
  }
  ObjectDefineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: "URLSearchParams", configurable: true });

  // update writes a URLSearchParams' list back into its URL's query.
  function update(p) {
    if (!p.url) return;
    const s = p.list.map(([k, v]) => formEncode(k) + "=" + formEncode(v)).join("&");
    urlOf.get(p.url).query = s === "" ? null : s;
  }

  const urlOf = new WeakMap(); // URL -> record
  function rec(url) {
    const r = urlOf.get(url);
    if (!r) throw new TypeError(host.node ? "Receiver must be an instance of class URL" : "Illegal invocation");
    return r;
  }

  class URL {
    #params;
    constructor(url, base) {
      if (arguments.length === 0) throw new TypeError(host.node ? 'The "url" argument must be specified' : "Failed to construct 'URL': 1 argument required, but only 0 present.");
      let b;
      if (base !== undefined) {
        b = parseURL(String(base), null);
        if (!b) throw invalidURL(String(base));
      }
      const r = parseURL(String(url), b);
      if (!r) throw invalidURL(String(url));
      urlOf.set(this, r);
      this.#params = new URLSearchParams(r.query || "");
      paramsOf.get(this.#params).url = this;
    }
    static canParse(url, base) {
      try { new URL(url, base); return true; } catch (e) { return false; }
    }
    get href() { return serializeURL(rec(this)); }
    set href(v) {
      const r = parseURL(String(v), null);
      if (!r) throw invalidURL(String(v));
      urlOf.set(this, r);
      paramsOf.get(this.#params).list = formParse(r.query || "");
    }
    get origin() {
      const r = rec(this);
      return r.protocol in SPECIAL && r.protocol !== "file:" ? r.protocol + "//" + serializeHost(r) : "null";
    }
    get protocol() { return rec(this).protocol; }
    set protocol(v) {
      const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):?/.exec(String(v));
      const r = rec(this);
      if (m && ((m[1].toLowerCase() + ":") in SPECIAL) === (r.protocol in SPECIAL)) {
        r.protocol = m[1].toLowerCase() + ":";
        if (r.port === SPECIAL[r.protocol]) r.port = "";
      }
    }
    get username() { return rec(this).username; }
    set username(v) { const r = rec(this); if (r.hostname !== "") r.username = percentEncode(String(v), USERINFO_SET); }
    get password() { return rec(this).password; }
    set password(v) { const r = rec(this); if (r.hostname !== "") r.password = percentEncode(String(v), USERINFO_SET); }
    get host() { return serializeHost(rec(this)); }
    set host(v) {
      const r = rec(this);
      const t = parseURL(r.protocol + "//" + String(v), null);
      if (t && typeof r.path !== "string") { r.hostname = t.hostname; if (/:\d/.test(String(v))) r.port = t.port; }
    }
    get hostname() { return rec(this).hostname; }
    set hostname(v) {
      const r = rec(this);
      const t = parseURL(r.protocol + "//" + String(v).replace(/:.*$/, ""), null);
      if (t && typeof r.path !== "string") r.hostname = t.hostname;
    }
    get port() { return rec(this).port; }
    set port(v) {
      const r = rec(this);
      const m = /^\d*/.exec(String(v))[0];
      if (String(v) === "") r.port = "";
      else if (m !== "" && Number(m) <= 65535) r.port = String(Number(m)) === SPECIAL[r.protocol] ? "" : String(Number(m));
    }
    get pathname() { return serializePath(rec(this)); }
    set pathname(v) {
      const r = rec(this);
      if (typeof r.path === "string") return;
      let s = String(v);
      if (r.protocol in SPECIAL) s = s.replace(/\\/g, "/");
      r.path = removeDotSegments((s.startsWith("/") ? s.slice(1) : s).split("/")).map((seg) => percentEncode(seg, PATH_SET));
    }
    get search() { const q = rec(this).query; return q === null || q === "" ? "" : "?" + q; }
    set search(v) {
      const r = rec(this);
      let s = String(v);
      if (s.startsWith("?")) s = s.slice(1);
      r.query = String(v) === "" ? null : percentEncode(s, r.protocol in SPECIAL ? SPECIAL_QUERY_SET : QUERY_SET);
      paramsOf.get(this.#params).list = formParse(s);
    }
    get searchParams() { return this.#params; }
    get hash() { const f = rec(this).fragment; return f === null || f === "" ? "" : "#" + f; }
    set hash(v) {
      const r = rec(this);
      let s = String(v);
      if (s.startsWith("#")) s = s.slice(1);
      r.fragment = String(v) === "" ? null : percentEncode(s, FRAGMENT_SET);
    }
    toString() { return this.href; }
    toJSON() { return this.href; }
    [inspectCustom](depth, options, inspect) {
      if (typeof depth === "number" && depth < 0) return this;
      const obj = Object.create({ constructor: URL });
      for (const k of ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "searchParams", "hash"]) obj[k] = this[k];
      return "URL " + inspect(obj, options);
    }
  }
  for (const k of ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "searchParams", "hash", "toString", "toJSON"]) {
    ObjectDefineProperty(URL.prototype, k, { enumerable: true });
  }
  ObjectDefineProperty(URL.prototype, Symbol.toStringTag, { value: "URL", configurable: true });

  return Object.freeze({
    fetch, Response, Headers,
    DOMException, structuredClone, Event, CustomEvent, EventTarget, AbortController, AbortSignal,
    TextEncoder, TextDecoder, atob, btoa, URL, URLSearchParams,
  });
})
