// promise.js: ECMAScript's Promise, step by step as the specification writes
// it (ECMA-262, "Promise Objects"), so that looplab owns the microtask queue.
// goja's built-in Promise runs its jobs internally and cannot say when a job
// is enqueued; this one hands every job to the host (host.enqueue), which
// records it in the trace and runs it from its own microtask queue.
//
// The file is one expression: a function of the host object returning the
// Promise constructor and the internal operations the rest of the prelude
// (async functions, Node's and the browser's APIs) builds on.
//
// Host contract:
//   host.enqueue(kind, job, display)  queue a microtask; kind is one of the
//       JOB_* numbers below, display is what the trace labels the job with
//       (the user's handler, a function id for await, ...)
//   host.track(promise, operation)    HostPromiseRejectionTracker:
//       operation 0 = "reject" (rejected with no handler), 1 = "handle"
//   host.isConstructor(value)         IsConstructor
(function (host) {
  "use strict";

  // Primordials: user code may replace any of these later.
  const TypeError = globalThis.TypeError;
  const AggregateError = globalThis.AggregateError;
  const SymbolIterator = Symbol.iterator;
  const SymbolSpecies = Symbol.species;
  const SymbolToStringTag = Symbol.toStringTag;
  const ReflectApply = Reflect.apply;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectFreeze = Object.freeze;
  const WeakMapCtor = WeakMap;
  const WeakMapGet = WeakMap.prototype.get;
  const WeakMapSet = WeakMap.prototype.set;
  const StringCtor = String;

  const hostEnqueue = host.enqueue;
  const hostTrack = host.track;
  const hostFix = host.fix; // puts goja's error messages in V8's words
  const isConstructor = host.isConstructor;

  const PENDING = 0, FULFILLED = 1, REJECTED = 2;
  const FULFILL = 0, REJECT = 1;
  // Job kinds, as the host labels them.
  const JOB_REACTION = 0, JOB_AWAIT = 1, JOB_THENABLE = 2;
  const TRACK_REJECT = 0, TRACK_HANDLE = 1;

  const isObject = (v) => (typeof v === "object" && v !== null) || typeof v === "function";
  const isCallable = (v) => typeof v === "function";
  // anon returns f unchanged; passing a function through it keeps it from
  // being named after the variable it is assigned to (the specification's
  // internal closures have the empty name).
  const anon = (f) => f;

  // describe turns a value into the short text V8 puts in error messages.
  function describe(v) {
    if (typeof v === "string") return '"' + v + '"';
    if (typeof v === "symbol") return "Symbol()";
    if (typeof v === "function") return "function";
    if (v === null) return "null";
    if (typeof v === "object") return "#<Object>";
    return StringCtor(v);
  }

  // display maps internal closures (finally's thenFinally, Promise.all's
  // element functions) to what the trace should call them.
  const displays = new WeakMapCtor();
  const setDisplay = (f, what) => { ReflectApply(WeakMapSet, displays, [f, what]); return f; };
  const displayOf = (f) => (isObject(f) ? ReflectApply(WeakMapGet, displays, [f]) : undefined);

  // Filled in by the class's static block, which alone sees the private slots.
  let isPromise, promiseState, fulfillPromise, rejectPromise, performPromiseThen, createResolvingFunctions, asyncFrames;

  // The reaction whose job is running: where V8 starts its async stack
  // trace (asyncFrames).
  let currentReaction;

  class Promise {
    #state = PENDING;
    #result = undefined;
    #fulfillReactions = [];
    #rejectReactions = [];
    #isHandled = false;

    constructor(executor) {
      if (!isCallable(executor)) {
        throw new TypeError("Promise resolver " + describe(executor) + " is not a function");
      }
      const fns = createResolvingFunctions(this);
      try {
        executor(fns[0], fns[1]);
      } catch (e) {
        fns[1](e);
      }
    }

    then(onFulfilled, onRejected) {
      if (!isPromise(this)) {
        throw new TypeError("Method Promise.prototype.then called on incompatible receiver " + describe(this));
      }
      const C = speciesConstructor(this, Promise);
      const resultCapability = newPromiseCapability(C);
      return performPromiseThen(this, onFulfilled, onRejected, resultCapability);
    }

    catch(onRejected) {
      return this.then(undefined, onRejected);
    }

    finally(onFinally) {
      const promise = this;
      if (!isObject(promise)) {
        throw new TypeError("Method Promise.prototype.finally called on incompatible receiver " + describe(promise));
      }
      const C = speciesConstructor(promise, Promise);
      let thenFinally, catchFinally;
      if (!isCallable(onFinally)) {
        thenFinally = onFinally;
        catchFinally = onFinally;
      } else {
        thenFinally = anon((value) => {
          const result = ReflectApply(onFinally, undefined, []);
          const p = promiseResolve(C, result);
          const returnValue = anon(() => value);
          return p.then(setDisplay(returnValue, ["finally", onFinally]));
        });
        catchFinally = anon((reason) => {
          const result = ReflectApply(onFinally, undefined, []);
          const p = promiseResolve(C, result);
          const throwReason = anon(() => { throw reason; });
          return p.then(setDisplay(throwReason, ["finally", onFinally]));
        });
        setDisplay(thenFinally, ["finally", onFinally]);
        setDisplay(catchFinally, ["finally", onFinally]);
      }
      return promise.then(thenFinally, catchFinally);
    }

    static resolve(x) {
      const C = this;
      if (!isObject(C)) throw new TypeError("PromiseResolve called on non-object");
      return promiseResolve(C, x);
    }

    static reject(r) {
      const C = this;
      const promiseCapability = newPromiseCapability(C);
      ReflectApply(promiseCapability.reject, undefined, [r]);
      return promiseCapability.promise;
    }

    static withResolvers() {
      const C = this;
      const promiseCapability = newPromiseCapability(C);
      const obj = {};
      obj.promise = promiseCapability.promise;
      obj.resolve = promiseCapability.resolve;
      obj.reject = promiseCapability.reject;
      return obj;
    }

    static try(callbackfn, ...args) {
      const C = this;
      if (!isObject(C)) throw new TypeError("Promise.try called on non-object");
      const promiseCapability = newPromiseCapability(C);
      let status;
      try {
        status = ReflectApply(callbackfn, undefined, args);
      } catch (e) {
        ReflectApply(promiseCapability.reject, undefined, [e]);
        return promiseCapability.promise;
      }
      ReflectApply(promiseCapability.resolve, undefined, [status]);
      return promiseCapability.promise;
    }

    static all(iterable) {
      return combinator(this, iterable, performPromiseAll);
    }

    static allSettled(iterable) {
      return combinator(this, iterable, performPromiseAllSettled);
    }

    static any(iterable) {
      return combinator(this, iterable, performPromiseAny);
    }

    static race(iterable) {
      return combinator(this, iterable, performPromiseRace);
    }

    static get [SymbolSpecies]() {
      return this;
    }

    static {
      isPromise = (x) => isObject(x) && #state in x;

      promiseState = (p) => {
        if (!isPromise(p)) return undefined;
        if (p.#state === PENDING) return ["pending"];
        return [p.#state === FULFILLED ? "fulfilled" : "rejected", p.#result];
      };

      fulfillPromise = (promise, value) => {
        const reactions = promise.#fulfillReactions;
        promise.#result = value;
        promise.#fulfillReactions = undefined;
        promise.#rejectReactions = undefined;
        promise.#state = FULFILLED;
        triggerPromiseReactions(reactions, value);
      };

      rejectPromise = (promise, reason) => {
        hostFix(reason);
        const reactions = promise.#rejectReactions;
        promise.#result = reason;
        promise.#fulfillReactions = undefined;
        promise.#rejectReactions = undefined;
        promise.#state = REJECTED;
        if (!promise.#isHandled) hostTrack(promise, TRACK_REJECT);
        triggerPromiseReactions(reactions, reason);
      };

      // performPromiseThen(promise, onFulfilled, onRejected, capability,
      // awaiter): awaiter, when given, is the async function awaiting the
      // promise: { fid, at, promise() } (its function id, for the trace's
      // "resume f"; the source offset of the await, and the promise it
      // will settle, for async stack traces).
      performPromiseThen = (promise, onFulfilled, onRejected, resultCapability, awaiter) => {
        if (!isCallable(onFulfilled)) onFulfilled = undefined;
        if (!isCallable(onRejected)) onRejected = undefined;
        const awaitFunc = awaiter === undefined ? undefined : awaiter.fid;
        const fulfillReaction = { capability: resultCapability, type: FULFILL, handler: onFulfilled, awaitFunc, awaiter };
        const rejectReaction = { capability: resultCapability, type: REJECT, handler: onRejected, awaitFunc, awaiter };
        const state = promise.#state;
        if (state === PENDING) {
          const f = promise.#fulfillReactions, r = promise.#rejectReactions;
          f[f.length] = fulfillReaction;
          r[r.length] = rejectReaction;
        } else if (state === FULFILLED) {
          enqueueReactionJob(fulfillReaction, promise.#result);
        } else {
          if (!promise.#isHandled) hostTrack(promise, TRACK_HANDLE);
          enqueueReactionJob(rejectReaction, promise.#result);
        }
        promise.#isHandled = true;
        return resultCapability === undefined ? undefined : resultCapability.promise;
      };

      // asyncFrames is V8's async stack trace of the running job, as
      // [fid, at, recv, ...] triples: an async function awaiting (its
      // function id, the offset of its await, its this value), or a
      // combinator (fid -1 for Promise.all, -2 Promise.allSettled, -3
      // Promise.any; at is the element's index). From the promise the job settles, it follows each
      // promise's lone reaction while the promise is pending.
      asyncFrames = () => {
        const out = [];
        const reaction = currentReaction;
        if (reaction === undefined) return out;
        let promise = reaction.awaiter !== undefined ? reaction.awaiter.promise()
          : reaction.capability !== undefined ? reaction.capability.promise : undefined;
        while (out.length < 200 && isPromise(promise) && promise.#state === PENDING) {
          const fulfill = promise.#fulfillReactions, reject = promise.#rejectReactions;
          if (fulfill.length !== 1) break;
          const r = fulfill[0];
          if (r.awaiter !== undefined) {
            out[out.length] = r.awaiter.fid;
            out[out.length] = r.awaiter.at;
            out[out.length] = r.awaiter.recv;
            promise = r.awaiter.promise();
            continue;
          }
          const d = displayOf(r.handler) || displayOf(reject[0].handler);
          const kind = d === undefined ? 0 : d[0] === "Promise.all" ? -1 : d[0] === "Promise.allSettled" ? -2 : d[0] === "Promise.any" ? -3 : 0;
          if (kind !== 0) {
            out[out.length] = kind;
            out[out.length] = d[1];
            out[out.length] = undefined;
            promise = d[2];
            continue;
          }
          if (r.capability === undefined) break;
          promise = r.capability.promise;
        }
        return out;
      };
    }
  }

  ObjectDefineProperty(Promise.prototype, SymbolToStringTag, {
    value: "Promise", writable: false, enumerable: false, configurable: true,
  });

  // CreateResolvingFunctions: the resolve and reject functions handed to an
  // executor. Both are anonymous, take one argument, and act only once.
  createResolvingFunctions = (promise) => {
    let alreadyResolved = false;
    return [
      (resolution) => {
        if (alreadyResolved) return undefined;
        alreadyResolved = true;
        if (resolution === promise) {
          rejectPromise(promise, new TypeError("Chaining cycle detected for promise #<Promise>"));
          return undefined;
        }
        if (!isObject(resolution)) {
          fulfillPromise(promise, resolution);
          return undefined;
        }
        let thenAction;
        try {
          thenAction = resolution.then;
        } catch (e) {
          rejectPromise(promise, e);
          return undefined;
        }
        if (!isCallable(thenAction)) {
          fulfillPromise(promise, resolution);
          return undefined;
        }
        // NewPromiseResolveThenableJob: adopting a thenable (a promise
        // included) costs a microtask to call its then, which then queues
        // another when it settles.
        const job = () => {
          const fns = createResolvingFunctions(promise);
          try {
            ReflectApply(thenAction, resolution, [fns[0], fns[1]]);
          } catch (e) {
            fns[1](e);
          }
        };
        hostEnqueue(JOB_THENABLE, job, thenAction);
        return undefined;
      },
      (reason) => {
        if (alreadyResolved) return undefined;
        alreadyResolved = true;
        rejectPromise(promise, reason);
        return undefined;
      },
    ];
  };

  function triggerPromiseReactions(reactions, argument) {
    for (let i = 0; i < reactions.length; i++) enqueueReactionJob(reactions[i], argument);
  }

  // NewPromiseReactionJob + HostEnqueuePromiseJob.
  function enqueueReactionJob(reaction, argument) {
    const job = () => {
      const capability = reaction.capability;
      const handler = reaction.handler;
      let handlerResult, abrupt = false;
      if (handler === undefined) {
        handlerResult = argument;
        abrupt = reaction.type === REJECT;
      } else {
        const saved = currentReaction;
        currentReaction = reaction;
        try {
          handlerResult = handler(argument);
        } catch (e) {
          handlerResult = e;
          abrupt = true;
        }
        currentReaction = saved;
      }
      if (capability === undefined) return;
      if (abrupt) ReflectApply(capability.reject, undefined, [handlerResult]);
      else ReflectApply(capability.resolve, undefined, [handlerResult]);
    };
    if (reaction.awaitFunc !== undefined) {
      hostEnqueue(JOB_AWAIT, job, reaction.awaitFunc);
    } else {
      const h = reaction.handler;
      hostEnqueue(JOB_REACTION, job, h === undefined ? reaction.type : (displayOf(h) || h));
    }
  }

  // NewPromiseCapability(C).
  function newPromiseCapability(C) {
    if (!isConstructor(C)) throw new TypeError(describe(C) + " is not a constructor");
    const capability = { promise: undefined, resolve: undefined, reject: undefined };
    const executor = anon((resolve, reject) => {
      if (capability.resolve !== undefined) throw new TypeError("Promise executor has already been invoked with non-undefined arguments");
      if (capability.reject !== undefined) throw new TypeError("Promise executor has already been invoked with non-undefined arguments");
      capability.resolve = resolve;
      capability.reject = reject;
      return undefined;
    });
    const promise = new C(executor);
    if (!isCallable(capability.resolve)) throw new TypeError("Promise resolve or reject function is not callable");
    if (!isCallable(capability.reject)) throw new TypeError("Promise resolve or reject function is not callable");
    capability.promise = promise;
    return capability;
  }

  // newCapability is the fast path for %Promise% itself, used by the host
  // and by await: no observable lookups.
  function newCapability() {
    const capability = { promise: undefined, resolve: undefined, reject: undefined };
    capability.promise = new Promise(anon((resolve, reject) => {
      capability.resolve = resolve;
      capability.reject = reject;
    }));
    return capability;
  }

  // PromiseResolve(C, x).
  function promiseResolve(C, x) {
    if (isPromise(x)) {
      const xConstructor = x.constructor;
      if (xConstructor === C) return x;
    }
    const promiseCapability = newPromiseCapability(C);
    ReflectApply(promiseCapability.resolve, undefined, [x]);
    return promiseCapability.promise;
  }

  // SpeciesConstructor(O, defaultConstructor).
  function speciesConstructor(O, defaultConstructor) {
    const C = O.constructor;
    if (C === undefined) return defaultConstructor;
    if (!isObject(C)) throw new TypeError("The .constructor property is not an object");
    const S = C[SymbolSpecies];
    if (S === undefined || S === null) return defaultConstructor;
    if (isConstructor(S)) return S;
    throw new TypeError("object.constructor[Symbol.species] is not a constructor");
  }

  // ---------------------------------------------------------------- iteration helpers

  const DONE = {};

  function getIterator(obj) {
    const method = obj == null ? undefined : obj[SymbolIterator];
    if (!isCallable(method)) {
      throw new TypeError(describeIterable(obj) + " is not iterable (cannot read property Symbol(Symbol.iterator))");
    }
    const iterator = ReflectApply(method, obj, []);
    if (!isObject(iterator)) throw new TypeError("Result of the Symbol.iterator method is not an object");
    return { iterator, next: iterator.next, done: false };
  }

  function describeIterable(v) {
    if (typeof v === "string") return '"' + v + '"';
    if (v === undefined) return "undefined";
    if (v === null) return "null";
    if (typeof v === "number" || typeof v === "boolean") return "number " + StringCtor(v);
    return "object";
  }

  // IteratorStepValue: the next value, or DONE. Any abrupt completion marks
  // the record done, so the caller does not close an iterator that broke.
  function iteratorStepValue(rec) {
    let result;
    try {
      result = ReflectApply(rec.next, rec.iterator, []);
    } catch (e) {
      rec.done = true;
      throw e;
    }
    if (!isObject(result)) {
      rec.done = true;
      throw new TypeError("Iterator result " + describe(result) + " is not an object");
    }
    let done;
    try {
      done = !!result.done;
    } catch (e) {
      rec.done = true;
      throw e;
    }
    if (done) {
      rec.done = true;
      return DONE;
    }
    try {
      return result.value;
    } catch (e) {
      rec.done = true;
      throw e;
    }
  }

  // IteratorClose with a throw completion: the original error wins.
  function iteratorCloseOnThrow(rec) {
    try {
      const ret = rec.iterator.return;
      if (ret !== undefined && ret !== null) ReflectApply(ret, rec.iterator, []);
    } catch (_) {
      // ignored: the completion being propagated is a throw
    }
  }

  // IteratorClose with a normal completion.
  function iteratorClose(rec) {
    const ret = rec.iterator.return;
    if (ret === undefined || ret === null) return;
    const inner = ReflectApply(ret, rec.iterator, []);
    if (!isObject(inner)) throw new TypeError("Iterator result " + describe(inner) + " is not an object");
  }

  // ---------------------------------------------------------------- combinators

  // combinator is the shared frame of Promise.all/allSettled/any/race:
  // capability, GetPromiseResolve, GetIterator, and IteratorClose plus
  // rejection when the perform step fails.
  function combinator(C, iterable, perform) {
    const promiseCapability = newPromiseCapability(C);
    let promiseResolveFn, rec;
    try {
      promiseResolveFn = C.resolve;
      if (!isCallable(promiseResolveFn)) throw new TypeError("Promise resolve or reject function is not callable");
      rec = getIterator(iterable);
    } catch (e) {
      ReflectApply(promiseCapability.reject, undefined, [e]);
      return promiseCapability.promise;
    }
    try {
      return perform(rec, C, promiseCapability, promiseResolveFn);
    } catch (e) {
      if (!rec.done) iteratorCloseOnThrow(rec);
      ReflectApply(promiseCapability.reject, undefined, [e]);
      return promiseCapability.promise;
    }
  }

  function listToArray(list) {
    const a = [];
    for (let i = 0; i < list.length; i++) {
      ObjectDefineProperty(a, i, { value: list[i], writable: true, enumerable: true, configurable: true });
    }
    return a;
  }

  function performPromiseAll(rec, C, cap, promiseResolveFn) {
    const values = [];
    const remaining = { count: 1 };
    let index = 0;
    for (;;) {
      const next = iteratorStepValue(rec);
      if (next === DONE) {
        if (--remaining.count === 0) ReflectApply(cap.resolve, undefined, [listToArray(values)]);
        return cap.promise;
      }
      values[values.length] = undefined;
      const nextPromise = ReflectApply(promiseResolveFn, C, [next]);
      const elementIndex = index;
      let alreadyCalled = false;
      const onFulfilled = anon((x) => {
        if (alreadyCalled) return undefined;
        alreadyCalled = true;
        values[elementIndex] = x;
        if (--remaining.count === 0) return ReflectApply(cap.resolve, undefined, [listToArray(values)]);
        return undefined;
      });
      setDisplay(onFulfilled, ["Promise.all", elementIndex, cap.promise]);
      remaining.count++;
      nextPromise.then(onFulfilled, cap.reject);
      index++;
    }
  }

  function performPromiseAllSettled(rec, C, cap, promiseResolveFn) {
    const values = [];
    const remaining = { count: 1 };
    let index = 0;
    for (;;) {
      const next = iteratorStepValue(rec);
      if (next === DONE) {
        if (--remaining.count === 0) ReflectApply(cap.resolve, undefined, [listToArray(values)]);
        return cap.promise;
      }
      values[values.length] = undefined;
      const nextPromise = ReflectApply(promiseResolveFn, C, [next]);
      const elementIndex = index;
      const alreadyCalled = { value: false };
      const settle = (status, key) => anon((x) => {
        if (alreadyCalled.value) return undefined;
        alreadyCalled.value = true;
        const obj = {};
        obj.status = status;
        obj[key] = x;
        values[elementIndex] = obj;
        if (--remaining.count === 0) return ReflectApply(cap.resolve, undefined, [listToArray(values)]);
        return undefined;
      });
      const onFulfilled = setDisplay(settle("fulfilled", "value"), ["Promise.allSettled", elementIndex, cap.promise]);
      const onRejected = setDisplay(settle("rejected", "reason"), ["Promise.allSettled", elementIndex, cap.promise]);
      remaining.count++;
      nextPromise.then(onFulfilled, onRejected);
      index++;
    }
  }

  function performPromiseAny(rec, C, cap, promiseResolveFn) {
    const errors = [];
    const remaining = { count: 1 };
    let index = 0;
    const rejectAll = () => {
      const error = new AggregateError([], "All promises were rejected");
      ObjectDefineProperty(error, "errors", {
        value: listToArray(errors), writable: true, enumerable: false, configurable: true,
      });
      ReflectApply(cap.reject, undefined, [error]);
    };
    for (;;) {
      const next = iteratorStepValue(rec);
      if (next === DONE) {
        if (--remaining.count === 0) rejectAll();
        return cap.promise;
      }
      errors[errors.length] = undefined;
      const nextPromise = ReflectApply(promiseResolveFn, C, [next]);
      const elementIndex = index;
      let alreadyCalled = false;
      const onRejected = anon((x) => {
        if (alreadyCalled) return undefined;
        alreadyCalled = true;
        errors[elementIndex] = x;
        if (--remaining.count === 0) rejectAll();
        return undefined;
      });
      setDisplay(onRejected, ["Promise.any", elementIndex, cap.promise]);
      remaining.count++;
      nextPromise.then(cap.resolve, onRejected);
      index++;
    }
  }

  function performPromiseRace(rec, C, cap, promiseResolveFn) {
    for (;;) {
      const next = iteratorStepValue(rec);
      if (next === DONE) return cap.promise;
      const nextPromise = ReflectApply(promiseResolveFn, C, [next]);
      nextPromise.then(cap.resolve, cap.reject);
    }
  }

  return ObjectFreeze({
    Promise,
    isPromise,
    promiseState,
    promiseResolve,
    performPromiseThen,
    asyncFrames: () => asyncFrames(),
    newCapability,
    newPromiseCapability,
    createResolvingFunctions,
    displayOf,
    getIterator,
    iteratorStepValue,
    iteratorClose,
    iteratorCloseOnThrow,
    DONE,
  });
})
