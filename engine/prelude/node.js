// node.js: the JavaScript side of looplab's Node.js runtime: the process
// object, require() and the modules a snippet can load. The loop, timers,
// nextTick, the file system, the thread pool and the network live in Go
// (engine/node*.go); this file gives them Node's JavaScript shape.
//
// The file is one expression: a function of (host, lib) returning
// { process, require, Buffer }.
//   host: Go primitives (nextTick, timers, fs, crypto, net, exit, hrtime...)
//   lib:  { EventEmitter, inspect, format, Promise }
(function (host, lib) {
  "use strict";

  const TypeError = globalThis.TypeError;
  const Error = globalThis.Error;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectFreeze = Object.freeze;
  const ReflectApply = Reflect.apply;
  const ArrayIsArray = Array.isArray;
  const ObjectKeys = Object.keys;
  const Promise = lib.Promise;
  const EventEmitter = lib.EventEmitter;

  function invalidArgType(name, expected, actual) {
    const err = new TypeError('The "' + name + '" argument must be ' + expected + ". Received " + host.describeArg(actual));
    err.code = "ERR_INVALID_ARG_TYPE";
    return err;
  }

  // ---------------------------------------------------------------- process

  function Process() {}
  Object.setPrototypeOf(Process.prototype, EventEmitter.prototype);
  ObjectDefineProperty(Process, "name", { value: "process" });
  const process = new Process();
  EventEmitter.init.call(process);

  let exitCode;
  ObjectDefineProperty(process, "exitCode", {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === "string" && code !== "" && Number.isInteger(+code)) value = +code;
        if (!Number.isInteger(value)) {
          throw invalidArgType("code", "of type number", code);
        }
      }
      exitCode = code;
    },
  });
  process.title = "node";
  process.version = "v20.20.2";
  process.versions = { node: "20.20.2", v8: "11.3.244.8-node.33", uv: "1.46.0", modules: "115" };
  process.arch = "x64";
  process.platform = "linux";
  process.release = { name: "node", lts: "Iron" };
  process.argv = ["/usr/local/bin/node", host.filename];
  process.execArgv = [];
  process.argv0 = "node";
  process.execPath = "/usr/local/bin/node";
  process.env = { NODE_ENV: "development", HOME: "/home/looplab", USER: "looplab", PATH: "/usr/local/bin:/usr/bin:/bin" };
  process.pid = 4242;
  process.ppid = 4241;
  process.exiting = false;
  process.cwd = function cwd() { return host.dirname; };
  process.chdir = function chdir() { throw new Error("process.chdir() is not supported in looplab"); };
  process.uptime = function uptime() { return host.uptime(); };
  process.hrtime = function hrtime(prev) {
    const t = host.hrtime();
    if (prev === undefined) return t;
    let s = t[0] - prev[0], ns = t[1] - prev[1];
    if (ns < 0) { s--; ns += 1e9; }
    return [s, ns];
  };
  process.hrtime.bigint = function bigint() { return host.hrtimeBigint(); };
  process.memoryUsage = function memoryUsage() {
    return { rss: 45678592, heapTotal: 6029312, heapUsed: 4873416, external: 420987, arrayBuffers: 17606 };
  };
  process.cpuUsage = function cpuUsage() { const us = Math.floor(host.uptime() * 1e6); return { user: us, system: 0 }; };
  process.nextTick = host.nextTick;
  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    host.exit();
  };
  process.abort = function abort() { host.exit(134); };
  process.emitWarning = function emitWarning(warning, type, code) {
    let name = "Warning", message = warning;
    if (typeof type === "string") name = type;
    else if (type && typeof type === "object" && typeof type.type === "string") name = type.type;
    if (warning instanceof Error) { name = warning.name; message = warning.message; }
    host.emitWarning(name, String(message), code);
  };
  process.stdout = {
    write(chunk, encoding, cb) { host.write(String(chunk), false); if (typeof cb === "function") process.nextTick(cb); return true; },
    isTTY: false, columns: 80, fd: 1,
  };
  process.stderr = {
    write(chunk, encoding, cb) { host.write(String(chunk), true); if (typeof cb === "function") process.nextTick(cb); return true; },
    isTTY: false, columns: 80, fd: 2,
  };
  process.stdin = { isTTY: false, fd: 0, on() { return this; }, resume() {}, pause() {} };
  process.features = {};
  process.config = { variables: {} };

  // ---------------------------------------------------------------- util

  function promisify(original) {
    if (typeof original !== "function") throw invalidArgType("original", "of type function", original);
    const custom = original[promisify.custom];
    if (typeof custom === "function") return custom;
    function fn(...args) {
      return new Promise((resolve, reject) => {
        ReflectApply(original, this, [...args, (err, ...values) => {
          if (err) return reject(err);
          resolve(values[0]);
        }]);
      });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    return fn;
  }
  promisify.custom = Symbol.for("nodejs.util.promisify.custom");

  function callbackify(original) {
    if (typeof original !== "function") throw invalidArgType("original", "of type function", original);
    return function callbackified(...args) {
      const cb = args.pop();
      if (typeof cb !== "function") throw invalidArgType("last argument", "of type function", cb);
      ReflectApply(original, this, args).then(
        (v) => process.nextTick(cb, null, v),
        (e) => process.nextTick(cb, e || new Error("Promise was rejected with a falsy value")));
    };
  }

  // isDeepEqual is Node's deep equality (util.isDeepStrictEqual, and
  // assert's deepEqual and deepStrictEqual): own enumerable properties,
  // array elements, Map and Set entries, Dates, RegExps, boxed values and
  // typed arrays compared by content; strict mode also compares prototypes
  // and uses Object.is, loose mode == for primitives.
  function isDeepEqual(a, b, strict, memo = []) {
    if (strict ? Object.is(a, b) : a == b || (a !== a && b !== b)) return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
      return !strict && (typeof a !== "object" || a === null) && (typeof b !== "object" || b === null) ? a == b : false;
    }
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const tag = Object.prototype.toString.call(a);
    if (tag !== Object.prototype.toString.call(b)) return false;
    if (ArrayIsArray(a) !== ArrayIsArray(b) || (ArrayIsArray(a) && a.length !== b.length)) return false;
    for (const [x, y] of memo) if (x === a && y === b) return true;
    memo = memo.concat([[a, b]]);
    if (a instanceof Date && a.getTime() !== b.getTime()) return false;
    if (a instanceof RegExp && (String(a) !== String(b) || a.lastIndex !== b.lastIndex)) return false;
    if (a instanceof Error && (a.message !== b.message || a.name !== b.name)) return false;
    if (ArrayBuffer.isView(a)) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i]) && !(!strict && a[i] == b[i])) return false;
    }
    for (const Box of [Number, String, Boolean]) {
      if (a instanceof Box && !Object.is(a.valueOf(), b.valueOf())) return false;
    }
    if (a instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [k, v] of a) {
        if (b.has(k)) {
          if (!isDeepEqual(v, b.get(k), strict, memo)) return false;
        } else if (!Array.from(b).some(([k2, v2]) => isDeepEqual(k, k2, strict, memo) && isDeepEqual(v, v2, strict, memo))) {
          return false;
        }
      }
    }
    if (a instanceof Set) {
      if (a.size !== b.size) return false;
      for (const v of a) {
        if (!b.has(v) && !Array.from(b).some((v2) => isDeepEqual(v, v2, strict, memo))) return false;
      }
    }
    const keys = ObjectKeys(a).filter((k) => !(ArrayBuffer.isView(a) && /^\d+$/.test(k)));
    const keysB = ObjectKeys(b).filter((k) => !(ArrayBuffer.isView(b) && /^\d+$/.test(k)));
    if (keys.length !== keysB.length) return false;
    for (const k of keys) {
      if (!Object.prototype.hasOwnProperty.call(b, k) || !Object.prototype.propertyIsEnumerable.call(b, k)) return false;
      if (!isDeepEqual(a[k], b[k], strict, memo)) return false;
    }
    if (strict) {
      const symA = Object.getOwnPropertySymbols(a).filter((k) => Object.prototype.propertyIsEnumerable.call(a, k));
      const symB = Object.getOwnPropertySymbols(b).filter((k) => Object.prototype.propertyIsEnumerable.call(b, k));
      if (symA.length !== symB.length) return false;
      for (const k of symA) if (!isDeepEqual(a[k], b[k], strict, memo)) return false;
    }
    return true;
  }

  const util = {
    inspect: lib.inspect,
    format: lib.format,
    formatWithOptions: lib.formatWithOptions,
    promisify,
    callbackify,
    isDeepStrictEqual: (a, b) => isDeepEqual(a, b, true),
    inherits(ctor, superCtor) {
      ObjectDefineProperty(ctor, "super_", { value: superCtor, writable: true, configurable: true });
      Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
    },
    types: {
      isPromise: (v) => lib.isPromise(v),
      isDate: (v) => v instanceof Date,
      isRegExp: (v) => v instanceof RegExp,
      isMap: (v) => v instanceof Map,
      isSet: (v) => v instanceof Set,
      isAsyncFunction: (v) => host.functionKind(v) === "async",
      isGeneratorFunction: (v) => host.functionKind(v) === "generator" || host.functionKind(v) === "asyncGenerator",
      isNativeError: (v) => v instanceof Error,
    },
    deprecate: (fn) => fn,
    debuglog: () => function debuglog() {},
    TextEncoder: globalThis.TextEncoder,
    TextDecoder: globalThis.TextDecoder,
  };
  util.inspect.custom = Symbol.for("nodejs.util.inspect.custom");

  // ---------------------------------------------------------------- path (POSIX)

  function normalizeString(path) {
    const parts = [];
    for (const p of path.split("/")) {
      if (p === "" || p === ".") continue;
      if (p === "..") { if (parts.length && parts[parts.length - 1] !== "..") parts.pop(); else if (!path.startsWith("/")) parts.push(".."); continue; }
      parts.push(p);
    }
    return parts.join("/");
  }
  const path = {
    sep: "/",
    delimiter: ":",
    normalize(p) {
      if (p === "") return ".";
      const abs = p.startsWith("/"), trail = p.endsWith("/");
      let s = normalizeString(p);
      if (s === "" && !abs) s = ".";
      if (s !== "" && trail) s += "/";
      return (abs ? "/" : "") + s;
    },
    join(...parts) {
      const joined = parts.filter((x) => { if (typeof x !== "string") throw invalidArgType("path", "of type string", x); return x !== ""; }).join("/");
      return joined === "" ? "." : path.normalize(joined);
    },
    resolve(...parts) {
      let resolved = "";
      for (let i = parts.length - 1; i >= -1 && !resolved.startsWith("/"); i--) {
        const p = i >= 0 ? parts[i] : host.dirname;
        if (typeof p !== "string") throw invalidArgType("paths[" + i + "]", "of type string", p);
        if (p === "") continue;
        resolved = p + "/" + resolved;
      }
      const s = "/" + normalizeString(resolved);
      return s;
    },
    isAbsolute: (p) => p.startsWith("/"),
    dirname(p) {
      if (p === "") return ".";
      const s = p.replace(/\/+$/, "");
      const i = s.lastIndexOf("/");
      if (i < 0) return ".";
      if (i === 0) return "/";
      return s.slice(0, i);
    },
    basename(p, ext) {
      let s = p.replace(/\/+$/, "");
      s = s.slice(s.lastIndexOf("/") + 1);
      if (ext && s.endsWith(ext) && s !== ext) s = s.slice(0, -ext.length);
      return s;
    },
    extname(p) {
      const b = path.basename(p);
      const i = b.lastIndexOf(".");
      return i <= 0 ? "" : b.slice(i);
    },
    relative(from, to) {
      const f = path.resolve(from).split("/").filter(Boolean), t = path.resolve(to).split("/").filter(Boolean);
      let i = 0;
      while (i < f.length && i < t.length && f[i] === t[i]) i++;
      return [...Array(f.length - i).fill(".."), ...t.slice(i)].join("/");
    },
    parse(p) {
      const base = path.basename(p), ext = path.extname(p);
      return { root: p.startsWith("/") ? "/" : "", dir: path.dirname(p), base, ext, name: ext ? base.slice(0, -ext.length) : base };
    },
    format(o) { const dir = o.dir || o.root || ""; const base = o.base || (o.name || "") + (o.ext || ""); return dir ? (dir.endsWith("/") ? dir + base : dir + "/" + base) : base; },
  };
  path.posix = path;

  // ---------------------------------------------------------------- timers

  const timers = {
    setTimeout: host.setTimeout,
    clearTimeout: host.clearTimeout,
    setInterval: host.setInterval,
    clearInterval: host.clearInterval,
    setImmediate: host.setImmediate,
    clearImmediate: host.clearImmediate,
  };

  function abortError() {
    const err = new Error("The operation was aborted");
    err.name = "AbortError";
    err.code = "ABORT_ERR";
    return err;
  }

  const timersPromises = {
    setTimeout(delay, value, options) {
      return new Promise((resolve, reject) => {
        const signal = options && options.signal;
        if (signal && signal.aborted) return reject(abortError());
        const t = host.setTimeout(resolve, delay, value);
        if (options && options.ref === false) t.unref();
        if (signal) signal.addEventListener("abort", () => { host.clearTimeout(t); reject(abortError()); }, { once: true });
      });
    },
    setImmediate(value, options) {
      return new Promise((resolve, reject) => {
        const signal = options && options.signal;
        if (signal && signal.aborted) return reject(abortError());
        const im = host.setImmediate(resolve, value);
        if (signal) signal.addEventListener("abort", () => { host.clearImmediate(im); reject(abortError()); }, { once: true });
      });
    },
    setInterval(delay, value) {
      // An async iterator yielding value every delay ms.
      let pending = [], waiting = null, done = false;
      const t = host.setInterval(() => {
        if (waiting) { const w = waiting; waiting = null; w({ value, done: false }); } else pending.push(value);
      }, delay);
      return {
        [Symbol.asyncIterator]() { return this; },
        next() {
          if (done) return Promise.resolve({ value: undefined, done: true });
          if (pending.length) return Promise.resolve({ value: pending.shift(), done: false });
          return new Promise((resolve) => { waiting = resolve; });
        },
        return() { done = true; host.clearInterval(t); if (waiting) { waiting({ value: undefined, done: true }); waiting = null; } return Promise.resolve({ value: undefined, done: true }); },
      };
    },
    scheduler: {
      wait: (delay, options) => timersPromises.setTimeout(delay, undefined, options),
      yield: () => timersPromises.setImmediate(),
    },
  };
  timers.promises = timersPromises;
  // util.promisify(setTimeout) and util.promisify(setImmediate) are the
  // timers/promises functions, as in Node.
  Object.defineProperty(host.setTimeout, promisify.custom, { value: timersPromises.setTimeout, configurable: true });
  Object.defineProperty(host.setImmediate, promisify.custom, { value: timersPromises.setImmediate, configurable: true });

  // ---------------------------------------------------------------- MessageChannel

  // MessageChannel and MessagePort as Node has them globally: a message
  // travels through libuv (host.portMessage) and is delivered in the poll
  // phase, once the receiving port is started (onmessage, a 'message'
  // listener, or start()). Listeners added with on() get the value;
  // onmessage and addEventListener get a MessageEvent.
  class MessageEvent {
    constructor(type, init = {}) {
      this.type = String(type);
      this.data = init.data;
      this.origin = "";
      this.lastEventId = "";
      this.source = null;
      this.ports = [];
    }
  }
  const portKey = {};
  class MessagePort extends EventEmitter {
    #other = null; #started = false; #closed = false; #inbox = []; #onmessage = null; #targets = [];
    constructor(key) {
      if (key !== portKey) throw new TypeError("Illegal constructor");
      super();
      this.on("newListener", (name) => { if (name === "message") this.start(); });
    }
    static pair() {
      const a = new MessagePort(portKey), b = new MessagePort(portKey);
      a.#other = b;
      b.#other = a;
      return [a, b];
    }
    postMessage(value) {
      const other = this.#other;
      if (!other || this.#closed) return;
      other.#inbox.push(globalThis.structuredClone(value));
      other.#wake();
    }
    #wake() {
      if (!this.#started || this.#inbox.length === 0) return;
      host.portMessage("port.onmessage", () => {
        if (this.#closed || this.#inbox.length === 0) return;
        this.#deliver(this.#inbox.shift());
      });
    }
    #deliver(data) {
      const event = new MessageEvent("message", { data });
      for (const t of this.#targets.slice()) ReflectApply(t, this, [event]);
      this.emit("message", data);
    }
    get onmessage() { return this.#onmessage; }
    set onmessage(fn) {
      if (this.#onmessage) this.removeEventListener("message", this.#onmessage);
      this.#onmessage = typeof fn === "function" ? fn : null;
      if (this.#onmessage) this.addEventListener("message", this.#onmessage);
    }
    addEventListener(type, fn) {
      if (type !== "message" || typeof fn !== "function") return;
      this.#targets.push(fn);
      this.start();
    }
    removeEventListener(type, fn) {
      const i = this.#targets.indexOf(fn);
      if (i >= 0) this.#targets.splice(i, 1);
    }
    start() {
      if (this.#started) return;
      this.#started = true;
      for (let i = 0; i < this.#inbox.length; i++) this.#wake();
    }
    close() {
      for (const port of [this, this.#other]) {
        if (port && !port.#closed) {
          port.#closed = true;
          port.#inbox = [];
          host.setImmediate(() => port.emit("close"));
        }
      }
    }
    ref() { return this; }
    unref() { return this; }
  }
  class MessageChannel {
    constructor() {
      const [port1, port2] = MessagePort.pair();
      ObjectDefineProperty(this, "port1", { value: port1, enumerable: true });
      ObjectDefineProperty(this, "port2", { value: port2, enumerable: true });
    }
  }

  // ---------------------------------------------------------------- require

  // url: the WHATWG classes (web.js) and the file: helpers; the legacy
  // url.parse is not simulated.
  const url = () => ({
    URL: globalThis.URL,
    URLSearchParams: globalThis.URLSearchParams,
    fileURLToPath(u) {
      const parsed = typeof u === "string" ? new globalThis.URL(u) : u;
      if (parsed.protocol !== "file:") {
        const err = new TypeError("The URL must be of scheme file");
        err.code = "ERR_INVALID_URL_SCHEME";
        throw err;
      }
      return decodeURIComponent(parsed.pathname);
    },
    pathToFileURL: (p) => new globalThis.URL("file://" + encodeURI(path.resolve(String(p)))),
  });

  // querystring: parse and stringify as Node's module does (repeated keys
  // become arrays; the parsed object has a null prototype).
  const querystring = () => {
    const escape = (str) => encodeURIComponent(str);
    const unescape = (str) => { try { return decodeURIComponent(str); } catch (e) { return str; } };
    const primitive = (v) => (typeof v === "string" ? v : typeof v === "number" && isFinite(v) ? String(v) : typeof v === "bigint" || typeof v === "boolean" ? String(v) : "");
    function stringify(obj, sep = "&", eq = "=") {
      if (obj === null || typeof obj !== "object") return "";
      const out = [];
      for (const k of ObjectKeys(obj)) {
        const v = obj[k];
        for (const x of ArrayIsArray(v) ? v : [v]) out.push(escape(primitive(k)) + eq + escape(primitive(x)));
      }
      return out.join(sep);
    }
    function parse(str, sep = "&", eq = "=") {
      const obj = Object.create(null);
      if (typeof str !== "string" || str === "") return obj;
      for (const part of str.split(sep)) {
        if (part === "") continue;
        const i = part.indexOf(eq);
        const k = unescape((i < 0 ? part : part.slice(0, i)).replace(/\+/g, " "));
        const v = i < 0 ? "" : unescape(part.slice(i + eq.length).replace(/\+/g, " "));
        if (k in obj) obj[k] = ArrayIsArray(obj[k]) ? obj[k].concat([v]) : [obj[k], v];
        else obj[k] = v;
      }
      return obj;
    }
    return { stringify, parse, escape, unescape, encode: stringify, decode: parse };
  };

  const modules = {
    url,
    querystring,
    events: () => EventEmitter,
    util: () => util,
    path: () => path,
    timers: () => timers,
    "timers/promises": () => timersPromises,
    process: () => process,
  };
  // Modules implemented elsewhere register themselves here (fs, crypto,
  // http, ...): register(name, factory).
  const cache = {};

  function require(id) {
    if (typeof id !== "string") throw invalidArgType("id", "of type string", id);
    if (id === "") {
      const err = new TypeError("The argument 'id' must be a non-empty string. Received ''");
      err.code = "ERR_INVALID_ARG_VALUE";
      throw err;
    }
    const name = id.startsWith("node:") ? id.slice(5) : id;
    if (cache[name] !== undefined) return cache[name];
    const factory = modules[name];
    if (factory === undefined) {
      const err = new Error("Cannot find module '" + id + "'\nRequire stack:\n- " + host.filename);
      err.code = "MODULE_NOT_FOUND";
      err.requireStack = [host.filename];
      throw err;
    }
    return (cache[name] = factory());
  }
  require.resolve = (id) => {
    const name = id.startsWith("node:") ? id.slice(5) : id;
    if (modules[name] !== undefined) return id.startsWith("node:") ? id : name;
    return require(id);
  };
  require.cache = ObjectFreeze({});
  require.main = undefined;

  function register(name, factory) {
    modules[name] = factory;
  }

  return ObjectFreeze({ process, require, register, util, path, timers, invalidArgType, abortError, isDeepEqual, MessageChannel, MessagePort, MessageEvent });
})
