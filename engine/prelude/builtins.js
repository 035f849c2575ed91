// builtins.js: language built-ins made to behave as V8's do where goja's
// differ in what a program can see. JSON.parse reports V8's messages
// ("Unexpected token '}', "{"a":}" is not valid JSON"), computed by the host
// (engine/jsonerr.go) when goja rejects the text.
//
// The file is one expression: a function of host, run before any other
// prelude file.
(function (host) {
  "use strict";

  const JSONParse = JSON.parse;
  const SyntaxErrorCtor = SyntaxError;
  const ReflectApply = Reflect.apply;
  const StringCtor = String;

  const parse = {
    parse(text, reviver) {
      try {
        return ReflectApply(JSONParse, JSON, [text, reviver]);
      } catch (e) {
        if (e instanceof SyntaxErrorCtor) {
          const err = new SyntaxErrorCtor(host.jsonError(StringCtor(text)));
          host.jsonFailed(err, StringCtor(text));
          throw err;
        }
        throw e;
      }
    },
  }.parse;
  Object.defineProperty(JSON, "parse", { value: parse, writable: true, enumerable: false, configurable: true });

  // The Error constructors give each error V8's stack as it is constructed
  // (host.errorCreated), and Error has V8's captureStackTrace and
  // stackTraceLimit.
  const ReflectConstruct = Reflect.construct;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectSetPrototypeOf = Object.setPrototypeOf;
  let ErrorWrapper;
  for (const name of ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError"]) {
    const Native = globalThis[name];
    if (typeof Native !== "function") continue;
    const Wrapper = {
      [name]: function () {
        const e = ReflectConstruct(Native, arguments, new.target === undefined ? Wrapper : new.target);
        host.errorCreated(e, new.target);
        return e;
      },
    }[name];
    ObjectDefineProperty(Wrapper, "length", { value: Native.length, configurable: true });
    ObjectDefineProperty(Wrapper, "prototype", { value: Native.prototype, writable: false });
    ObjectDefineProperty(Native.prototype, "constructor", { value: Wrapper, writable: true, enumerable: false, configurable: true });
    if (ErrorWrapper === undefined) {
      ErrorWrapper = Wrapper;
      const captureStackTrace = {
        captureStackTrace(targetObject, constructorOpt) {
          host.captureStackTrace(targetObject, constructorOpt);
        },
      }.captureStackTrace;
      ObjectDefineProperty(Wrapper, "captureStackTrace", { value: captureStackTrace, writable: true, enumerable: false, configurable: true });
      ObjectDefineProperty(Wrapper, "stackTraceLimit", { value: 10, writable: true, enumerable: true, configurable: true });
    } else {
      ObjectSetPrototypeOf(Wrapper, ErrorWrapper);
    }
    ObjectDefineProperty(globalThis, name, { value: Wrapper, writable: true, enumerable: false, configurable: true });
  }

  // Dates and numbers as V8 with ICU's en-US locale writes them (the
  // runtimes run in UTC): "(Coordinated Universal Time)" in Date strings,
  // "1/5/2024, 3:04:05 PM" from toLocaleString, "1,234.5" from a number's.
  // goja writes "(UTC)", its own locale format, and reads a number's
  // toLocaleString argument as a radix.
  const DateProto = Date.prototype;
  for (const name of ["toString", "toTimeString"]) {
    const original = DateProto[name];
    const fn = {
      [name]() {
        const s = ReflectApply(original, this, []);
        return s.endsWith(" (UTC)") ? s.slice(0, -6) + " (Coordinated Universal Time)" : s;
      },
    }[name];
    Object.defineProperty(DateProto, name, { value: fn, writable: true, enumerable: false, configurable: true });
  }
  const getTime = DateProto.getTime;
  function localeDate(d) {
    return (d.getUTCMonth() + 1) + "/" + d.getUTCDate() + "/" + d.getUTCFullYear();
  }
  function localeTime(d) {
    const h = d.getUTCHours();
    const pad = (n) => (n < 10 ? "0" : "") + n;
    return ((h + 11) % 12 + 1) + ":" + pad(d.getUTCMinutes()) + ":" + pad(d.getUTCSeconds()) + (h < 12 ? " AM" : " PM");
  }
  const dateLocale = {
    toLocaleString() { return isNaN(ReflectApply(getTime, this, [])) ? "Invalid Date" : localeDate(this) + ", " + localeTime(this); },
    toLocaleDateString() { return isNaN(ReflectApply(getTime, this, [])) ? "Invalid Date" : localeDate(this); },
    toLocaleTimeString() { return isNaN(ReflectApply(getTime, this, [])) ? "Invalid Date" : localeTime(this); },
  };
  for (const name of Object.keys(dateLocale)) {
    const original = DateProto[name];
    const mine = dateLocale[name];
    const fn = {
      [name](locales, options) {
        // With options, goja's own formatting is the better guess.
        if (options !== undefined) return ReflectApply(original, this, [locales, options]);
        return ReflectApply(mine, this, []);
      },
    }[name];
    Object.defineProperty(DateProto, name, { value: fn, writable: true, enumerable: false, configurable: true });
  }

  const numberValueOf = Number.prototype.valueOf;
  const CURRENCY = { USD: "$", EUR: "€", GBP: "£", JPY: "¥", INR: "₹" };
  const numberLocale = {
    toLocaleString(locales, options = {}) {
      let x = ReflectApply(numberValueOf, this, []);
      if (x !== x) return "NaN";
      if (x === Infinity || x === -Infinity) return (x < 0 ? "-" : "") + "∞";
      const style = options.style || "decimal";
      if (style === "percent") x *= 100;
      const currency = style === "currency" ? StringCtor(options.currency || "USD").toUpperCase() : "";
      const defMax = style === "percent" ? 0 : currency ? (currency === "JPY" ? 0 : 2) : 3;
      const defMin = currency ? defMax : 0;
      const min = options.minimumFractionDigits !== undefined ? Number(options.minimumFractionDigits) : Math.min(defMin, options.maximumFractionDigits !== undefined ? Number(options.maximumFractionDigits) : defMin);
      const max = Math.max(min, options.maximumFractionDigits !== undefined ? Number(options.maximumFractionDigits) : defMax);
      const negative = x < 0 || Object.is(x, -0);
      let digits = Math.abs(x).toFixed(max);
      if (digits.includes("e")) digits = BigInt(Math.round(Math.abs(x))).toString();
      let [int, frac = ""] = digits.split(".");
      while (frac.length > min && frac.endsWith("0")) frac = frac.slice(0, -1);
      if (options.useGrouping !== false) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
      let out = int + (frac ? "." + frac : "");
      if (currency) out = (CURRENCY[currency] || currency + "\u00a0") + out;
      if (style === "percent") out += "%";
      return (negative ? "-" : "") + out;
    },
  };
  Object.defineProperty(Number.prototype, "toLocaleString", { value: numberLocale.toLocaleString, writable: true, enumerable: false, configurable: true });
})
