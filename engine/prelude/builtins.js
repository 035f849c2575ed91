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
        if (e instanceof SyntaxErrorCtor) throw new SyntaxErrorCtor(host.jsonError(StringCtor(text)));
        throw e;
      }
    },
  }.parse;
  Object.defineProperty(JSON, "parse", { value: parse, writable: true, enumerable: false, configurable: true });
})
