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
})
