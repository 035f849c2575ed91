// assert.js: Node's assert module (require('assert'), 'node:assert',
// 'assert/strict'): ok, equal, strictEqual, deepEqual, deepStrictEqual and
// their negations, throws, doesNotThrow, rejects, doesNotReject, match,
// doesNotMatch, fail, ifError, AssertionError. Messages follow Node 20 for
// primitive values; differences between objects are shown as both values
// rather than Node's line diff.
//
// The file is one expression: a function of host returning the module.
//   host.inspect(value, options) -> string; host.isDeepEqual(a, b, strict) -> bool
//   host.sourceLine(n) -> line n of the program; host.internalSite(err, text):
//   what an uncaught err shows as the place it was thrown
(function (host) {
  "use strict";

  const inspect = (v) => host.inspect(v, { depth: 1000, breakLength: Infinity, compact: 3 });

  class AssertionError extends Error {
    constructor(options) {
      const { message, actual, expected, operator } = options;
      super(message === undefined ? generated(actual, expected, operator) : String(message));
      this.generatedMessage = message === undefined;
      this.code = "ERR_ASSERTION";
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
      // The stack's first line names the code, as Node writes it; the name
      // is then the plain one.
      Object.defineProperty(this, "name", { value: "AssertionError [ERR_ASSERTION]", writable: true, configurable: true });
      Error.captureStackTrace(this, options.stackStartFn || AssertionError);
      this.stack; // eslint-disable-line no-unused-expressions
      this.name = "AssertionError";
    }
    toString() { return this.name + " [" + this.code + "]: " + this.message; }
  }

  // Where Node's own code throws, which an uncaught error's first lines show.
  const SITE_INNER_FAIL = "node:assert:90\n  throw new AssertionError(obj);\n  ^\n";
  const SITE_INNER_OK = "node:internal/assert/utils:281\n    throw err;\n    ^\n";
  const SITE_FAIL = "node:assert:137\n  throw err;\n  ^\n";
  const SITE_MATCH = "node:assert:768\n    throw err;\n    ^\n";
  function thrownAt(err, site) {
    host.internalSite(err, site);
    return err;
  }

  // callText is the source of the call that failed, found from the error's
  // first stack frame as Node finds it (one line only).
  function callText(err) {
    const m = /\n    at [^\n]*?:(\d+):(\d+)\)?(?:\n|$)/.exec(String(err.stack));
    if (!m) return "";
    const line = host.sourceLine(Number(m[1]));
    let start = Number(m[2]) - 1;
    while (start > 0 && /[\w$.]/.test(line[start - 1])) start--;
    let depth = 0, quote = "";
    for (let i = start; i < line.length; i++) {
      const ch = line[i];
      if (quote) {
        if (ch === "\\") i++;
        else if (ch === quote) quote = "";
      } else if (ch === "'" || ch === '"' || ch === "`") {
        quote = ch;
      } else if (ch === "(") {
        depth++;
      } else if (ch === ")" && --depth === 0) {
        return line.slice(start, i + 1);
      }
    }
    return "";
  }

  function innerOk(fn, argc, value, message) {
    if (value) return;
    if (message instanceof Error) throw message;
    let generatedMessage = false;
    if (message === undefined) {
      generatedMessage = true;
      message = "No value argument passed to `assert.ok()`";
      if (argc > 0) {
        const probe = {};
        Error.captureStackTrace(probe, fn);
        const code = callText(probe);
        message = "The expression evaluated to a falsy value" + (code ? ":\n\n  " + code + "\n" : "");
      }
    }
    const err = new AssertionError({ actual: value, expected: true, operator: "==", message, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw thrownAt(err, SITE_INNER_OK);
  }

  const isObject = (v) => (typeof v === "object" && v !== null) || typeof v === "function";
  const inspectLines = (v) => host.inspect(v, {
    compact: false, sorted: true, getters: true, breakLength: Infinity, depth: 1000, customInspect: false,
  }).split("\n");

  // diff lists the lines of actual and expected as Node's assertion
  // messages do: "  " common, "+ " only in actual, "- " only in expected.
  function diff(a, b) {
    const n = a.length, m = b.length;
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    const out = [];
    let i = 0, j = 0, plus = [], minus = [];
    const flush = () => { out.push(...plus, ...minus); plus = []; minus = []; };
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) {
        flush();
        out.push("  " + a[i]);
        i++; j++;
      } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        plus.push("+ " + a[i++]);
      } else {
        minus.push("- " + b[j++]);
      }
    }
    flush();
    return out.join("\n");
  }

  const HEADERS = {
    strictEqual: "Expected values to be strictly equal:",
    deepStrictEqual: "Expected values to be strictly deep-equal:",
  };

  function generated(actual, expected, operator) {
    switch (operator) {
      case "strictEqual":
      case "deepStrictEqual":
        if (isObject(actual) && isObject(expected)) {
          if (operator === "strictEqual" && host.isDeepEqual(actual, expected, true)) {
            return "Values have same structure but are not reference-equal:\n\n" + inspectLines(actual).join("\n") + "\n";
          }
          return HEADERS[operator] + "\n+ actual - expected\n\n" + diff(inspectLines(actual), inspectLines(expected));
        }
        return HEADERS[operator] + "\n\n" + inspect(actual) + " !== " + inspect(expected) + "\n";
      case "deepEqual":
        return "Expected values to be loosely deep-equal:\n\n" + inspectLines(actual).join("\n") + "\n\nshould loosely deep-equal\n\n" + inspectLines(expected).join("\n");
      case "notStrictEqual":
        return isObject(actual)
          ? 'Expected "actual" not to be reference-equal to "expected":\n\n' + inspectLines(actual).join("\n") + "\n"
          : 'Expected "actual" to be strictly unequal to: ' + inspect(expected);
      case "notDeepStrictEqual":
        return 'Expected "actual" not to be strictly deep-equal to:\n\n' + inspectLines(actual).join("\n") + "\n";
      case "notDeepEqual":
        return '"actual" deepEqual "expected"';
      case "fail":
        return "Failed";
      default:
        return inspect(actual) + " " + operator + " " + inspect(expected);
    }
  }

  // gen marks a message assert wrote itself (generatedMessage: true).
  const GENERATED = Symbol("generated");
  const gen = (text) => ({ [GENERATED]: text });

  function fail(actual, expected, message, operator, stackStartFn, site = SITE_INNER_FAIL) {
    if (message instanceof Error) throw message;
    if (message !== null && typeof message === "object" && GENERATED in message) {
      const err = new AssertionError({ actual, expected, operator, message: message[GENERATED], stackStartFn });
      err.generatedMessage = true;
      throw thrownAt(err, site);
    }
    if (message !== undefined && (operator === "strictEqual" || operator === "deepStrictEqual") && !isObject(actual) && !isObject(expected)) {
      // Node 20 adds the values to a message of the caller's own.
      message = String(message) + "\n\n" + inspect(actual) + " !== " + inspect(expected) + "\n";
    }
    throw thrownAt(new AssertionError({ actual, expected, operator, message, stackStartFn }), site);
  }

  function ok(value, message) { innerOk(ok, arguments.length, value, message); }
  function assert(value, message) { innerOk(assert, arguments.length, value, message); }

  // matches checks a thrown error against what throws/rejects expect: a
  // constructor, a RegExp for its string, a validation function, or an
  // object whose properties it must have.
  function matches(err, expected, message, fn) {
    if (expected === undefined) return;
    if (expected instanceof RegExp) {
      if (expected.test(String(err))) return;
      fail(err, expected, message !== undefined ? message : gen("The input did not match the regular expression " + String(expected) + ". Input:\n\n" + inspect(String(err)) + "\n"), fn.name, fn);
    }
    if (typeof expected === "function") {
      if (expected.prototype !== undefined && err instanceof expected) return;
      if (Error.isPrototypeOf(expected) || expected === Error) throw err;
      if (expected.call({}, err) === true) return;
      fail(err, expected, message !== undefined ? message : gen("The " + (expected.name ? '"' + expected.name + '" ' : "") + "validation function is expected to return \"true\". Received " + inspect(expected.call({}, err))), fn.name, fn);
    }
    if (typeof expected === "object" && expected !== null) {
      for (const k of Object.keys(expected)) {
        const want = expected[k], got = err == null ? undefined : err[k];
        const same = want instanceof RegExp && typeof got === "string" ? want.test(got) : host.isDeepEqual(got, want, true);
        if (!same) fail(err, expected, message !== undefined ? message : gen("Expected values to be strictly deep-equal:\n\n" + inspect(got) + " !== " + inspect(want) + "\n"), fn.name, fn);
      }
    }
  }

  function throws(block, expected, message) {
    if (typeof expected === "string") { message = expected; expected = undefined; }
    let threw = false, err;
    try { block(); } catch (e) { threw = true; err = e; }
    if (!threw) {
      let name = expected && expected.name ? " (" + expected.name + ")" : "";
      fail(undefined, expected, message !== undefined ? "Missing expected exception" + name + ": " + message : "Missing expected exception" + name + ".", "throws", throws);
    }
    matches(err, expected, message, throws);
  }

  function doesNotThrow(block, expected, message) {
    if (typeof expected === "string") message = expected;
    try { block(); } catch (e) {
      fail(e, expected, 'Got unwanted exception' + (message ? ": " + message : ".") + "\nActual message: \"" + (e && e.message) + "\"", "doesNotThrow", doesNotThrow);
    }
  }

  async function rejects(promiseFn, expected, message) {
    if (typeof expected === "string") { message = expected; expected = undefined; }
    const promise = typeof promiseFn === "function" ? promiseFn() : promiseFn;
    let rejected = false, err;
    try { await promise; } catch (e) { rejected = true; err = e; }
    if (!rejected) {
      let name = expected && expected.name ? " (" + expected.name + ")" : "";
      fail(undefined, expected, message !== undefined ? "Missing expected rejection" + name + ": " + message : "Missing expected rejection" + name + ".", "rejects", rejects);
    }
    matches(err, expected, message, rejects);
  }

  async function doesNotReject(promiseFn, expected, message) {
    if (typeof expected === "string") message = expected;
    const promise = typeof promiseFn === "function" ? promiseFn() : promiseFn;
    try { await promise; } catch (e) {
      fail(e, expected, 'Got unwanted rejection' + (message ? ": " + message : ".") + "\nActual message: \"" + (e && e.message) + "\"", "doesNotReject", doesNotReject);
    }
  }

  function match(string, regexp, message) {
    if (typeof string !== "string" || !regexp.test(string)) {
      fail(string, regexp, message !== undefined ? message : gen(typeof string !== "string"
        ? 'The "string" argument must be of type string. Received type ' + typeof string + " (" + inspect(string) + ")"
        : "The input did not match the regular expression " + String(regexp) + ". Input:\n\n" + inspect(string) + "\n"), "match", match, SITE_MATCH);
    }
  }

  function doesNotMatch(string, regexp, message) {
    if (typeof string !== "string" || regexp.test(string)) {
      fail(string, regexp, message !== undefined ? message : gen("The input was expected to not match the regular expression " + String(regexp) + ". Input:\n\n" + inspect(string) + "\n"), "doesNotMatch", doesNotMatch, SITE_MATCH);
    }
  }

  Object.assign(assert, {
    ok,
    AssertionError,
    fail: function fail(message) {
      if (message instanceof Error) throw message;
      const err = new AssertionError({ message: message === undefined ? "Failed" : message, operator: "fail", stackStartFn: fail });
      err.generatedMessage = message === undefined;
      throw thrownAt(err, SITE_FAIL);
    },
    equal: function equal(actual, expected, message) {
      if (!(actual == expected || (actual !== actual && expected !== expected))) fail(actual, expected, message, "==", equal);
    },
    notEqual: function notEqual(actual, expected, message) {
      if (actual == expected || (actual !== actual && expected !== expected)) fail(actual, expected, message, "!=", notEqual);
    },
    strictEqual: function strictEqual(actual, expected, message) {
      if (!Object.is(actual, expected)) fail(actual, expected, message, "strictEqual", strictEqual);
    },
    notStrictEqual: function notStrictEqual(actual, expected, message) {
      if (Object.is(actual, expected)) fail(actual, expected, message, "notStrictEqual", notStrictEqual);
    },
    deepEqual: function deepEqual(actual, expected, message) {
      if (!host.isDeepEqual(actual, expected, false)) fail(actual, expected, message, "deepEqual", deepEqual);
    },
    notDeepEqual: function notDeepEqual(actual, expected, message) {
      if (host.isDeepEqual(actual, expected, false)) fail(actual, expected, message, "notDeepEqual", notDeepEqual);
    },
    deepStrictEqual: function deepStrictEqual(actual, expected, message) {
      if (!host.isDeepEqual(actual, expected, true)) fail(actual, expected, message, "deepStrictEqual", deepStrictEqual);
    },
    notDeepStrictEqual: function notDeepStrictEqual(actual, expected, message) {
      if (host.isDeepEqual(actual, expected, true)) fail(actual, expected, message, "notDeepStrictEqual", notDeepStrictEqual);
    },
    throws, doesNotThrow, rejects, doesNotReject, match, doesNotMatch,
    ifError(value) {
      if (value !== null && value !== undefined) {
        throw value instanceof Error ? value : new AssertionError({ message: "ifError got unwanted exception: " + inspect(value), actual: value, expected: null, operator: "ifError", stackStartFn: assert.ifError });
      }
    },
  });
  // assert.strict: the strict versions under the loose names.
  function strict(value, message) { innerOk(strict, arguments.length, value, message); }
  Object.assign(strict, assert, {
    equal: assert.strictEqual, notEqual: assert.notStrictEqual,
    deepEqual: assert.deepStrictEqual, notDeepEqual: assert.notDeepStrictEqual,
  });
  strict.strict = strict;
  assert.strict = strict;
  return assert;
})
