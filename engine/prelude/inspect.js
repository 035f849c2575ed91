// inspect.js: console formatting for looplab, run inside goja.
//
// The file is one expression: a function that takes the engine's host object
// and returns { inspect, format, formatWithOptions, formatChrome }.
//
//   inspect(value, options)          Node 20's util.inspect.
//   format(...args)                  Node 20's util.format; console.log prints
//                                    format(...args).
//   formatWithOptions(opts, ...args) Node 20's util.formatWithOptions.
//   formatChrome(args)               the one-line text Chromium's DevTools
//                                    console shows for console.log(...args).
//
// Host hooks (each optional; checked with typeof on every call):
//   host.promiseState(v)   undefined, ['pending'], ['fulfilled', value] or
//                          ['rejected', reason]
//   host.functionInfo(fn)  undefined or { kind, name, source, extendsName };
//                          kind is 'function', 'arrow', 'method', 'async',
//                          'generator', 'asyncGenerator' or 'class'
//   host.errorStack(e, s)  the stack of e in style s ('node' or 'chrome'),
//                          or undefined
//   host.describeNode(v)   DevTools' text for a DOM node, or undefined
//   host.proxyTarget(v)    the target of a Proxy (null once revoked), or
//                          undefined when v is not a Proxy; without it a
//                          Proxy is formatted through its traps
//   host.proxyHandler(v)   the handler of a Proxy (only for showProxy)
//
// Node's rules come from lib/internal/util/inspect.js and were checked
// against node v20 (see testdata/inspect/record.js). The code is written
// anew: user code shares this interpreter and may replace any built-in, so
// every built-in used below is captured once, at load time ("primordials"),
// and nothing here relies on a prototype method looked up later. Array
// spread, for-of over arrays and String.prototype.split/replace are avoided
// for the same reason: they consult overridable Symbol methods.
(function (host) {
  'use strict';

  // ---------------------------------------------------------------------
  // Primordials.
  // ---------------------------------------------------------------------
  const uncurryThis = Function.prototype.bind.bind(Function.prototype.call);
  const ReflectApply = Reflect.apply;
  const ReflectOwnKeys = Reflect.ownKeys;
  const ObjectKeys = Object.keys;
  const ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
  const ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectIs = Object.is;
  const ObjectPrototype = Object.prototype;
  const ObjectPrototypeHasOwnProperty = uncurryThis(ObjectPrototype.hasOwnProperty);
  const ObjectPrototypePropertyIsEnumerable = uncurryThis(ObjectPrototype.propertyIsEnumerable);
  const ObjectPrototypeToString = uncurryThis(ObjectPrototype.toString);
  const FunctionPrototypeToString = uncurryThis(Function.prototype.toString);
  const ArrayIsArray = Array.isArray;
  const ArrayPrototypePush = uncurryThis(Array.prototype.push);
  const ArrayPrototypePop = uncurryThis(Array.prototype.pop);
  const ArrayPrototypeJoin = uncurryThis(Array.prototype.join);
  const ArrayPrototypeIncludes = uncurryThis(Array.prototype.includes);
  const ArrayPrototypeIndexOf = uncurryThis(Array.prototype.indexOf);
  const ArrayPrototypeSplice = uncurryThis(Array.prototype.splice);
  const ArrayPrototypeUnshift = uncurryThis(Array.prototype.unshift);
  const ArrayPrototypeSort = uncurryThis(Array.prototype.sort);
  const ArrayPrototypeSlice = uncurryThis(Array.prototype.slice);
  const StringCtor = String;
  const StringPrototypeSlice = uncurryThis(String.prototype.slice);
  const StringPrototypeCharCodeAt = uncurryThis(String.prototype.charCodeAt);
  const StringPrototypeCodePointAt = uncurryThis(String.prototype.codePointAt);
  const StringPrototypeIndexOf = uncurryThis(String.prototype.indexOf);
  const StringPrototypeIncludes = uncurryThis(String.prototype.includes);
  const StringPrototypeStartsWith = uncurryThis(String.prototype.startsWith);
  const StringPrototypeEndsWith = uncurryThis(String.prototype.endsWith);
  const StringPrototypeRepeat = uncurryThis(String.prototype.repeat);
  const StringPrototypePadStart = uncurryThis(String.prototype.padStart);
  const StringPrototypePadEnd = uncurryThis(String.prototype.padEnd);
  const StringPrototypeTrim = uncurryThis(String.prototype.trim);
  const StringPrototypeToUpperCase = uncurryThis(String.prototype.toUpperCase);
  const StringPrototypeNormalize = uncurryThis(String.prototype.normalize);
  const StringPrototypeValueOf = uncurryThis(String.prototype.valueOf);
  const NumberPrototypeToString = uncurryThis(Number.prototype.toString);
  const NumberPrototypeValueOf = uncurryThis(Number.prototype.valueOf);
  const BooleanPrototypeValueOf = uncurryThis(Boolean.prototype.valueOf);
  const SymbolPrototypeToString = uncurryThis(Symbol.prototype.toString);
  const SymbolPrototypeValueOf = uncurryThis(Symbol.prototype.valueOf);
  const BigIntPrototypeValueOf = typeof BigInt === 'function' ?
    uncurryThis(BigInt.prototype.valueOf) : undefined;
  const NumberCtor = Number;
  const NumberIsNaN = Number.isNaN;
  const NumberIsFinite = Number.isFinite;
  const NumberParseInt = Number.parseInt;
  const NumberParseFloat = Number.parseFloat;
  const MathMin = Math.min;
  const MathMax = Math.max;
  const MathSqrt = Math.sqrt;
  const MathRound = Math.round;
  const MathFloor = Math.floor;
  const MathTrunc = Math.trunc;
  const JSONStringify = JSON.stringify;
  const DatePrototypeGetTime = uncurryThis(Date.prototype.getTime);
  const DatePrototypeToISOString = uncurryThis(Date.prototype.toISOString);
  const DatePrototypeToString = uncurryThis(Date.prototype.toString);
  const RegExpPrototype = RegExp.prototype;
  const RangeErrorCtor = RangeError;
  const ErrorCtor = Error;
  const ErrorPrototypeToString = uncurryThis(Error.prototype.toString);
  const MapCtor = Map;
  const MapPrototypeGet = uncurryThis(Map.prototype.get);
  const MapPrototypeSet = uncurryThis(Map.prototype.set);
  const MapPrototypeEntries = uncurryThis(Map.prototype.entries);
  const SetCtor = Set;
  const SetPrototypeHas = uncurryThis(Set.prototype.has);
  const SetPrototypeAdd = uncurryThis(Set.prototype.add);
  const SetPrototypeValues = uncurryThis(Set.prototype.values);
  const WeakMapPrototypeHas = uncurryThis(WeakMap.prototype.has);
  const WeakSetPrototypeHas = uncurryThis(WeakSet.prototype.has);
  const Uint8ArrayCtor = Uint8Array;
  const SymbolIterator = Symbol.iterator;
  const SymbolToStringTag = Symbol.toStringTag;
  const SymbolToPrimitive = Symbol.toPrimitive;
  const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  function getterOf(proto, name) {
    const desc = proto && ObjectGetOwnPropertyDescriptor(proto, name);
    return desc && typeof desc.get === 'function' ? uncurryThis(desc.get) : undefined;
  }
  const MapPrototypeGetSize = getterOf(Map.prototype, 'size');
  const SetPrototypeGetSize = getterOf(Set.prototype, 'size');
  const RegExpPrototypeGetSource = getterOf(RegExp.prototype, 'source');
  const RegExpFlagGetters = [['d', 'hasIndices'], ['g', 'global'], ['i', 'ignoreCase'],
    ['m', 'multiline'], ['s', 'dotAll'], ['u', 'unicode'], ['v', 'unicodeSets'],
    ['y', 'sticky']];
  for (let i = 0; i < RegExpFlagGetters.length; i++) {
    RegExpFlagGetters[i][1] = getterOf(RegExp.prototype, RegExpFlagGetters[i][1]);
  }
  const TypedArrayPrototype = ObjectGetPrototypeOf(Uint8Array.prototype);
  const TypedArrayPrototypeGetToStringTag = getterOf(TypedArrayPrototype, SymbolToStringTag);
  const TypedArrayPrototypeGetLength = getterOf(TypedArrayPrototype, 'length');
  const TypedArrayPrototypeGetByteLength = getterOf(TypedArrayPrototype, 'byteLength');
  const TypedArrayPrototypeGetByteOffset = getterOf(TypedArrayPrototype, 'byteOffset');
  const TypedArrayPrototypeGetBuffer = getterOf(TypedArrayPrototype, 'buffer');
  const ArrayBufferPrototypeGetByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
  const SharedArrayBufferPrototypeGetByteLength = typeof SharedArrayBuffer === 'function' ?
    getterOf(SharedArrayBuffer.prototype, 'byteLength') : undefined;
  const DataViewPrototypeGetByteLength = getterOf(DataView.prototype, 'byteLength');
  const DataViewPrototypeGetByteOffset = getterOf(DataView.prototype, 'byteOffset');
  const DataViewPrototypeGetBuffer = getterOf(DataView.prototype, 'buffer');
  const MapIteratorNext = uncurryThis(ObjectGetPrototypeOf(new MapCtor().entries()).next);
  const SetIteratorNext = uncurryThis(ObjectGetPrototypeOf(new SetCtor().values()).next);

  // Prototypes of the special function kinds. Evaluating the syntax through
  // the Function constructor would fail on runtimes without it, so each is
  // guarded.
  function protoOfSyntax(src) {
    try {
      return ObjectGetPrototypeOf((0, eval)(src));
    } catch {
      return undefined;
    }
  }
  const AsyncFunctionPrototype = protoOfSyntax('(async function () {})');
  const GeneratorFunctionPrototype = protoOfSyntax('(function* () {})');
  const AsyncGeneratorFunctionPrototype = protoOfSyntax('(async function* () {})');

  // Names of the built-in constructors: an object whose toString comes from
  // one of these prototypes counts as having a built-in toString for %s.
  const builtInObjects = new SetCtor();
  const builtInNames = ['Object', 'Function', 'Array', 'Number', 'Boolean',
    'String', 'Symbol', 'BigInt', 'Date', 'Promise', 'RegExp', 'Error',
    'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
    'SyntaxError', 'TypeError', 'URIError', 'ArrayBuffer', 'SharedArrayBuffer',
    'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
    'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
    'BigInt64Array', 'BigUint64Array', 'Map', 'Set', 'WeakMap', 'WeakSet',
    'WeakRef', 'FinalizationRegistry', 'Proxy', 'Reflect', 'Math', 'JSON',
    'Atomics', 'Intl', 'WebAssembly', 'Iterator'];
  for (let i = 0; i < builtInNames.length; i++) {
    SetPrototypeAdd(builtInObjects, builtInNames[i]);
  }

  // ---------------------------------------------------------------------
  // Host hooks.
  // ---------------------------------------------------------------------
  function hostHook(name) {
    const fn = host != null ? host[name] : undefined;
    return typeof fn === 'function' ? fn : undefined;
  }

  function promiseStateOf(value) {
    const fn = hostHook('promiseState');
    if (fn === undefined) return undefined;
    const state = ReflectApply(fn, host, [value]);
    return ArrayIsArray(state) ? state : undefined;
  }

  function functionInfoOf(fn) {
    const hook = hostHook('functionInfo');
    if (hook === undefined) return undefined;
    const info = ReflectApply(hook, host, [fn]);
    return info !== null && typeof info === 'object' ? info : undefined;
  }

  // proxyTargetOf returns undefined when value is not a Proxy (or the host
  // cannot tell), null for a revoked Proxy, else the target.
  function proxyTargetOf(value) {
    const hook = hostHook('proxyTarget');
    if (hook === undefined) return undefined;
    const target = ReflectApply(hook, host, [value]);
    if (target === null) return null;
    return typeof target === 'object' || typeof target === 'function' ? target : undefined;
  }

  function hostErrorStack(err, style) {
    const hook = hostHook('errorStack');
    if (hook === undefined) return undefined;
    const s = ReflectApply(hook, host, [err, style]);
    return typeof s === 'string' ? s : undefined;
  }

  // hostDescribeNode(value, preview): the host's text for a DOM object;
  // preview asks for the top-level console form (a Window previews its
  // properties), otherwise the short description.
  function hostDescribeNode(value, preview) {
    const hook = hostHook('describeNode');
    if (hook === undefined) return undefined;
    const s = ReflectApply(hook, host, [value, !!preview]);
    return typeof s === 'string' ? s : undefined;
  }

  // ---------------------------------------------------------------------
  // Type checks. Each uses a built-in that throws on the wrong receiver, so
  // neither a forged Symbol.toStringTag nor a changed prototype fools it.
  // ---------------------------------------------------------------------
  function throwsOn(fn, value) {
    if (fn === undefined) return true;
    try {
      fn(value);
      return false;
    } catch {
      return true;
    }
  }
  const isDate = (v) => !throwsOn(DatePrototypeGetTime, v);
  const isMap = (v) => !throwsOn(MapPrototypeGetSize, v);
  const isSet = (v) => !throwsOn(SetPrototypeGetSize, v);
  const isRegExp = (v) => v !== RegExpPrototype && !throwsOn(RegExpPrototypeGetSource, v);
  const isArrayBuffer = (v) => !throwsOn(ArrayBufferPrototypeGetByteLength, v);
  const isSharedArrayBuffer = (v) => !throwsOn(SharedArrayBufferPrototypeGetByteLength, v);
  function arrayBufferByteLength(v) {
    return isArrayBuffer(v) ? ArrayBufferPrototypeGetByteLength(v) :
      SharedArrayBufferPrototypeGetByteLength(v);
  }
  const isDataView = (v) => !throwsOn(DataViewPrototypeGetByteLength, v);
  const isNumberObject = (v) => !throwsOn(NumberPrototypeValueOf, v);
  const isStringObject = (v) => !throwsOn(StringPrototypeValueOf, v);
  const isBooleanObject = (v) => !throwsOn(BooleanPrototypeValueOf, v);
  const isBigIntObject = (v) => !throwsOn(BigIntPrototypeValueOf, v);
  const isSymbolObject = (v) => !throwsOn(SymbolPrototypeValueOf, v);
  const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) ||
    isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
  function isWeakMap(v) {
    try {
      WeakMapPrototypeHas(v, ObjectPrototype);
      return true;
    } catch {
      return false;
    }
  }
  function isWeakSet(v) {
    try {
      WeakSetPrototypeHas(v, ObjectPrototype);
      return true;
    } catch {
      return false;
    }
  }
  function typedArrayName(v) {
    try {
      return TypedArrayPrototypeGetToStringTag(v);
    } catch {
      return undefined;
    }
  }
  const isTypedArray = (v) => typedArrayName(v) !== undefined;
  function isError(v) {
    try {
      if (ObjectPrototypeToString(v) === '[object Error]') return true;
      return v instanceof ErrorCtor;
    } catch {
      return false;
    }
  }
  function isArgumentsObject(v) {
    try {
      return ObjectPrototypeToString(v) === '[object Arguments]' &&
        v[SymbolToStringTag] === undefined;
    } catch {
      return false;
    }
  }
  function isBuffer(v) {
    return typedArrayName(v) === 'Uint8Array' && constructorNameOf(v) === 'Buffer';
  }

  // functionKind classifies fn as 'class', 'async', 'generator',
  // 'asyncGenerator' or 'function' (which covers arrows and methods).
  function functionKind(fn, info) {
    if (info !== undefined && typeof info.kind === 'string') {
      const k = info.kind;
      if (k === 'class' || k === 'async' || k === 'generator' || k === 'asyncGenerator') {
        return k;
      }
      return 'function';
    }
    if (looksLikeClass(fn)) return 'class';
    const proto = ObjectGetPrototypeOf(fn);
    if (proto !== null && proto !== undefined) {
      if (proto === AsyncFunctionPrototype) return 'async';
      if (proto === GeneratorFunctionPrototype) return 'generator';
      if (proto === AsyncGeneratorFunctionPrototype) return 'asyncGenerator';
    }
    return 'function';
  }

  function functionSource(fn, info) {
    if (info !== undefined && typeof info.source === 'string') return info.source;
    try {
      return FunctionPrototypeToString(fn);
    } catch {
      return 'function () { [native code] }';
    }
  }

  // A class's source text starts with the keyword and then a space, a
  // comment or the body; a method named `class` continues with `(`.
  function looksLikeClass(fn) {
    const src = functionSource(fn, undefined);
    if (!StringPrototypeStartsWith(src, 'class') ||
        StringPrototypeCharCodeAt(src, src.length - 1) !== 125 /* } */) {
      return false;
    }
    const c = StringPrototypeCharCodeAt(src, 5);
    return c === 32 || c === 9 || c === 10 || c === 13 || c === 123 /* { */ || c === 47 /* / */;
  }

  // ---------------------------------------------------------------------
  // Small string helpers (no regular expressions, no split/replace).
  // ---------------------------------------------------------------------
  function isIdentifierKey(key) {
    if (key.length === 0) return false;
    for (let i = 0; i < key.length; i++) {
      const c = StringPrototypeCharCodeAt(key, i);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
      if (!letter && (i === 0 || c < 48 || c > 57)) return false;
    }
    return true;
  }

  // isDigits reports whether key is a canonical non-negative integer.
  function isDigits(key) {
    if (key.length === 0 || (key.length > 1 && StringPrototypeCharCodeAt(key, 0) === 48)) {
      return false;
    }
    for (let i = 0; i < key.length; i++) {
      const c = StringPrototypeCharCodeAt(key, i);
      if (c < 48 || c > 57) return false;
    }
    return true;
  }

  function isArrayIndexKey(key) {
    return typeof key === 'string' && isDigits(key) && +key < 4294967295;
  }

  function replaceAllNewlines(str, replacement) {
    let out = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      if (StringPrototypeCharCodeAt(str, i) === 10) {
        out += StringPrototypeSlice(str, last, i) + replacement;
        last = i + 1;
      }
    }
    return last === 0 ? str : out + StringPrototypeSlice(str, last);
  }

  // splitKeepingNewlines splits after every "\n", keeping it on its line.
  function splitKeepingNewlines(str) {
    const lines = [];
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      if (StringPrototypeCharCodeAt(str, i) === 10) {
        ArrayPrototypePush(lines, StringPrototypeSlice(str, last, i + 1));
        last = i + 1;
      }
    }
    if (last < str.length || lines.length === 0) {
      ArrayPrototypePush(lines, StringPrototypeSlice(str, last));
    }
    return lines;
  }

  function splitLines(str) {
    const lines = [];
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      if (StringPrototypeCharCodeAt(str, i) === 10) {
        ArrayPrototypePush(lines, StringPrototypeSlice(str, last, i));
        last = i + 1;
      }
    }
    ArrayPrototypePush(lines, StringPrototypeSlice(str, last));
    return lines;
  }

  function hex(n, width) {
    return StringPrototypePadStart(NumberPrototypeToString(n, 16), width, '0');
  }

  function errorMessageOf(err) {
    try {
      if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
        const m = err.message;
        if (typeof m === 'string') return m;
      }
      return StringCtor(err);
    } catch {
      return 'unknown error';
    }
  }

  // ---------------------------------------------------------------------
  // Node: string escaping.
  // ---------------------------------------------------------------------

  // escapes[c] is Node's escape for UTF-16 unit c, or '' when c is printed
  // as itself (the quote, 39, is handled by the caller).
  const escapes = [];
  for (let c = 0; c < 0xa0; c++) {
    let e = '';
    if (c < 0x20) {
      if (c === 8) e = '\\b';
      else if (c === 9) e = '\\t';
      else if (c === 10) e = '\\n';
      else if (c === 12) e = '\\f';
      else if (c === 13) e = '\\r';
      else e = '\\x' + StringPrototypeToUpperCase(hex(c, 2));
    } else if (c === 39) {
      e = "\\'";
    } else if (c === 92) {
      e = '\\\\';
    } else if (c >= 0x7f) {
      e = '\\x' + StringPrototypeToUpperCase(hex(c, 2));
    }
    ArrayPrototypePush(escapes, e);
  }

  // escapeString escapes control characters, C1 controls, lone surrogates,
  // the backslash and (when quote is 39) the single quote.
  function escapeString(str, quote) {
    let result = '';
    let last = 0;
    for (let i = 0; i < str.length; i++) {
      const c = StringPrototypeCharCodeAt(str, i);
      if (c === quote || c === 92 || c < 32 || (c > 126 && c < 160)) {
        result += StringPrototypeSlice(str, last, i) + escapes[c];
        last = i + 1;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < str.length) {
          const next = StringPrototypeCharCodeAt(str, i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            i++;
            continue;
          }
        }
        result += StringPrototypeSlice(str, last, i) + '\\u' + NumberPrototypeToString(c, 16);
        last = i + 1;
      }
    }
    return last === 0 ? str : result + StringPrototypeSlice(str, last);
  }

  // strEscape quotes str the way Node does: single quotes, unless the text
  // holds a single quote and no double quote (then double quotes), or holds
  // both but no backtick or "${" (then backticks).
  function strEscape(str) {
    let quote = 39;
    if (StringPrototypeIncludes(str, "'")) {
      if (!StringPrototypeIncludes(str, '"')) {
        quote = -1;
      } else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) {
        quote = -2;
      }
    }
    const body = escapeString(str, quote);
    if (quote === -1) return '"' + body + '"';
    if (quote === -2) return '`' + body + '`';
    return "'" + body + "'";
  }

  // escapeKey escapes like strEscape with single quotes but adds no quotes
  // (used for symbol keys and non-enumerable keys).
  function escapeKey(str) {
    return escapeString(str, 39);
  }

  // ---------------------------------------------------------------------
  // Node: string width (used to align grouped array columns).
  // ---------------------------------------------------------------------
  function isFullWidthCodePoint(code) {
    return code >= 0x1100 && (
      code <= 0x115f ||
      code === 0x2329 || code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x1f300 && code <= 0x1f64f) ||
      (code >= 0x20000 && code <= 0x3fffd));
  }

  function isZeroWidthCodePoint(code) {
    return code <= 0x1f ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0x300 && code <= 0x36f) ||
      (code >= 0x200b && code <= 0x200f) ||
      (code >= 0x20d0 && code <= 0x20ff) ||
      (code >= 0xfe00 && code <= 0xfe0f) ||
      (code >= 0xfe20 && code <= 0xfe2f) ||
      (code >= 0xe0100 && code <= 0xe01ef);
  }

  function getStringWidth(str) {
    let width = 0;
    for (let i = 0; i < str.length; i++) {
      const c = StringPrototypeCharCodeAt(str, i);
      if (c >= 127) {
        let rest = StringPrototypeSlice(str, i);
        try {
          rest = StringPrototypeNormalize(rest, 'NFC');
        } catch {
          // Keep the text as it is.
        }
        for (let j = 0; j < rest.length; j++) {
          const code = StringPrototypeCodePointAt(rest, j);
          if (code > 0xffff) j++;
          if (isFullWidthCodePoint(code)) width += 2;
          else if (!isZeroWidthCodePoint(code)) width++;
        }
        return width;
      }
      if (c >= 32) width++;
    }
    return width;
  }

  // ---------------------------------------------------------------------
  // Node: options and entry points.
  // ---------------------------------------------------------------------
  const optionNames = ['showHidden', 'depth', 'colors', 'customInspect',
    'showProxy', 'maxArrayLength', 'maxStringLength', 'breakLength', 'compact',
    'sorted', 'getters', 'numericSeparator'];

  const kObjectType = 0;
  const kArrayType = 1;
  const kArrayExtrasType = 2;

  function stylizeNoColor(str) {
    return str;
  }

  function newContext() {
    return {
      __proto__: null,
      budget: { __proto__: null },
      indentationLvl: 0,
      seen: [],
      currentDepth: 0,
      stylize: stylizeNoColor,
      showHidden: false,
      depth: 2,
      colors: false,
      customInspect: true,
      showProxy: false,
      maxArrayLength: 100,
      maxStringLength: 10000,
      breakLength: 80,
      compact: 3,
      sorted: false,
      getters: false,
      numericSeparator: false,
      userOptions: undefined,
      circular: undefined,
    };
  }

  // inspect is util.inspect(value, options). Colors are not supported: the
  // console this serves is plain text.
  function inspect(value, opts) {
    const ctx = newContext();
    if (arguments.length > 1) {
      if (arguments.length > 2) {
        if (arguments[2] !== undefined) ctx.depth = arguments[2];
      }
      if (typeof opts === 'boolean') {
        ctx.showHidden = opts;
      } else if (opts !== null && typeof opts === 'object') {
        try {
          const keys = ObjectKeys(opts);
          for (let i = 0; i < keys.length; i++) {
            const key = keys[i];
            if (ArrayPrototypeIncludes(optionNames, key)) {
              ctx[key] = opts[key];
            } else if (key === 'stylize') {
              if (typeof opts.stylize === 'function') ctx.stylize = opts.stylize;
            } else if (ctx.userOptions === undefined) {
              ctx.userOptions = opts;
            }
          }
        } catch {
          // Unreadable options: keep the defaults.
        }
      }
    }
    ctx.colors = false;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    try {
      return formatValue(ctx, value, 0);
    } catch (err) {
      return '[Inspection failed: ' + errorMessageOf(err) + ']';
    }
  }
  inspect.custom = customInspectSymbol;

  // getUserOptions is the options object a custom inspect function receives.
  function getUserOptions(ctx) {
    const ret = {
      stylize: ctx.stylize,
      showHidden: ctx.showHidden,
      depth: ctx.depth,
      colors: ctx.colors,
      customInspect: ctx.customInspect,
      showProxy: ctx.showProxy,
      maxArrayLength: ctx.maxArrayLength,
      maxStringLength: ctx.maxStringLength,
      breakLength: ctx.breakLength,
      compact: ctx.compact,
      sorted: ctx.sorted,
      getters: ctx.getters,
      numericSeparator: ctx.numericSeparator,
    };
    if (ctx.userOptions !== undefined) copyOwnEnumerable(ret, ctx.userOptions);
    return ret;
  }

  // copyOwnEnumerable copies from's own enumerable string keys onto to by
  // definition, so setters on a tampered Object.prototype never run.
  function copyOwnEnumerable(to, from) {
    const keys = ObjectKeys(from);
    for (let i = 0; i < keys.length; i++) {
      ObjectDefineProperty(to, keys[i], {
        __proto__: null,
        value: from[keys[i]],
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
  }

  // ---------------------------------------------------------------------
  // Node: values.
  // ---------------------------------------------------------------------
  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
      return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');

    // A hostile value (a throwing Proxy trap, getter or custom inspector)
    // must not abort the whole output: undo the bookkeeping and print what
    // went wrong in place of the value.
    const indentationLvl = ctx.indentationLvl;
    const seenLength = ctx.seen.length;
    try {
      return formatObjectValue(ctx, value, recurseTimes, typedArray);
    } catch (err) {
      ctx.indentationLvl = indentationLvl;
      ctx.seen.length = seenLength;
      if (isStackOverflow(err)) {
        return ctx.stylize('[Object: Inspection interrupted prematurely. ' +
          'Maximum call stack size exceeded.]', 'special');
      }
      return ctx.stylize('<Inspection threw (' + errorMessageOf(err) + ')>', 'special');
    }
  }

  function isStackOverflow(err) {
    try {
      return err instanceof RangeErrorCtor &&
        StringPrototypeIncludes(err.message, 'call stack');
    } catch {
      return false;
    }
  }

  function formatObjectValue(ctx, value, recurseTimes, typedArray) {
    const context = value;
    const target = proxyTargetOf(value);
    if (target !== undefined) {
      if (target === null) return ctx.stylize('<Revoked Proxy>', 'special');
      if (ctx.showProxy) return formatProxy(ctx, value, target, recurseTimes);
      value = target;
    }

    if (ctx.customInspect) {
      const maybeCustom = value[customInspectSymbol];
      if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
          !isPrototypeObject(value)) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const ret = ReflectApply(maybeCustom, context, [depth, getUserOptions(ctx), inspect]);
        if (ret !== context) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return replaceAllNewlines(ret, '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl));
        }
      }
      if (isBuffer(value)) return formatBuffer(ctx, value);
    }

    if (ArrayPrototypeIncludes(ctx.seen, value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new MapCtor();
        MapPrototypeSet(ctx.circular, value, index);
      } else {
        index = MapPrototypeGet(ctx.circular, value);
        if (index === undefined) {
          index = MapPrototypeGetSize(ctx.circular) + 1;
          MapPrototypeSet(ctx.circular, value, index);
        }
      }
      return ctx.stylize('[Circular *' + index + ']', 'special');
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  // isPrototypeObject reports whether value is the prototype of its own
  // constructor (custom inspectors are not called on prototypes).
  function isPrototypeObject(value) {
    const desc = ObjectGetOwnPropertyDescriptor(value, 'constructor');
    if (desc === undefined || !ObjectPrototypeHasOwnProperty(desc, 'value')) return false;
    const ctor = desc.value;
    return (typeof ctor === 'function' || (typeof ctor === 'object' && ctor !== null)) &&
      ctor.prototype === value;
  }

  function formatProxy(ctx, proxy, target, recurseTimes) {
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      return ctx.stylize('Proxy [Array]', 'special');
    }
    recurseTimes += 1;
    ctx.indentationLvl += 2;
    let handler = null;
    const hook = hostHook('proxyHandler');
    if (hook !== undefined) handler = ReflectApply(hook, host, [proxy]);
    const res = [formatValue(ctx, target, recurseTimes), formatValue(ctx, handler, recurseTimes)];
    ctx.indentationLvl -= 2;
    return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
  }

  // constructorNameOf is the name of the first constructor on value's
  // prototype chain that value is an instance of, or null.
  function constructorNameOf(value) {
    let obj = value;
    while (obj !== null && obj !== undefined) {
      const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && ObjectPrototypeHasOwnProperty(desc, 'value') &&
          typeof desc.value === 'function') {
        const name = desc.value.name;
        if (name !== '' && isInstanceof(value, desc.value)) return StringCtor(name);
      }
      obj = ObjectGetPrototypeOf(obj);
    }
    return null;
  }

  function isInstanceof(object, ctor) {
    try {
      return object instanceof ctor;
    } catch {
      return false;
    }
  }

  // internalConstructorName stands in for V8's class name of an object whose
  // prototype chain names no constructor.
  function internalConstructorName(value) {
    const tag = value[SymbolToStringTag];
    if (typeof tag === 'string') return tag;
    if (typeof value === 'function') return 'Function';
    if (ArrayIsArray(value)) return 'Array';
    if (isError(value)) return 'Error';
    return 'Object';
  }

  function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    let firstProto;
    const tmp = obj;
    while (obj !== null && obj !== undefined) {
      const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && ObjectPrototypeHasOwnProperty(desc, 'value') &&
          typeof desc.value === 'function' && desc.value.name !== '' &&
          isInstanceof(tmp, desc.value)) {
        const name = StringCtor(desc.value.name);
        if (protoProps !== undefined &&
            (firstProto !== obj || !SetPrototypeHas(builtInObjects, name))) {
          addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
        }
        return name;
      }
      obj = ObjectGetPrototypeOf(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;
    const res = internalConstructorName(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) return res + ' <Complex prototype>';
    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
      const inner = newContext();
      inner.customInspect = false;
      inner.depth = -1;
      inner.showHidden = ctx.showHidden;
      return res + ' <' + formatValue(inner, firstProto, 0) + '>';
    }
    return res + ' <' + protoConstr + '>';
  }

  // addPrototypeProperties lists, for showHidden, the non-function
  // properties that user-defined prototypes (up to three levels) add.
  function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    let depth = 0;
    let keys;
    let keySet;
    do {
      if (depth !== 0 || main === obj) {
        obj = ObjectGetPrototypeOf(obj);
        if (obj === null) return;
        const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
        if (desc !== undefined && ObjectPrototypeHasOwnProperty(desc, 'value') &&
            typeof desc.value === 'function' &&
            SetPrototypeHas(builtInObjects, desc.value.name)) {
          return;
        }
      }
      if (depth === 0) {
        keySet = new SetCtor();
      } else {
        for (let i = 0; i < keys.length; i++) SetPrototypeAdd(keySet, keys[i]);
      }
      keys = ReflectOwnKeys(obj);
      ArrayPrototypePush(ctx.seen, main);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === 'constructor' || ObjectPrototypeHasOwnProperty(main, key) ||
            (depth !== 0 && SetPrototypeHas(keySet, key))) {
          continue;
        }
        const desc = ObjectGetOwnPropertyDescriptor(obj, key);
        if (ObjectPrototypeHasOwnProperty(desc, 'value') && typeof desc.value === 'function') {
          continue;
        }
        ArrayPrototypePush(output,
          formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main));
      }
      ArrayPrototypePop(ctx.seen);
    } while (++depth !== 3);
  }

  function getPrefix(constructor, tag, fallback, size) {
    if (size === undefined) size = '';
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) {
        return '[' + fallback + size + ': null prototype] [' + tag + '] ';
      }
      return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
    return constructor + size + ' ';
  }

  function getCtxStyle(value, constructor, tag) {
    let fallback = '';
    if (constructor === null) {
      fallback = internalConstructorName(value);
      if (fallback === tag) fallback = 'Object';
    }
    return getPrefix(constructor, tag, fallback);
  }

  // getKeys lists own enumerable keys (all own keys with showHidden),
  // strings first, then symbols.
  function getKeys(value, showHidden) {
    const symbols = ObjectGetOwnPropertySymbols(value);
    const keys = showHidden ? ObjectGetOwnPropertyNames(value) : ObjectKeys(value);
    for (let i = 0; i < symbols.length; i++) {
      if (showHidden || ObjectPrototypePropertyIsEnumerable(value, symbols[i])) {
        ArrayPrototypePush(keys, symbols[i]);
      }
    }
    return keys;
  }

  // getOwnNonIndexProperties is getKeys without the array index keys. Own
  // keys list array indices first, in ascending order, so the scan skips
  // the indices of a dense array in one step and stops at the first name.
  function getOwnNonIndexProperties(value, showHidden, length) {
    const names = showHidden ? ObjectGetOwnPropertyNames(value) : ObjectKeys(value);
    const keys = [];
    let i = 0;
    if (length > 0 && length <= names.length && names[length - 1] === '' + (length - 1)) {
      i = length;
    }
    while (i < names.length && isArrayIndexKey(names[i])) i++;
    for (; i < names.length; i++) {
      if (!isArrayIndexKey(names[i])) ArrayPrototypePush(keys, names[i]);
    }
    const symbols = ObjectGetOwnPropertySymbols(value);
    for (let i = 0; i < symbols.length; i++) {
      if (showHidden || ObjectPrototypePropertyIsEnumerable(value, symbols[i])) {
        ArrayPrototypePush(keys, symbols[i]);
      }
    }
    return keys;
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    let protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
      protoProps = [];
    }
    const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

    // Show the tag only when it is not printed as a property anyway.
    let tag = value[SymbolToStringTag];
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ?
          ObjectPrototypeHasOwnProperty(value, SymbolToStringTag) :
          ObjectPrototypePropertyIsEnumerable(value, SymbolToStringTag)))) {
      tag = '';
    }

    let base = '';
    let formatter = getEmptyFormatArray;
    let braces;
    let noIterator = true;
    let extrasType = kObjectType;
    let slotValues = [];

    if (SymbolIterator in value || constructor === null) {
      noIterator = false;
      if (ArrayIsArray(value)) {
        const prefix = (constructor !== 'Array' || tag !== '') ?
          getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
        keys = getOwnNonIndexProperties(value, ctx.showHidden, value.length);
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
          return braces[0] + ']';
        }
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (isSet(value)) {
        const size = SetPrototypeGetSize(value);
        const prefix = getPrefix(constructor, tag, 'Set', '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        formatter = (c, v, r) => formatSet(value, c, r);
        if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
        braces = [prefix + '{', '}'];
      } else if (isMap(value)) {
        const size = MapPrototypeGetSize(value);
        const prefix = getPrefix(constructor, tag, 'Map', '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        formatter = (c, v, r) => formatMap(value, c, r);
        if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
        braces = [prefix + '{', '}'];
      } else if (isTypedArray(value)) {
        const size = TypedArrayPrototypeGetLength(value);
        keys = getOwnNonIndexProperties(value, ctx.showHidden, size);
        const fallback = constructor === null ? typedArrayName(value) : '';
        const prefix = getPrefix(constructor, tag, fallback, '(' + size + ')');
        braces = [prefix + '[', ']'];
        if (size === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
        formatter = (c, v, r) => formatTypedArray(value, size, c, r);
        extrasType = kArrayExtrasType;
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = ['{', '}'];
      let promiseState;
      if (typeof value === 'function') {
        base = getFunctionBase(ctx, value, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
      } else if (constructor === 'Object') {
        if (isArgumentsObject(value)) {
          braces[0] = '[Arguments] {';
        } else if (tag !== '') {
          braces[0] = getPrefix(constructor, tag, 'Object') + '{';
        }
        if (keys.length === 0 && protoProps === undefined) return braces[0] + '}';
      } else if (isRegExp(value)) {
        base = regExpToString(value);
        const prefix = getPrefix(constructor, tag, 'RegExp');
        if (prefix !== 'RegExp ') base = prefix + base;
        if ((keys.length === 0 && protoProps === undefined) ||
            (recurseTimes > ctx.depth && ctx.depth !== null)) {
          return ctx.stylize(base, 'regexp');
        }
      } else if (isDate(value)) {
        base = NumberIsNaN(DatePrototypeGetTime(value)) ?
          DatePrototypeToString(value) : DatePrototypeToISOString(value);
        const prefix = getPrefix(constructor, tag, 'Date');
        if (prefix !== 'Date ') base = prefix + base;
        if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
      } else if (isError(value)) {
        base = formatError(value, constructor, tag, ctx, keys);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
        const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
        const prefix = getPrefix(constructor, tag, arrayType);
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0 && protoProps === undefined) {
          return prefix + '{ byteLength: ' +
            formatNumber(ctx.stylize, arrayBufferByteLength(value), false) + ' }';
        }
        braces[0] = prefix + '{';
        ArrayPrototypeUnshift(keys, 'byteLength');
        slotValues = [arrayBufferByteLength(value)];
      } else if (isDataView(value)) {
        braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
        ArrayPrototypeUnshift(keys, 'byteLength', 'byteOffset', 'buffer');
        slotValues = [DataViewPrototypeGetByteLength(value), DataViewPrototypeGetByteOffset(value),
          DataViewPrototypeGetBuffer(value)];
      } else if ((promiseState = promiseStateOf(value)) !== undefined) {
        braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
        formatter = (c, v, r) => formatPromise(c, promiseState, r);
      } else if (isWeakSet(value)) {
        braces[0] = getPrefix(constructor, tag, 'WeakSet') + '{';
        formatter = formatWeakCollection;
      } else if (isWeakMap(value)) {
        braces[0] = getPrefix(constructor, tag, 'WeakMap') + '{';
        formatter = formatWeakCollection;
      } else if (isBoxedPrimitive(value)) {
        base = getBoxedBase(value, ctx, keys, constructor, tag);
        if (keys.length === 0 && protoProps === undefined) return base;
      } else {
        if (keys.length === 0 && protoProps === undefined) {
          return getCtxStyle(value, constructor, tag) + '{}';
        }
        braces[0] = getCtxStyle(value, constructor, tag) + '{';
      }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
      let constructorName = StringPrototypeSlice(getCtxStyle(value, constructor, tag), 0, -1);
      if (constructor !== null) constructorName = '[' + constructorName + ']';
      return ctx.stylize(constructorName, 'special');
    }
    recurseTimes += 1;

    ArrayPrototypePush(ctx.seen, value);
    ctx.currentDepth = recurseTimes;
    const output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      // The first keys of buffers and views are read from their slots, not
      // through getters user code may have replaced.
      const desc = i < slotValues.length ?
        { __proto__: null, value: slotValues[i], enumerable: true } : undefined;
      ArrayPrototypePush(output,
        formatProperty(ctx, value, recurseTimes, keys[i], extrasType, desc));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) ArrayPrototypePush(output, protoProps[i]);
    }
    if (ctx.circular !== undefined) {
      const index = MapPrototypeGet(ctx.circular, value);
      if (index !== undefined) {
        const reference = ctx.stylize('<ref *' + index + '>', 'special');
        if (ctx.compact !== true) {
          base = base === '' ? reference : reference + ' ' + base;
        } else {
          braces[0] = reference + ' ' + braces[0];
        }
      }
    }
    ArrayPrototypePop(ctx.seen);

    if (ctx.sorted) {
      const comparator = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) {
        ArrayPrototypeSort(output, comparator);
      } else if (keys.length > 1) {
        const start = output.length - keys.length;
        const tail = ArrayPrototypeSort(ArrayPrototypeSlice(output, start), comparator);
        for (let i = 0; i < tail.length; i++) output[start + i] = tail[i];
      }
    }

    const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    const budget = ctx.budget[ctx.indentationLvl] || 0;
    const newLength = budget + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    // Past this much output, stop descending: the string would exceed what
    // the runtime can hold and the event loop would stall.
    if (newLength > 2 ** 27) ctx.depth = -1;
    return res;
  }

  // regExpToString prints a regular expression from its internal slots, so
  // that neither a missing prototype nor a replaced flags getter matters.
  function regExpToString(value) {
    let flags = '';
    for (let i = 0; i < RegExpFlagGetters.length; i++) {
      const getter = RegExpFlagGetters[i];
      if (getter[1] !== undefined && getter[1](value)) flags += getter[0];
    }
    return '/' + RegExpPrototypeGetSource(value) + '/' + flags;
  }

  function getEmptyFormatArray() {
    return [];
  }

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    let fn;
    let type;
    if (isNumberObject(value)) {
      fn = NumberPrototypeValueOf;
      type = 'Number';
    } else if (isStringObject(value)) {
      fn = StringPrototypeValueOf;
      type = 'String';
      // The index keys repeat the string itself.
      ArrayPrototypeSplice(keys, 0, StringPrototypeValueOf(value).length);
    } else if (isBooleanObject(value)) {
      fn = BooleanPrototypeValueOf;
      type = 'Boolean';
    } else if (isBigIntObject(value)) {
      fn = BigIntPrototypeValueOf;
      type = 'BigInt';
    } else {
      fn = SymbolPrototypeValueOf;
      type = 'Symbol';
    }
    let base = '[' + type;
    if (type !== constructor) {
      base += constructor === null ? ' (null prototype)' : ' (' + constructor + ')';
    }
    base += ': ' + formatPrimitive(stylizeNoColor, fn(value), ctx) + ']';
    if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
    return base;
  }

  function getClassBase(value, constructor, tag, info) {
    let name;
    if (info !== undefined && typeof info.name === 'string') {
      name = info.name || '(anonymous)';
    } else {
      name = (ObjectPrototypeHasOwnProperty(value, 'name') && value.name) || '(anonymous)';
    }
    let base = 'class ' + name;
    if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    if (constructor !== null) {
      let superName;
      if (info !== undefined && typeof info.extendsName === 'string') {
        superName = info.extendsName;
      } else {
        const proto = ObjectGetPrototypeOf(value);
        superName = proto !== null ? proto.name : undefined;
      }
      if (superName) base += ' extends ' + superName;
    } else {
      base += ' extends [null prototype]';
    }
    return '[' + base + ']';
  }

  const functionTypes = {
    __proto__: null,
    function: 'Function',
    async: 'AsyncFunction',
    generator: 'GeneratorFunction',
    asyncGenerator: 'AsyncGeneratorFunction',
  };

  function getFunctionBase(ctx, value, constructor, tag) {
    const info = functionInfoOf(value);
    const kind = functionKind(value, info);
    if (kind === 'class') return getClassBase(value, constructor, tag, info);
    const type = functionTypes[kind];
    // Rewritten user code may turn an async function into a plain one; the
    // host's kind wins, so do not print the mismatching constructor.
    if (info !== undefined && constructor !== null && functionTypes[kind] !== undefined &&
        (constructor === 'Function' || constructor === 'AsyncFunction' ||
         constructor === 'GeneratorFunction' || constructor === 'AsyncGeneratorFunction')) {
      constructor = type;
    }
    let base = '[' + type;
    if (constructor === null) base += ' (null prototype)';
    const name = info !== undefined && typeof info.name === 'string' ? info.name : value.name;
    if (name === '') {
      base += ' (anonymous)';
    } else {
      base += ': ' + (typeof name === 'string' ? name : formatValue(ctx, name, 0));
    }
    base += ']';
    if (constructor !== type && constructor !== null) base += ' ' + constructor;
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    return base;
  }

  // ---------------------------------------------------------------------
  // Node: errors.
  // ---------------------------------------------------------------------
  function getStackString(err) {
    const fromHost = hostErrorStack(err, 'node');
    if (fromHost !== undefined) return fromHost;
    const stack = err.stack;
    return stack ? StringCtor(stack) : ErrorPrototypeToString(err);
  }

  function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    if (!ctx.showHidden && keys.length !== 0) {
      const names = ['name', 'message', 'stack'];
      for (let i = 0; i < names.length; i++) {
        const index = ArrayPrototypeIndexOf(keys, names[i]);
        if (index !== -1 && StringPrototypeIncludes(stack, err[names[i]])) {
          ArrayPrototypeSplice(keys, index, 1);
        }
      }
    }
  }

  // errorNamePrefix matches a leading "Name:" or "Name\n    at" for errors
  // whose prototype chain is gone.
  function leadingErrorName(stack) {
    let i = 0;
    const first = StringPrototypeCharCodeAt(stack, 0);
    if (first >= 65 && first <= 90) {
      i = 1;
      while (i < stack.length) {
        const c = StringPrototypeCharCodeAt(stack, i);
        const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
          c === 95 || c === 32 || c === 91 || c === 93 || c === 40 || c === 41 || c === 45;
        if (!ok) break;
        i++;
      }
      // The character class is greedy, so back off until a separator fits.
      for (let j = i; j >= 2; j--) {
        const rest = StringPrototypeSlice(stack, j);
        if (StringPrototypeStartsWith(rest, ':') || StringPrototypeStartsWith(rest, '\n    at')) {
          return StringPrototypeSlice(stack, 0, j);
        }
      }
    }
    // The whole stack is a bare name ending in "Error".
    for (let k = 0; k < stack.length; k++) {
      const c = StringPrototypeCharCodeAt(stack, k);
      const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
        c === 95 || c === 45;
      if (!ok) return '';
    }
    return StringPrototypeEndsWith(stack, 'Error') ? stack : '';
  }

  function improveStack(stack, constructor, name, tag) {
    let len = name.length;
    if (constructor === null ||
        (StringPrototypeEndsWith(name, 'Error') && StringPrototypeStartsWith(stack, name) &&
         (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
      let fallback = 'Error';
      if (constructor === null) {
        fallback = leadingErrorName(stack);
        len = fallback.length;
        fallback = fallback || 'Error';
      }
      const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
      if (name !== prefix) {
        if (StringPrototypeIncludes(prefix, name)) {
          if (len === 0) {
            stack = prefix + ': ' + stack;
          } else {
            stack = prefix + StringPrototypeSlice(stack, len);
          }
        } else {
          stack = prefix + ' [' + name + ']' + StringPrototypeSlice(stack, len);
        }
      }
    }
    return stack;
  }

  // identicalSequenceRange finds the longest run (over three lines) that
  // both frame lists share.
  function identicalSequenceRange(a, b) {
    for (let i = 0; i < a.length - 3; i++) {
      const pos = ArrayPrototypeIndexOf(b, a[i]);
      if (pos !== -1) {
        const rest = b.length - pos;
        if (rest > 3) {
          let len = 1;
          const maxLen = MathMin(a.length - i, rest);
          while (maxLen > len && a[i + len] === b[pos + len]) len++;
          if (len > 3) return { len, offset: i };
        }
      }
    }
    return { len: 0, offset: 0 };
  }

  function getStackFrames(ctx, err, stack) {
    const frames = splitLines(stack);
    let cause;
    try {
      cause = err.cause;
    } catch {
      cause = undefined;
    }
    if (cause != null && isError(cause)) {
      const causeStack = getStackString(cause);
      const causeStackStart = StringPrototypeIndexOf(causeStack, '\n    at');
      if (causeStackStart !== -1) {
        const causeFrames = splitLines(StringPrototypeSlice(causeStack, causeStackStart + 1));
        const range = identicalSequenceRange(frames, causeFrames);
        if (range.len > 0) {
          const skipped = range.len - 2;
          const msg = '    ... ' + skipped + ' lines matching cause stack trace ...';
          ArrayPrototypeSplice(frames, range.offset + 1, skipped, ctx.stylize(msg, 'undefined'));
        }
      }
    }
    return frames;
  }

  function formatError(err, constructor, tag, ctx, keys) {
    const name = err.name != null ? StringCtor(err.name) : 'Error';
    let stack = getStackString(err);
    removeDuplicateErrorKeys(ctx, keys, err, stack);
    if ('cause' in err && (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) {
      ArrayPrototypePush(keys, 'cause');
    }
    if (ArrayIsArray(err.errors) &&
        (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors'))) {
      ArrayPrototypePush(keys, 'errors');
    }
    stack = improveStack(stack, constructor, name, tag);

    // Look for the frames after the message, which may itself hold "at".
    const message = err.message;
    let pos = (message && StringPrototypeIndexOf(stack, message)) || -1;
    if (pos !== -1) pos += message.length;
    const stackStart = StringPrototypeIndexOf(stack, '\n    at', pos);
    if (stackStart === -1) {
      stack = '[' + stack + ']';
    } else {
      const frames = getStackFrames(ctx, err, StringPrototypeSlice(stack, stackStart + 1));
      stack = StringPrototypeSlice(stack, 0, stackStart) + '\n' + ArrayPrototypeJoin(frames, '\n');
    }
    if (ctx.indentationLvl !== 0) {
      stack = replaceAllNewlines(stack, '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl));
    }
    return stack;
  }

  // ---------------------------------------------------------------------
  // Node: collections.
  // ---------------------------------------------------------------------
  function remainingText(remaining) {
    return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
  }

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = MathMin(MathMax(0, ctx.maxArrayLength), valLen);
    const remaining = valLen - len;
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!ObjectPrototypeHasOwnProperty(value, i)) {
        return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      }
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
    return output;
  }

  // formatSpecialArray continues formatArray for sparse arrays, printing
  // runs of holes as "<n empty items>".
  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    const keys = ObjectKeys(value);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const tmp = +key;
      if (tmp > 2 ** 32 - 2) break;
      if ('' + index !== key) {
        if (!isDigits(key)) break;
        const emptyItems = tmp - index;
        ArrayPrototypePush(output, ctx.stylize(
          '<' + emptyItems + ' empty item' + (emptyItems > 1 ? 's' : '') + '>', 'undefined'));
        index = tmp;
        if (output.length === maxLength) break;
      }
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) {
        ArrayPrototypePush(output, ctx.stylize(
          '<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>', 'undefined'));
      }
    } else if (remaining > 0) {
      ArrayPrototypePush(output, remainingText(remaining));
    }
    return output;
  }

  function hexBytes(bytes, count) {
    let str = '';
    for (let i = 0; i < count; i++) {
      if (i !== 0) str += ' ';
      str += hex(bytes[i], 2);
    }
    return str;
  }

  function formatArrayBuffer(ctx, value) {
    let bytes;
    try {
      bytes = new Uint8ArrayCtor(value);
    } catch {
      return [ctx.stylize('(detached)', 'special')];
    }
    const length = TypedArrayPrototypeGetLength(bytes);
    let str = hexBytes(bytes, MathMin(ctx.maxArrayLength, length));
    const remaining = length - ctx.maxArrayLength;
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
  }

  // formatBuffer prints a Node Buffer the way Buffer's own inspector does:
  // at most 50 bytes, then the extra properties.
  function formatBuffer(ctx, value) {
    const length = TypedArrayPrototypeGetLength(value);
    let str = hexBytes(value, MathMin(50, length));
    const remaining = length - 50;
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    const keys = getOwnNonIndexProperties(value, ctx.showHidden, length);
    if (keys.length !== 0) {
      const extras = { __proto__: null };
      for (let i = 0; i < keys.length; i++) extras[keys[i]] = value[keys[i]];
      if (length !== 0) str += ', ';
      const inner = newContext();
      inner.depth = ctx.depth;
      inner.showHidden = ctx.showHidden;
      inner.breakLength = Infinity;
      inner.compact = true;
      // Drop "[Object: null prototype] {" and " }".
      str += StringPrototypeSlice(formatValue(inner, extras, 0), 27, -2);
    }
    return '<' + constructorNameOf(value) + ' ' + str + '>';
  }

  function formatTypedArray(value, length, ctx, recurseTimes) {
    const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    for (let i = 0; i < maxLength; ++i) {
      const v = value[i];
      ArrayPrototypePush(output, typeof v === 'number' ?
        formatNumber(ctx.stylize, v, ctx.numericSeparator) :
        formatBigInt(ctx.stylize, v, ctx.numericSeparator));
    }
    if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      const hidden = [
        ['BYTES_PER_ELEMENT', value.BYTES_PER_ELEMENT],
        ['length', length],
        ['byteLength', TypedArrayPrototypeGetByteLength(value)],
        ['byteOffset', TypedArrayPrototypeGetByteOffset(value)],
        ['buffer', TypedArrayPrototypeGetBuffer(value)],
      ];
      for (let i = 0; i < hidden.length; i++) {
        const str = formatValue(ctx, hidden[i][1], recurseTimes, true);
        ArrayPrototypePush(output, '[' + hidden[i][0] + ']: ' + str);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatSet(value, ctx, recurseTimes) {
    const length = SetPrototypeGetSize(value);
    const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    ctx.indentationLvl += 2;
    const it = SetPrototypeValues(value);
    for (let i = 0; i < maxLength; i++) {
      const step = SetIteratorNext(it);
      if (step.done) break;
      ArrayPrototypePush(output, formatValue(ctx, step.value, recurseTimes));
    }
    if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(value, ctx, recurseTimes) {
    const length = MapPrototypeGetSize(value);
    const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
    const remaining = length - maxLength;
    const output = [];
    ctx.indentationLvl += 2;
    const it = MapPrototypeEntries(value);
    for (let i = 0; i < maxLength; i++) {
      const step = MapIteratorNext(it);
      if (step.done) break;
      const entry = step.value;
      ArrayPrototypePush(output, formatValue(ctx, entry[0], recurseTimes) + ' => ' +
        formatValue(ctx, entry[1], recurseTimes));
    }
    if (remaining > 0) ArrayPrototypePush(output, remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatWeakCollection(ctx) {
    return [ctx.stylize('<items unknown>', 'special')];
  }

  function formatPromise(ctx, state, recurseTimes) {
    if (state[0] === 'pending') return [ctx.stylize('<pending>', 'special')];
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, state[1], recurseTimes);
    ctx.indentationLvl -= 2;
    return [state[0] === 'rejected' ? ctx.stylize('<rejected>', 'special') + ' ' + str : str];
  }

  // ---------------------------------------------------------------------
  // Node: properties.
  // ---------------------------------------------------------------------

  // ownDescriptor reads a property descriptor into a record that ignores
  // anything inherited from a tampered Object.prototype.
  function ownDescriptor(obj, key) {
    const d = ObjectGetOwnPropertyDescriptor(obj, key);
    return d === undefined ? undefined : descriptorRecord(d);
  }

  function descriptorRecord(d) {
    const has = (f) => ObjectPrototypeHasOwnProperty(d, f);
    return {
      __proto__: null,
      value: has('value') ? d.value : undefined,
      get: has('get') ? d.get : undefined,
      set: has('set') ? d.set : undefined,
      enumerable: has('enumerable') ? d.enumerable : false,
    };
  }

  function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
    if (original === undefined) original = value;
    let name;
    let str;
    let extra = ' ';
    if (desc === undefined) {
      desc = ownDescriptor(value, key) ||
        { __proto__: null, value: value[key], get: undefined, set: undefined, enumerable: true };
    } else {
      desc = descriptorRecord(desc);
    }
    if (desc.value !== undefined) {
      const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < getStringWidth(str)) {
        extra = '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl);
      }
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
      const s = ctx.stylize;
      const sp = 'special';
      if (ctx.getters && (ctx.getters === true ||
            (ctx.getters === 'get' && desc.set === undefined) ||
            (ctx.getters === 'set' && desc.set !== undefined))) {
        try {
          const tmp = ReflectApply(desc.get, original, []);
          ctx.indentationLvl += 2;
          if (tmp === null) {
            str = s('[' + label + ':', sp) + ' ' + s('null', 'null') + s(']', sp);
          } else if (typeof tmp === 'object') {
            str = s('[' + label + ']', sp) + ' ' + formatValue(ctx, tmp, recurseTimes);
          } else {
            str = s('[' + label + ':', sp) + ' ' + formatPrimitive(s, tmp, ctx) + s(']', sp);
          }
          ctx.indentationLvl -= 2;
        } catch (err) {
          str = s('[' + label + ':', sp) + ' <Inspection threw (' + errorMessageOf(err) + ')>' +
            s(']', sp);
        }
      } else {
        str = s('[' + label + ']', sp);
      }
    } else if (desc.set !== undefined) {
      str = ctx.stylize('[Setter]', 'special');
    } else {
      str = ctx.stylize('undefined', 'undefined');
    }
    if (type === kArrayType) return str;
    if (typeof key === 'symbol') {
      name = '[' + ctx.stylize(escapeKey(SymbolPrototypeToString(key)), 'symbol') + ']';
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = '[' + escapeKey(StringCtor(key)) + ']';
    } else if (isIdentifierKey(StringCtor(key))) {
      name = ctx.stylize(StringCtor(key), 'name');
    } else {
      name = ctx.stylize(strEscape(StringCtor(key)), 'string');
    }
    return name + ':' + extra + str;
  }

  // ---------------------------------------------------------------------
  // Node: primitives.
  // ---------------------------------------------------------------------
  function addNumericSeparator(integerString) {
    let result = '';
    let i = integerString.length;
    const start = StringPrototypeStartsWith(integerString, '-') ? 1 : 0;
    for (; i >= start + 4; i -= 3) {
      result = '_' + StringPrototypeSlice(integerString, i - 3, i) + result;
    }
    return i === integerString.length ?
      integerString : StringPrototypeSlice(integerString, 0, i) + result;
  }

  function addNumericSeparatorEnd(integerString) {
    let result = '';
    let i = 0;
    for (; i < integerString.length - 3; i += 3) {
      result += StringPrototypeSlice(integerString, i, i + 3) + '_';
    }
    return i === 0 ? integerString : result + StringPrototypeSlice(integerString, i);
  }

  function formatNumber(fn, number, numericSeparator) {
    if (!numericSeparator) {
      if (ObjectIs(number, -0)) return fn('-0', 'number');
      return fn('' + number, 'number');
    }
    const integer = MathTrunc(number);
    const string = StringCtor(integer);
    if (integer === number) {
      if (!NumberIsFinite(number) || StringPrototypeIncludes(string, 'e')) {
        return fn(string, 'number');
      }
      return fn(addNumericSeparator(string), 'number');
    }
    if (NumberIsNaN(number)) return fn(string, 'number');
    return fn(addNumericSeparator(string) + '.' +
      addNumericSeparatorEnd(StringPrototypeSlice(StringCtor(number), string.length + 1)),
    'number');
  }

  function formatBigInt(fn, bigint, numericSeparator) {
    const string = StringCtor(bigint);
    if (!numericSeparator) return fn(string + 'n', 'bigint');
    return fn(addNumericSeparator(string) + 'n', 'bigint');
  }

  function formatPrimitive(fn, value, ctx) {
    if (typeof value === 'string') {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
        trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
      }
      if (ctx.compact !== true && value.length > 16 &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const lines = splitKeepingNewlines(value);
        const parts = [];
        for (let i = 0; i < lines.length; i++) {
          ArrayPrototypePush(parts, fn(strEscape(lines[i]), 'string'));
        }
        return ArrayPrototypeJoin(parts,
          ' +\n' + StringPrototypeRepeat(' ', ctx.indentationLvl + 2)) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
    if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
    if (typeof value === 'boolean') return fn('' + value, 'boolean');
    if (typeof value === 'undefined') return fn('undefined', 'undefined');
    return fn(SymbolPrototypeToString(value), 'symbol');
  }

  // ---------------------------------------------------------------------
  // Node: layout.
  // ---------------------------------------------------------------------

  // groupArrayElements lays out more than six short array entries in
  // aligned columns: numbers (and bigints) right-aligned, the rest left.
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    // The "... more items" entry is not part of the grid.
    if (ctx.maxArrayLength < output.length) outputLength--;
    const separatorSpace = 2; // ", "
    const dataLen = [];
    for (let i = 0; i < outputLength; i++) {
      const len = getStringWidth(output[i]);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    // Group only when three columns fit and no entry dwarfs the others.
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
      // Aim for a roughly square block, taking a character to be 2.5 times
      // as high as it is wide; short entries get some extra columns.
      const approxCharHeights = 2.5;
      const averageBias = MathSqrt(actualMax - totalLength / output.length);
      const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
      const columns = MathMin(
        MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
        MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15);
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineMaxLength = 0;
        for (let j = i; j < output.length; j += columns) {
          if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
        }
        ArrayPrototypePush(maxLineLength, lineMaxLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
            padStart = false;
            break;
          }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = MathMin(i + columns, outputLength);
        let str = '';
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          str += padStart ?
            StringPrototypePadStart(output[j] + ', ', padding, ' ') :
            StringPrototypePadEnd(output[j] + ', ', padding, ' ');
        }
        if (padStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          str += StringPrototypePadStart(output[j], padding, ' ');
        } else {
          str += output[j];
        }
        ArrayPrototypePush(tmp, str);
      }
      if (ctx.maxArrayLength < output.length) ArrayPrototypePush(tmp, output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    // Entries are separated by at least a comma, so count one per entry.
    let totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      totalLength += output[i].length;
      if (totalLength > ctx.breakLength) return false;
    }
    return base === '' || !StringPrototypeIncludes(base, '\n');
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) {
          output = groupArrayElements(ctx, output, value);
        }
        // Keep the innermost `compact` levels on one line when they fit;
        // grouped arrays keep their rows.
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = ArrayPrototypeJoin(output, ', ');
            if (!StringPrototypeIncludes(joined, '\n')) {
              return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
            }
          }
        }
      }
      const indentation = '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl);
      return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
        ArrayPrototypeJoin(output, ',' + indentation + '  ') + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return braces[0] + (base ? ' ' + base : '') + ' ' + ArrayPrototypeJoin(output, ', ') +
        ' ' + braces[1];
    }
    const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
    const ln = base === '' && braces[0].length === 1 ?
      ' ' : (base ? ' ' + base : '') + '\n' + indentation + '  ';
    return braces[0] + ln + ArrayPrototypeJoin(output, ',\n' + indentation + '  ') + ' ' +
      braces[1];
  }

  // ---------------------------------------------------------------------
  // Node: util.format.
  // ---------------------------------------------------------------------

  // hasBuiltInToString reports whether %s should inspect value rather than
  // call its toString: true unless a user-defined class or the object
  // itself supplies toString (or Symbol.toPrimitive).
  function hasBuiltInToString(value) {
    const target = proxyTargetOf(value);
    if (target !== undefined) {
      if (target === null) return true;
      value = target;
    }
    let checkToString = true;
    let checkToPrimitive = true;
    if (typeof value.toString !== 'function') {
      if (typeof value[SymbolToPrimitive] !== 'function') return true;
      if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) return false;
      checkToString = false;
    } else if (ObjectPrototypeHasOwnProperty(value, 'toString')) {
      return false;
    } else if (typeof value[SymbolToPrimitive] !== 'function') {
      checkToPrimitive = false;
    } else if (ObjectPrototypeHasOwnProperty(value, SymbolToPrimitive)) {
      return false;
    }
    let pointer = value;
    do {
      pointer = ObjectGetPrototypeOf(pointer);
      if (pointer === null) return true;
    } while (!(checkToString && ObjectPrototypeHasOwnProperty(pointer, 'toString')) &&
             !(checkToPrimitive && ObjectPrototypeHasOwnProperty(pointer, SymbolToPrimitive)));
    const desc = ObjectGetOwnPropertyDescriptor(pointer, 'constructor');
    return desc !== undefined && ObjectPrototypeHasOwnProperty(desc, 'value') &&
      typeof desc.value === 'function' && SetPrototypeHas(builtInObjects, desc.value.name);
  }

  // typedArrayJoin is String(typedArray) without the array methods.
  function typedArrayJoin(value) {
    const length = TypedArrayPrototypeGetLength(value);
    let str = '';
    for (let i = 0; i < length; i++) str += (i === 0 ? '' : ',') + value[i];
    return str;
  }

  function safeString(value) {
    try {
      return StringCtor(value);
    } catch (err) {
      return '<Inspection threw (' + errorMessageOf(err) + ')>';
    }
  }

  function tryStringify(arg) {
    try {
      return JSONStringify(arg);
    } catch (err) {
      const message = errorMessageOf(err);
      if (StringPrototypeIncludes(message, 'ircular')) return '[Circular]';
      return '<Inspection threw (' + message + ')>';
    }
  }

  function inspectWith(inspectOptions, overrides, value) {
    const opts = {};
    if (inspectOptions !== undefined) copyOwnEnumerable(opts, inspectOptions);
    if (overrides !== undefined) copyOwnEnumerable(opts, overrides);
    return inspect(value, opts);
  }

  function numberOrNaN(convert, value) {
    try {
      return convert(value);
    } catch {
      return NaN;
    }
  }

  function formatWithOptionsInternal(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';

    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (StringPrototypeCharCodeAt(first, i) !== 37) continue; // '%'
        const nextChar = StringPrototypeCharCodeAt(first, ++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const arg = args[++a];
              if (typeof arg === 'number') {
                tempStr = formatNumber(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
              } else if (typeof arg === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
              } else if (typeof arg === 'function' && !ObjectPrototypeHasOwnProperty(arg, 'toString')) {
                // The host's source is the code as written, before rewriting.
                tempStr = functionSource(arg, functionInfoOf(arg));
              } else if (typeof arg !== 'object' || arg === null || !safeHasBuiltInToString(arg)) {
                tempStr = isTypedArray(arg) && !ObjectPrototypeHasOwnProperty(arg, 'toString') ?
                  typedArrayJoin(arg) : safeString(arg);
              } else {
                tempStr = inspectWith(inspectOptions,
                  { compact: 3, colors: false, depth: 0 }, arg);
              }
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const arg = args[++a];
              if (typeof arg === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
              } else if (typeof arg === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, numberOrNaN(NumberCtor, arg),
                  numericSeparatorOf(inspectOptions));
              }
              break;
            }
            case 79: // 'O'
              tempStr = inspectWith(inspectOptions, undefined, args[++a]);
              break;
            case 111: // 'o'
              tempStr = inspectWith(inspectOptions,
                { showHidden: true, showProxy: true, depth: 4 }, args[++a]);
              break;
            case 105: { // 'i'
              const arg = args[++a];
              if (typeof arg === 'bigint') {
                tempStr = formatBigInt(stylizeNoColor, arg, numericSeparatorOf(inspectOptions));
              } else if (typeof arg === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, numberOrNaN(NumberParseInt, arg),
                  numericSeparatorOf(inspectOptions));
              }
              break;
            }
            case 102: { // 'f'
              const arg = args[++a];
              if (typeof arg === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumber(stylizeNoColor, numberOrNaN(NumberParseFloat, arg),
                  numericSeparatorOf(inspectOptions));
              }
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += StringPrototypeSlice(first, lastPos, i);
              lastPos = i + 1;
              continue;
            default: // Not a placeholder.
              continue;
          }
          if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += StringPrototypeSlice(first, lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
      }
    }

    while (a < args.length) {
      const value = args[a];
      str += join;
      str += typeof value !== 'string' ? inspectWith(inspectOptions, undefined, value) : value;
      join = ' ';
      a++;
    }
    return str;
  }

  function safeHasBuiltInToString(value) {
    try {
      return hasBuiltInToString(value);
    } catch {
      return true;
    }
  }

  function numericSeparatorOf(inspectOptions) {
    return inspectOptions !== undefined && inspectOptions.numericSeparator === true;
  }

  function argsArray(list, from) {
    const args = [];
    for (let i = from; i < list.length; i++) ArrayPrototypePush(args, list[i]);
    return args;
  }

  function format() {
    try {
      return formatWithOptionsInternal(undefined, argsArray(arguments, 0));
    } catch (err) {
      return '[Formatting failed: ' + errorMessageOf(err) + ']';
    }
  }

  function formatWithOptions(inspectOptions) {
    const opts = inspectOptions !== null && typeof inspectOptions === 'object' ?
      inspectOptions : undefined;
    try {
      return formatWithOptionsInternal(opts, argsArray(arguments, 1));
    } catch (err) {
      return '[Formatting failed: ' + errorMessageOf(err) + ']';
    }
  }

  // ---------------------------------------------------------------------
  // Chromium DevTools.
  //
  // formatChrome(args) returns the text DevTools' console shows, on one
  // line, for console.log(...args). It follows DevTools' ConsoleFormat and
  // ConsoleViewMessage and V8's object previews:
  //
  //  1. When args[0] is a string it is a format string: %s prints the
  //     argument's description (a string as is, an object as its class name
  //     such as 'Object' or 'Array(2)'), %d and %i print Math.floor of a
  //     number and NaN for anything else, %f prints a number and NaN for
  //     anything else, %o and %O print the argument as a value, %c consumes
  //     its argument and prints nothing, %% prints %. A specifier without an
  //     argument left is printed as it is.
  //  2. The remaining arguments follow, separated by one space. Strings are
  //     inlined as they are when args[0] was a string; otherwise they are
  //     printed as string literals ('x').
  //  3. A value prints as: numbers, booleans, null and undefined via
  //     String() (-0 as '-0'); bigints as '1n'; symbols as 'Symbol(x)';
  //     functions as their source with 'function' shown as 'ƒ' ('ƒ f() {}',
  //     'async ƒ f() {}', 'ƒ* g() {}', arrows and classes as written), cut
  //     to 200 characters; errors as their stack; dates as
  //     Date.prototype.toString(); regular expressions as /a/g; DOM nodes as
  //     host.describeNode(v); every other object as a one-level preview.
  //  4. A preview is the description, then the properties in braces:
  //     '{a: 1, b: 'x'}', 'Foo {a: 1}', '(3) [1, 2, 3]' (an array's length
  //     shows when it is over 1), 'Uint8Array(2) [1, 2]', 'Map(1) {'a' =>
  //     1}', 'Set(2) {1, 2}', 'Promise {<pending>}', 'Promise {<fulfilled>:
  //     1}', 'Number {3}'. A plain object's description ('Object') is not
  //     shown. Own properties are listed in order, non-enumerable ones
  //     included; at most 5 named properties, 100 array indices and 5
  //     Map/Set entries, then '…'. Getters are left out of object previews
  //     and show as '(...)' in array previews. Array holes show as 'empty'
  //     or 'empty × n'.
  //  5. Inside a preview, values are abbreviated: strings as literals (over
  //     100 characters cut in the middle with '…'), functions as 'ƒ', plain
  //     objects as '{…}', arrays as 'Array(2)', class instances by class
  //     name, maps and sets as 'Map(1)', errors by their first stack line.
  //
  // DevTools separates a description from its braces with a non-breaking
  // space; a plain space is used here. Weak collections print without
  // entries ('WeakMap {}'): their contents cannot be enumerated from script.
  // ---------------------------------------------------------------------
  const kChromeNameLimit = 5;
  const kChromeIndexLimit = 100;
  const kChromeEntryLimit = 5;
  const kChromeFunctionBodyLimit = 200;
  const kChromeStringLimit = 100;
  const ELLIPSIS = '\u2026';

  function formatChrome(args) {
    try {
      const list = [];
      const length = args == null ? 0 : args.length;
      for (let i = 0; i < length; i++) ArrayPrototypePush(list, args[i]);
      return formatChromeInternal(list);
    } catch (err) {
      return '[Formatting failed: ' + errorMessageOf(err) + ']';
    }
  }

  function formatChromeInternal(args) {
    let str = '';
    let a = 0;
    const inlineStrings = typeof args[0] === 'string';
    if (inlineStrings) {
      const fmt = args[0];
      a = 1;
      let last = 0;
      for (let i = 0; i < fmt.length - 1; i++) {
        if (StringPrototypeCharCodeAt(fmt, i) !== 37) continue; // '%'
        const spec = fmt[i + 1];
        let sub;
        if (spec === '%') {
          sub = '%';
        } else if (a < args.length) {
          if (spec === 's') {
            sub = chromeDescription(args[a++]);
          } else if (spec === 'd' || spec === 'i') {
            // V8 converts the argument as parseInt does: '7 days' is 7.
            const v = args[a++];
            sub = typeof v === 'symbol' ? 'NaN' : StringCtor(NumberParseInt(chromeToString(v)));
          } else if (spec === 'f') {
            const v = args[a++];
            sub = typeof v === 'symbol' ? 'NaN' : StringCtor(NumberParseFloat(chromeToString(v)));
          } else if (spec === 'o') {
            sub = chromeValue(args[a++]);
          } else if (spec === 'O') {
            // %O shows the expandable object: its one-line text is its description.
            const v = args[a++];
            sub = (typeof v === 'object' && v !== null) || typeof v === 'function' ? chromeDescription(v) : chromeValue(v);
          } else if (spec === 'c' || spec === '_') {
            a++;
            sub = '';
          }
        }
        if (sub === undefined) continue;
        str += StringPrototypeSlice(fmt, last, i) + sub;
        last = i + 2;
        i++;
      }
      str += StringPrototypeSlice(fmt, last);
    }
    for (; a < args.length; a++) {
      if (a > 0) str += ' ';
      const v = args[a];
      str += inlineStrings && typeof v === 'string' ? v : chromeValue(v);
    }
    return str;
  }

  function chromeToString(v) {
    try {
      return StringCtor(v);
    } catch (_) {
      return 'NaN';
    }
  }

  function chromeNumber(v) {
    return ObjectIs(v, -0) ? '-0' : StringCtor(v);
  }

  // chromePrimitive describes a primitive the way V8 does.
  function chromePrimitive(v) {
    if (typeof v === 'number') return chromeNumber(v);
    if (typeof v === 'bigint') return StringCtor(v) + 'n';
    if (typeof v === 'symbol') return SymbolPrototypeToString(v);
    return StringCtor(v);
  }

  function chromeJSLiteral(str) {
    let quote = "'";
    let escapeQuote = false;
    if (StringPrototypeIncludes(str, "'")) {
      if (!StringPrototypeIncludes(str, '"')) {
        quote = '"';
      } else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) {
        quote = '`';
      } else {
        escapeQuote = true;
      }
    }
    let out = '';
    for (let i = 0; i < str.length; i++) {
      const c = StringPrototypeCharCodeAt(str, i);
      const ch = str[i];
      if (c === 92) out += '\\\\';
      else if (c === 39 && escapeQuote) out += "\\'";
      else if (c === 8) out += '\\b';
      else if (c === 12) out += '\\f';
      else if (c === 10) out += '\\n';
      else if (c === 13) out += '\\r';
      else if (c === 9) out += '\\t';
      else if (c === 11) out += '\\v';
      else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        out += '\\x' + StringPrototypeToUpperCase(hex(c, 2));
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < str.length ? StringPrototypeCharCodeAt(str, i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          out += ch + str[i + 1];
          i++;
        } else {
          out += '\\u' + StringPrototypeToUpperCase(hex(c, 4));
        }
      } else if (c === 60 && (StringPrototypeStartsWith(str, '<!--', i) ||
                 StringPrototypeStartsWith(str, '<script', i) ||
                 StringPrototypeStartsWith(str, '</script', i))) {
        out += '\\x3C';
      } else {
        out += ch;
      }
    }
    return quote + out + quote;
  }

  // abbreviateMiddle and abbreviateEnd are V8's limits on preview text.
  function abbreviateMiddle(str) {
    if (str.length <= kChromeStringLimit) return str;
    const half = kChromeStringLimit / 2;
    return StringPrototypeSlice(str, 0, half) + ELLIPSIS +
      StringPrototypeSlice(str, str.length - half + 1);
  }

  function abbreviateEnd(str) {
    if (str.length <= kChromeStringLimit) return str;
    return StringPrototypeSlice(str, 0, kChromeStringLimit - 1) + ELLIPSIS;
  }

  function chromeErrorStack(err) {
    const fromHost = hostErrorStack(err, 'chrome');
    if (fromHost !== undefined) return fromHost;
    let stack;
    try {
      stack = err.stack;
    } catch {
      stack = undefined;
    }
    if (typeof stack === 'string') return stack;
    try {
      return ErrorPrototypeToString(err);
    } catch {
      return 'Error';
    }
  }

  function chromeFunctionText(fn) {
    const info = functionInfoOf(fn);
    return functionSource(fn, info);
  }

  // chromeFunction renders a function's source as DevTools' console does:
  // 'function' becomes 'ƒ', accessor prefixes are dropped, and the body is
  // cut to 200 characters.
  function chromeFunction(fn) {
    let text = chromeFunctionText(fn);
    if (StringPrototypeStartsWith(text, 'function get ') ||
        StringPrototypeStartsWith(text, 'function set ')) {
      text = 'function ' + StringPrototypeSlice(text, 13);
    } else if (StringPrototypeStartsWith(text, 'function get(') ||
               StringPrototypeStartsWith(text, 'function set(')) {
      text = 'function' + StringPrototypeSlice(text, 12);
    } else if (StringPrototypeStartsWith(text, 'get ') || StringPrototypeStartsWith(text, 'set ')) {
      text = StringPrototypeSlice(text, 4);
    }
    let prefix = 'ƒ';
    let body = text;
    const asyncLen = asyncFunctionPrefixLength(text);
    if (StringPrototypeStartsWith(text, 'class ') || StringPrototypeStartsWith(text, 'class{')) {
      prefix = 'class';
      body = StringPrototypeSlice(text, 5);
    } else if (asyncLen > 0) {
      prefix = 'async ƒ';
      body = StringPrototypeSlice(text, asyncLen);
    } else if (StringPrototypeStartsWith(text, 'function*')) {
      prefix = 'ƒ*';
      body = StringPrototypeSlice(text, 9);
    } else if (StringPrototypeStartsWith(text, '*')) {
      prefix = 'ƒ*';
      body = StringPrototypeSlice(text, 1);
    } else if (StringPrototypeStartsWith(text, 'function')) {
      body = StringPrototypeSlice(text, 8);
    } else if (StringPrototypeIndexOf(text, '=>') > 0) {
      prefix = '';
    }
    body = StringPrototypeTrim(body);
    if (body.length > kChromeFunctionBodyLimit) {
      body = StringPrototypeSlice(body, 0, kChromeFunctionBodyLimit - 1) + ELLIPSIS;
    }
    return prefix === '' ? body : prefix + ' ' + body;
  }

  // asyncFunctionPrefixLength matches /^async\s+function/.
  function asyncFunctionPrefixLength(text) {
    if (!StringPrototypeStartsWith(text, 'async')) return 0;
    let i = 5;
    while (i < text.length) {
      const c = StringPrototypeCharCodeAt(text, i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
    if (i === 5 || !StringPrototypeStartsWith(text, 'function', i)) return 0;
    return i + 8;
  }

  // chromeClassName is V8's class name for an object: its constructor's
  // name, or 'Object'.
  function chromeClassName(v) {
    const name = constructorNameOf(v);
    return name === null ? 'Object' : name;
  }

  // chromeKind sorts an object into the previews DevTools draws.
  function chromeKind(v) {
    if (typeof v === 'function') return 'function';
    if (hostDescribeNode(v) !== undefined) return 'node';
    if (ArrayIsArray(v)) return 'array';
    if (isArgumentsObject(v)) return 'arguments';
    if (isTypedArray(v)) return 'typedarray';
    if (isError(v)) return 'error';
    if (isDate(v)) return 'date';
    if (isRegExp(v)) return 'regexp';
    if (isMap(v)) return 'map';
    if (isSet(v)) return 'set';
    if (isWeakMap(v)) return 'weakmap';
    if (isWeakSet(v)) return 'weakset';
    if (isArrayBuffer(v) || isSharedArrayBuffer(v)) return 'arraybuffer';
    if (isDataView(v)) return 'dataview';
    if (promiseStateOf(v) !== undefined) return 'promise';
    if (isBoxedPrimitive(v)) return 'boxed';
    return 'object';
  }

  function unwrapProxy(v) {
    const target = proxyTargetOf(v);
    return target === undefined || target === null ? v : target;
  }

  // chromeDescription is V8's description of a value: what %s prints.
  function chromeDescription(v) {
    if (typeof v === 'string') return v;
    if (typeof v !== 'object' && typeof v !== 'function') return chromePrimitive(v);
    if (v === null) return 'null';
    try {
      const target = proxyTargetOf(v);
      if (target === null) return 'Proxy';
      if (target !== undefined) return 'Proxy(' + chromeDescription(target) + ')';
      switch (chromeKind(v)) {
        case 'function': return chromeFunctionText(v);
        case 'node': return hostDescribeNode(v);
        case 'array': return chromeClassName(v) + '(' + v.length + ')';
        case 'arguments': return 'Arguments(' + v.length + ')';
        case 'typedarray':
          return chromeClassName(v) + '(' + TypedArrayPrototypeGetLength(v) + ')';
        case 'error': return chromeErrorStack(v);
        case 'date': return DatePrototypeToString(v);
        case 'regexp': return regExpToString(v);
        case 'map': return chromeClassName(v) + '(' + MapPrototypeGetSize(v) + ')';
        case 'set': return chromeClassName(v) + '(' + SetPrototypeGetSize(v) + ')';
        case 'arraybuffer':
          return chromeClassName(v) + '(' + arrayBufferByteLength(v) + ')';
        case 'dataview':
          return chromeClassName(v) + '(' + DataViewPrototypeGetByteLength(v) + ')';
        default: return chromeClassName(v);
      }
    } catch (err) {
      return 'Object';
    }
  }

  // chromeNested is a value as it appears inside a preview.
  function chromeNested(v) {
    if (typeof v === 'string') return chromeJSLiteral(abbreviateMiddle(v));
    if (typeof v !== 'object' && typeof v !== 'function') return chromePrimitive(v);
    if (v === null) return 'null';
    try {
      if (proxyTargetOf(v) === null) return 'Proxy';
      const kind = chromeKind(unwrapProxy(v));
      if (kind === 'function') return 'ƒ';
      if (kind === 'error') return splitLines(chromeDescription(v))[0];
      const desc = chromeDescription(v);
      if (kind === 'object' && desc === 'Object') return '{' + ELLIPSIS + '}';
      return abbreviateEnd(desc);
    } catch {
      return '{' + ELLIPSIS + '}';
    }
  }

  // chromeDisplayName is a property name inside a preview.
  function chromeDisplayName(key) {
    if (typeof key === 'symbol') return SymbolPrototypeToString(key);
    const c0 = key.length === 0 ? 0 : StringPrototypeCharCodeAt(key, 0);
    const cn = key.length === 0 ? 0 : StringPrototypeCharCodeAt(key, key.length - 1);
    const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12;
    if (key.length === 0 || isSpace(c0) || isSpace(cn) || StringPrototypeIncludes(key, '\n')) {
      let shown = '';
      for (let i = 0; i < key.length; i++) shown += key[i] === '\n' ? '\u21b5' : key[i];
      return '"' + shown + '"';
    }
    return key;
  }

  // chromeValue prints a top-level value (a console.log argument).
  function chromeValue(v) {
    if (typeof v === 'string') return chromeJSLiteral(v);
    if (typeof v !== 'object' && typeof v !== 'function') return chromePrimitive(v);
    if (v === null) return 'null';
    try {
      const target = proxyTargetOf(v);
      if (target === null) return 'Proxy {}';
      const shown = target === undefined ? v : target;
      const kind = chromeKind(shown);
      switch (kind) {
        case 'function': return chromeFunction(shown);
        case 'node': return hostDescribeNode(shown, true);
        case 'error': return chromeErrorStack(shown);
        case 'date': return DatePrototypeToString(shown);
        case 'regexp': return regExpToString(shown);
        case 'arraybuffer': return chromeDescription(shown);
        case 'dataview': return chromeDescription(shown);
        default: return chromePreview(v, shown, kind);
      }
    } catch (err) {
      return '<Inspection threw (' + errorMessageOf(err) + ')>';
    }
  }

  // previewProperties collects own properties the way V8's preview does:
  // indices up to kChromeIndexLimit, other keys up to kChromeNameLimit.
  function previewProperties(v, blocked, skipIndices) {
    const keys = ReflectOwnKeys(v);
    const props = [];
    let names = kChromeNameLimit;
    let indices = kChromeIndexLimit;
    let overflow = false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (typeof key === 'string' && ArrayPrototypeIncludes(blocked, key)) continue;
      const index = isArrayIndexKey(key);
      if (index && skipIndices) continue;
      const desc = ownDescriptor(v, key);
      if (desc === undefined) continue;
      const accessor = desc.get !== undefined || desc.set !== undefined;
      if (accessor && typeof desc.get !== 'function') continue;
      if (index ? indices === 0 : names === 0) {
        overflow = true;
        break;
      }
      if (index) indices--;
      else names--;
      ArrayPrototypePush(props, { __proto__: null, key, index, accessor, value: desc.value });
    }
    // V8 lists the named properties whose values are functions after the
    // others (recorded: {f() {}, n: 1} previews as {n: 1, f: ƒ}).
    const fns = [];
    const rest = [];
    for (let i = 0; i < props.length; i++) {
      const p = props[i];
      ArrayPrototypePush(!p.index && !p.accessor && typeof p.value === 'function' ? fns : rest, p);
    }
    for (let i = 0; i < fns.length; i++) ArrayPrototypePush(rest, fns[i]);
    return { props: rest, overflow };
  }

  function chromePreview(original, v, kind) {
    let description = chromeDescription(original);
    const items = [];
    let overflow = false;
    let open = '{';
    let close = '}';
    if (kind === 'array' || kind === 'typedarray' || kind === 'arguments') {
      open = '[';
      close = ']';
      const length = kind === 'typedarray' ? TypedArrayPrototypeGetLength(v) : v.length;
      const name = kind === 'arguments' ? 'Arguments' : chromeClassName(v);
      const lengthText = length > 1 ? '(' + length + ')' : '';
      description = name === 'Array' ? lengthText : name + lengthText;
      const collected = previewProperties(v, ['length'], false);
      overflow = collected.overflow;
      appendArrayItems(items, collected.props, length, !overflow);
    } else if (kind === 'map' || kind === 'set') {
      const size = kind === 'map' ? MapPrototypeGetSize(v) : SetPrototypeGetSize(v);
      const it = kind === 'map' ? MapPrototypeEntries(v) : SetPrototypeValues(v);
      const next = kind === 'map' ? MapIteratorNext : SetIteratorNext;
      for (let i = 0; i < size && i < kChromeEntryLimit; i++) {
        const step = next(it);
        if (step.done) break;
        ArrayPrototypePush(items, kind === 'map' ?
          chromeNested(step.value[0]) + ' => ' + chromeNested(step.value[1]) :
          chromeNested(step.value));
      }
      overflow = size > kChromeEntryLimit;
      appendNamedItems(items, previewProperties(v, [], false).props);
    } else if (kind === 'weakmap' || kind === 'weakset') {
      appendNamedItems(items, previewProperties(v, [], false).props);
    } else if (kind === 'promise') {
      const state = promiseStateOf(v);
      if (state[0] === 'pending') ArrayPrototypePush(items, '<pending>');
      else ArrayPrototypePush(items, '<' + state[0] + '>: ' + chromeNested(state[1]));
      const collected = previewProperties(v, [], false);
      overflow = collected.overflow;
      appendNamedItems(items, collected.props);
    } else if (kind === 'boxed') {
      let primitive;
      if (isNumberObject(v)) primitive = NumberPrototypeValueOf(v);
      else if (isStringObject(v)) primitive = StringPrototypeValueOf(v);
      else if (isBooleanObject(v)) primitive = BooleanPrototypeValueOf(v);
      else if (isBigIntObject(v)) primitive = BigIntPrototypeValueOf(v);
      else primitive = SymbolPrototypeValueOf(v);
      ArrayPrototypePush(items, chromeNested(primitive));
      const collected = previewProperties(v, ['length'], isStringObject(v));
      overflow = collected.overflow;
      appendNamedItems(items, collected.props);
    } else {
      if (description === 'Object') description = '';
      const collected = previewProperties(v, [], false);
      overflow = collected.overflow;
      appendNamedItems(items, collected.props);
    }
    let body = ArrayPrototypeJoin(items, ', ');
    if (overflow) body += items.length > 0 ? ', ' + ELLIPSIS : ELLIPSIS;
    return (description !== '' ? description + ' ' : '') + open + body + close;
  }

  // appendNamedItems adds "name: value" for each property; getters are not
  // shown in object previews.
  function appendNamedItems(items, props) {
    for (let i = 0; i < props.length; i++) {
      const p = props[i];
      if (p.accessor) continue;
      ArrayPrototypePush(items, chromeDisplayName(p.key) + ': ' + chromeNested(p.value));
    }
  }

  // appendArrayItems adds array elements, naming runs of holes when every
  // index fits in the preview, then the other properties.
  function appendArrayItems(items, props, length, canShowGaps) {
    let lastIndex = -1;
    const holes = (upTo) => {
      const count = upTo - lastIndex - 1;
      return count !== 1 ? 'empty \u00d7 ' + count : 'empty';
    };
    for (let i = 0; i < props.length; i++) {
      const p = props[i];
      if (!p.index || +p.key >= length) continue;
      const index = +p.key;
      if (canShowGaps && index - lastIndex > 1) ArrayPrototypePush(items, holes(index));
      const value = p.accessor ? '(...)' : chromeNested(p.value);
      ArrayPrototypePush(items, !canShowGaps && items.length !== index ?
        chromeDisplayName(p.key) + ': ' + value : value);
      lastIndex = index;
    }
    if (canShowGaps && length - lastIndex > 1) ArrayPrototypePush(items, holes(length));
    for (let i = 0; i < props.length; i++) {
      const p = props[i];
      if (p.index && +p.key < length) continue;
      const value = p.accessor ? '(...)' : chromeNested(p.value);
      ArrayPrototypePush(items, chromeDisplayName(p.key) + ': ' + value);
    }
  }

  return { inspect, format, formatWithOptions, formatChrome };
})
