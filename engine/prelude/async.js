// async.js: async functions, async generators and for-await, on top of
// promise.js, as the specification defines them (ECMA-262 "AsyncFunction
// Objects", "AsyncGenerator Objects", "ForIn/OfBodyEvaluation").
//
// looplab's instrumenter rewrites each async function into a generator
// function run by the drivers below, and `await x` into `yield x` (in async
// generators, `yield AWAIT(x)`). Every resumption pushes the function's frame
// (host.enter) and pops it when the function waits again (host.leave), so the
// trace shows exactly when an async function is on the stack.
//
// The file is one expression: a function of (host, P), P being promise.js's
// exports, returning the helpers the instrumented code calls.
(function (host, P) {
  "use strict";

  const TypeError = globalThis.TypeError;
  const ReflectApply = Reflect.apply;
  const ObjectCreate = Object.create;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectSetPrototypeOf = Object.setPrototypeOf;
  const ObjectFreeze = Object.freeze;
  const SymbolIterator = Symbol.iterator;
  const SymbolAsyncIterator = Symbol.asyncIterator;
  const SymbolToStringTag = Symbol.toStringTag;
  const WeakMapCtor = WeakMap;
  const WeakMapGet = WeakMap.prototype.get;
  const WeakMapSet = WeakMap.prototype.set;
  const WeakMapHas = WeakMap.prototype.has;

  const GeneratorPrototype = ObjectGetPrototypeOf(function* () {}).prototype;
  const GenNext = GeneratorPrototype.next;
  const GenThrow = GeneratorPrototype.throw;
  const GenReturn = GeneratorPrototype.return;

  const hostEnter = host.enter;
  const hostLeave = host.leave;
  const hostSuspendedAt = host.suspendedAt;

  const Promise = P.Promise;
  const promiseResolve = P.promiseResolve;
  const performPromiseThen = P.performPromiseThen;
  const newCapability = P.newCapability;

  const NEXT = 0, THROW = 1, RETURN = 2;
  const isObject = (v) => (typeof v === "object" && v !== null) || typeof v === "function";
  const anon = (f) => f;

  function resumeGenerator(gen, mode, value) {
    if (mode === NEXT) return ReflectApply(GenNext, gen, [value]);
    if (mode === THROW) return ReflectApply(GenThrow, gen, [value]);
    return ReflectApply(GenReturn, gen, [value]);
  }

  // await_ performs Await(value) for function fid: PromiseResolve, then a
  // reaction (no derived promise) that resumes the function. It returns
  // false when PromiseResolve itself threw (the caller resumes with that).
  // outer() is the promise the function settles and recv its this value
  // (for async stack traces).
  function await_(fid, value, onFulfilled, onRejected, failed, outer, recv) {
    let promise;
    try {
      promise = promiseResolve(Promise, value);
    } catch (e) {
      failed.error = e;
      return false;
    }
    performPromiseThen(promise, onFulfilled, onRejected, undefined, { fid, at: hostSuspendedAt(), promise: outer, recv });
    return true;
  }

  // ---------------------------------------------------------------- async functions

  // asyncFunction(fid, genFn, thisArg, args) starts an async function whose
  // body is the generator function genFn and returns its promise.
  function asyncFunction(fid, genFn, thisArg, args) {
    const capability = newCapability();
    const frame = hostEnter(fid);
    let gen;
    try {
      gen = ReflectApply(genFn, thisArg, args);
    } catch (e) {
      ReflectApply(capability.reject, undefined, [e]);
      hostLeave(frame);
      return capability.promise;
    }
    hostLeave(frame);
    capability.recv = thisArg;
    asyncStep(fid, gen, capability, NEXT, undefined);
    return capability.promise;
  }

  function asyncStep(fid, gen, capability, mode, value) {
    const frame = hostEnter(fid);
    const failed = { error: undefined };
    for (;;) {
      let result;
      try {
        result = resumeGenerator(gen, mode, value);
      } catch (e) {
        ReflectApply(capability.reject, undefined, [e]);
        hostLeave(frame);
        return;
      }
      if (result.done) {
        ReflectApply(capability.resolve, undefined, [result.value]);
        hostLeave(frame);
        return;
      }
      const onFulfilled = anon((v) => asyncStep(fid, gen, capability, NEXT, v));
      const onRejected = anon((e) => asyncStep(fid, gen, capability, THROW, e));
      if (await_(fid, result.value, onFulfilled, onRejected, failed, () => capability.promise, capability.recv)) {
        hostLeave(frame);
        return;
      }
      mode = THROW;
      value = failed.error;
    }
  }

  // ---------------------------------------------------------------- async generators

  // Commands an async generator body yields to its driver besides plain
  // values (which are `yield v`).
  class AwaitCommand { constructor(v) { this.v = v; } }      // await v
  class YieldRawCommand { constructor(v) { this.v = v; } }   // yield* handing on an inner value, not awaited
  class ReturnCommand { constructor(v) { this.v = v; } }     // yield* ending the body with return v
  const awaitCommand = (v) => new AwaitCommand(v);

  const AsyncIteratorPrototype = {};
  ObjectDefineProperty(AsyncIteratorPrototype, SymbolAsyncIterator, {
    value: anon(function () { return this; }), writable: true, enumerable: false, configurable: true,
  });
  ObjectDefineProperty(AsyncIteratorPrototype[SymbolAsyncIterator], "name", { value: "[Symbol.asyncIterator]" });

  const SUSPENDED_START = 0, SUSPENDED_YIELD = 1, EXECUTING = 2, DRAINING = 3, COMPLETED = 4;
  const generators = new WeakMapCtor(); // async generator object -> its state

  function validate(generator) {
    const g = isObject(generator) ? ReflectApply(WeakMapGet, generators, [generator]) : undefined;
    if (g === undefined) throw new TypeError("receiver is not an async generator");
    return g;
  }

  const AsyncGeneratorPrototype = ObjectCreate(AsyncIteratorPrototype);
  const methods = {
    next(value) {
      const capability = newCapability();
      let g;
      try { g = validate(this); } catch (e) { ReflectApply(capability.reject, undefined, [e]); return capability.promise; }
      const state = g.state;
      if (state === COMPLETED) {
        ReflectApply(capability.resolve, undefined, [{ value: undefined, done: true }]);
        return capability.promise;
      }
      const completion = { type: NEXT, value };
      g.queue[g.queue.length] = { completion, capability };
      if (state === SUSPENDED_START || state === SUSPENDED_YIELD) resume(g, completion);
      return capability.promise;
    },
    return(value) {
      const capability = newCapability();
      let g;
      try { g = validate(this); } catch (e) { ReflectApply(capability.reject, undefined, [e]); return capability.promise; }
      const completion = { type: RETURN, value };
      g.queue[g.queue.length] = { completion, capability };
      const state = g.state;
      if (state === SUSPENDED_START || state === COMPLETED) {
        g.state = DRAINING;
        awaitReturn(g);
      } else if (state === SUSPENDED_YIELD) {
        resume(g, completion);
      }
      return capability.promise;
    },
    throw(exception) {
      const capability = newCapability();
      let g;
      try { g = validate(this); } catch (e) { ReflectApply(capability.reject, undefined, [e]); return capability.promise; }
      let state = g.state;
      if (state === SUSPENDED_START) {
        g.state = COMPLETED;
        state = COMPLETED;
      }
      if (state === COMPLETED) {
        ReflectApply(capability.reject, undefined, [exception]);
        return capability.promise;
      }
      const completion = { type: THROW, value: exception };
      g.queue[g.queue.length] = { completion, capability };
      if (state === SUSPENDED_YIELD) resume(g, completion);
      return capability.promise;
    },
  };
  for (const name of ["next", "return", "throw"]) {
    ObjectDefineProperty(AsyncGeneratorPrototype, name, {
      value: methods[name], writable: true, enumerable: false, configurable: true,
    });
  }
  ObjectDefineProperty(AsyncGeneratorPrototype, SymbolToStringTag, {
    value: "AsyncGenerator", writable: false, enumerable: false, configurable: true,
  });

  // prototypes caches, per async generator function object, the prototype
  // its generator objects inherit from (the function's own .prototype in
  // the specification).
  const prototypes = new WeakMapCtor();

  // asyncGenerator(fid, genFn, thisArg, args, fn) creates the object an
  // async generator function returns; fn is that function (for prototype).
  function asyncGenerator(fid, genFn, thisArg, args, fn) {
    let proto = fn !== undefined ? fn.prototype : undefined;
    if (!isObject(proto)) proto = AsyncGeneratorPrototype;
    const object = ObjectCreate(proto);
    const frame = hostEnter(fid);
    let it;
    try {
      it = ReflectApply(genFn, thisArg, args);
    } finally {
      hostLeave(frame);
    }
    const g = { fid, it, state: SUSPENDED_START, queue: [], inDelegate: false };
    ReflectApply(WeakMapSet, generators, [object, g]);
    return object;
  }

  // The intrinsics of async functions and async generator functions: what
  // Object.getPrototypeOf(async function () {}) and fn.constructor show.
  // looplab's async functions are ordinary functions driving a generator;
  // these give them the prototypes the language gives them.
  const FunctionPrototype = ObjectGetPrototypeOf(function () {});
  const notSimulated = (name) => anon(function () {
    throw new TypeError("looplab does not simulate the " + name + " constructor");
  });
  function intrinsic(name, tag) {
    const proto = ObjectCreate(FunctionPrototype);
    const ctor = notSimulated(name);
    ObjectDefineProperty(ctor, "name", { value: name });
    ObjectDefineProperty(ctor, "length", { value: 1 });
    ObjectDefineProperty(ctor, "prototype", { value: proto, writable: false, enumerable: false, configurable: false });
    ObjectDefineProperty(proto, "constructor", { value: ctor, writable: false, enumerable: false, configurable: true });
    ObjectDefineProperty(proto, SymbolToStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
    ObjectSetPrototypeOf(ctor, ObjectGetPrototypeOf(Function));
    return proto;
  }
  const AsyncFunctionPrototype = intrinsic("AsyncFunction", "AsyncFunction");
  const AsyncGeneratorFunctionPrototype = intrinsic("AsyncGeneratorFunction", "AsyncGeneratorFunction");
  ObjectDefineProperty(AsyncGeneratorFunctionPrototype, "prototype", { value: AsyncGeneratorPrototype, writable: false, enumerable: false, configurable: true });
  ObjectDefineProperty(AsyncGeneratorPrototype, "constructor", { value: AsyncGeneratorFunctionPrototype, writable: false, enumerable: false, configurable: true });

  // name gives a function the name its binding gave it before the
  // instrumenter wrapped it in a call (which stops name inference).
  function name(fn, value) {
    if (typeof value === "string" && value !== "" && fn.name === "") {
      ObjectDefineProperty(fn, "name", { value, writable: false, enumerable: false, configurable: true });
    }
  }

  // makeAsyncFunction gives a (lowered) async function the prototype an
  // async function has.
  function makeAsyncFunction(fn, value) {
    if (!isObject(fn)) return fn;
    ObjectSetPrototypeOf(fn, AsyncFunctionPrototype);
    name(fn, value);
    return fn;
  }

  // makeAsyncGeneratorFunction gives an async generator function its
  // prototypes, as the specification's function creation does.
  function makeAsyncGeneratorFunction(fn, value) {
    if (!isObject(fn)) return fn;
    if (ReflectApply(WeakMapHas, prototypes, [fn])) return fn;
    ObjectSetPrototypeOf(fn, AsyncGeneratorFunctionPrototype);
    name(fn, value);
    const proto = ObjectCreate(AsyncGeneratorPrototype);
    try {
      ObjectDefineProperty(fn, "prototype", { value: proto, writable: true, enumerable: false, configurable: false });
    } catch (_) {
      // a function whose prototype cannot be redefined keeps its own
    }
    ReflectApply(WeakMapSet, prototypes, [fn, proto]);
    return fn;
  }

  function completeStep(g, type, value, done) {
    const next = g.queue.shift();
    const capability = next.capability;
    if (type === THROW) ReflectApply(capability.reject, undefined, [value]);
    else ReflectApply(capability.resolve, undefined, [{ value, done }]);
  }

  function drainQueue(g) {
    for (;;) {
      if (g.queue.length === 0) {
        g.state = COMPLETED;
        return;
      }
      const completion = g.queue[0].completion;
      if (completion.type === RETURN) {
        awaitReturn(g);
        return;
      }
      completeStep(g, completion.type, completion.type === THROW ? completion.value : undefined, true);
    }
  }

  function awaitReturn(g) {
    const completion = g.queue[0].completion;
    let promise;
    try {
      promise = promiseResolve(Promise, completion.value);
    } catch (e) {
      completeStep(g, THROW, e, true);
      drainQueue(g);
      return;
    }
    const onFulfilled = anon((value) => { completeStep(g, NEXT, value, true); drainQueue(g); });
    const onRejected = anon((reason) => { completeStep(g, THROW, reason, true); drainQueue(g); });
    performPromiseThen(promise, onFulfilled, onRejected, undefined, { fid: g.fid, at: -1, promise: () => requestPromise(g) });
  }

  // resume is AsyncGeneratorResume plus AsyncGeneratorUnwrapYieldResumption:
  // a return request first awaits its value.
  function resume(g, completion) {
    g.state = EXECUTING;
    if (g.inDelegate) {
      // The body waits inside yield*: the delegate sees the request itself,
      // after the same unwrapping.
      if (completion.type === RETURN) {
        awaitThen(g, completion.value,
          (v) => run(g, NEXT, { type: RETURN, value: v }),
          (e) => run(g, NEXT, { type: THROW, value: e }));
        return;
      }
      run(g, NEXT, { type: completion.type, value: completion.value });
      return;
    }
    if (completion.type === RETURN) {
      awaitThen(g, completion.value, (v) => run(g, RETURN, v), (e) => run(g, THROW, e));
      return;
    }
    run(g, completion.type, completion.value);
  }

  // awaitThen awaits value on behalf of the generator's body (an Await the
  // body performs), resuming with onFulfilled/onRejected.
  function awaitThen(g, value, onFulfilled, onRejected) {
    const failed = { error: undefined };
    if (!await_(g.fid, value, anon(onFulfilled), anon(onRejected), failed, () => requestPromise(g))) onRejected(failed.error);
  }

  // requestPromise is the promise of the request an async generator is
  // working on.
  const requestPromise = (g) => (g.queue.length > 0 ? g.queue[0].capability.promise : undefined);

  // run resumes the body and follows it until it waits (await), yields with
  // nobody asking for more, or ends.
  function run(g, mode, value) {
    const frame = hostEnter(g.fid);
    for (;;) {
      let result;
      try {
        result = resumeGenerator(g.it, mode, value);
      } catch (e) {
        hostLeave(frame);
        g.inDelegate = false;
        g.state = DRAINING;
        completeStep(g, THROW, e, true);
        drainQueue(g);
        return;
      }
      if (result.done) {
        hostLeave(frame);
        g.inDelegate = false;
        g.state = DRAINING;
        completeStep(g, NEXT, result.value, true);
        drainQueue(g);
        return;
      }
      const command = result.value;
      if (command instanceof AwaitCommand) {
        hostLeave(frame);
        awaitThen(g, command.v, (v) => run(g, NEXT, v), (e) => run(g, THROW, e));
        return;
      }
      if (command instanceof ReturnCommand) {
        g.inDelegate = false;
        mode = RETURN;
        value = command.v;
        continue;
      }
      if (command instanceof YieldRawCommand) {
        g.inDelegate = true;
        if (yield_(g, command.v)) {
          hostLeave(frame);
          return;
        }
        // More requests are queued: go on at once with the next one.
        const next = g.queue[0].completion;
        if (next.type === RETURN) {
          hostLeave(frame);
          awaitThen(g, next.value,
            (v) => run(g, NEXT, { type: RETURN, value: v }),
            (e) => run(g, NEXT, { type: THROW, value: e }));
          return;
        }
        mode = NEXT;
        value = { type: next.type, value: next.value };
        continue;
      }
      // A plain `yield v`: Await(v), then AsyncGeneratorYield.
      g.inDelegate = false;
      hostLeave(frame);
      awaitThen(g, command, (v) => afterYieldAwait(g, v), (e) => run(g, THROW, e));
      return;
    }
  }

  // afterYieldAwait continues a plain yield once its value was awaited.
  function afterYieldAwait(g, v) {
    const frame = hostEnter(g.fid);
    const suspended = yield_(g, v);
    hostLeave(frame);
    if (suspended) return;
    const next = g.queue[0].completion;
    if (next.type === RETURN) {
      awaitThen(g, next.value, (x) => run(g, RETURN, x), (e) => run(g, THROW, e));
      return;
    }
    run(g, next.type, next.value);
  }

  // yield_ is AsyncGeneratorYield's first half: settle the oldest request.
  // It reports whether the generator suspends (no more requests queued).
  function yield_(g, value) {
    completeStep(g, NEXT, value, false);
    if (g.queue.length !== 0) return false;
    g.state = SUSPENDED_YIELD;
    return true;
  }

  // ---------------------------------------------------------------- async iteration

  // getAsyncIterator is GetIterator(obj, async).
  function getAsyncIterator(obj) {
    let method = obj == null ? undefined : obj[SymbolAsyncIterator];
    if (method === undefined || method === null) {
      const syncMethod = obj == null ? undefined : obj[SymbolIterator];
      if (syncMethod === undefined || syncMethod === null) {
        throw new TypeError(describeValue(obj) + " is not async iterable");
      }
      if (typeof syncMethod !== "function") throw new TypeError(describeValue(obj) + " is not async iterable");
      const iterator = ReflectApply(syncMethod, obj, []);
      if (!isObject(iterator)) throw new TypeError("Result of the Symbol.iterator method is not an object");
      return createAsyncFromSyncIterator({ iterator, next: iterator.next, done: false });
    }
    if (typeof method !== "function") throw new TypeError(describeValue(obj) + " is not async iterable");
    const iterator = ReflectApply(method, obj, []);
    if (!isObject(iterator)) throw new TypeError("Result of the Symbol.asyncIterator method is not an object");
    return { iterator, next: iterator.next, done: false };
  }

  function describeValue(v) {
    if (v === null) return "null";
    if (v === undefined) return "undefined";
    if (typeof v === "function") return "function";
    if (typeof v === "object") return "object";
    return typeof v === "string" ? '"' + v + '"' : String(v);
  }

  // CreateAsyncFromSyncIterator and %AsyncFromSyncIteratorPrototype%.
  const syncRecords = new WeakMapCtor();
  const AsyncFromSyncIteratorPrototype = ObjectCreate(AsyncIteratorPrototype);
  const fromSync = {
    next(value) {
      const capability = newCapability();
      const rec = ReflectApply(WeakMapGet, syncRecords, [this]);
      let result;
      try {
        result = arguments.length > 0 ? ReflectApply(rec.next, rec.iterator, [value]) : ReflectApply(rec.next, rec.iterator, []);
        if (!isObject(result)) throw new TypeError("Iterator result " + String(result) + " is not an object");
      } catch (e) {
        ReflectApply(capability.reject, undefined, [e]);
        return capability.promise;
      }
      return continuation(result, capability, rec, true);
    },
    return(value) {
      const capability = newCapability();
      const rec = ReflectApply(WeakMapGet, syncRecords, [this]);
      let result;
      try {
        const ret = rec.iterator.return;
        if (ret === undefined || ret === null) {
          ReflectApply(capability.resolve, undefined, [{ value, done: true }]);
          return capability.promise;
        }
        result = arguments.length > 0 ? ReflectApply(ret, rec.iterator, [value]) : ReflectApply(ret, rec.iterator, []);
        if (!isObject(result)) throw new TypeError("Iterator result " + String(result) + " is not an object");
      } catch (e) {
        ReflectApply(capability.reject, undefined, [e]);
        return capability.promise;
      }
      return continuation(result, capability, rec, false);
    },
    throw(value) {
      const capability = newCapability();
      const rec = ReflectApply(WeakMapGet, syncRecords, [this]);
      let result;
      try {
        const thr = rec.iterator.throw;
        if (thr === undefined || thr === null) {
          // The sync iterator cannot take the error: close it, then report
          // that it has no throw method.
          rec.done = true;
          P.iteratorClose(rec);
          throw new TypeError("The iterator does not provide a 'throw' method");
        }
        result = arguments.length > 0 ? ReflectApply(thr, rec.iterator, [value]) : ReflectApply(thr, rec.iterator, []);
        if (!isObject(result)) throw new TypeError("Iterator result " + String(result) + " is not an object");
      } catch (e) {
        ReflectApply(capability.reject, undefined, [e]);
        return capability.promise;
      }
      return continuation(result, capability, rec, true);
    },
  };
  for (const name of ["next", "return", "throw"]) {
    ObjectDefineProperty(AsyncFromSyncIteratorPrototype, name, {
      value: fromSync[name], writable: true, enumerable: false, configurable: true,
    });
  }

  function createAsyncFromSyncIterator(syncRecord) {
    const asyncIterator = ObjectCreate(AsyncFromSyncIteratorPrototype);
    ReflectApply(WeakMapSet, syncRecords, [asyncIterator, syncRecord]);
    return { iterator: asyncIterator, next: AsyncFromSyncIteratorPrototype.next, done: false };
  }

  // AsyncFromSyncIteratorContinuation.
  function continuation(result, capability, syncRecord, closeOnRejection) {
    let done, value, valueWrapper;
    try {
      done = !!result.done;
      value = result.value;
    } catch (e) {
      ReflectApply(capability.reject, undefined, [e]);
      return capability.promise;
    }
    try {
      valueWrapper = promiseResolve(Promise, value);
    } catch (e) {
      if (!done && closeOnRejection) P.iteratorCloseOnThrow(syncRecord);
      ReflectApply(capability.reject, undefined, [e]);
      return capability.promise;
    }
    const onFulfilled = anon((v) => ({ value: v, done }));
    let onRejected;
    if (!done && closeOnRejection) {
      onRejected = anon((error) => {
        P.iteratorCloseOnThrow(syncRecord);
        throw error;
      });
    }
    performPromiseThen(valueWrapper, onFulfilled, onRejected, capability);
    return capability.promise;
  }

  // The for-await steps the instrumenter's lowering calls (see
  // js_instrument): each is one step of ForIn/OfBodyEvaluation.
  const forAwait = {
    // iterator: GetIterator(obj, async)
    iterator: getAsyncIterator,
    // next: Call(next, iterator) — the result is then awaited
    next: (rec) => ReflectApply(rec.next, rec.iterator, []),
    // done: after the await, the result must be an object; IteratorComplete
    done: (result) => {
      if (!isObject(result)) throw new TypeError("Iterator result " + String(result) + " is not an object");
      return !!result.done;
    },
    // returnMethod: GetMethod(iterator, "return")
    returnMethod: (rec) => {
      const ret = rec.iterator.return;
      if (ret === undefined || ret === null) return undefined;
      if (typeof ret !== "function") throw new TypeError("iterator.return is not a function");
      return ret;
    },
    // callReturn: Call(return, iterator) — the result is then awaited
    callReturn: (rec, ret) => ReflectApply(ret, rec.iterator, []),
    // checkReturn: the awaited result of return() must be an object
    checkReturn: (result) => {
      if (!isObject(result)) throw new TypeError("Iterator result " + String(result) + " is not an object");
    },
  };

  // delegate implements yield* inside an async generator. The body runs
  // `yield* delegate(x)`: a sync yield* forwards every resumption to this
  // generator, which speaks the driver's commands.
  function* delegate(value) {
    const rec = getAsyncIterator(value);
    const iterator = rec.iterator;
    let received = { type: NEXT, value: undefined };
    for (;;) {
      let innerResult;
      if (received.type === NEXT) {
        innerResult = yield new AwaitCommand(ReflectApply(rec.next, iterator, [received.value]));
      } else if (received.type === THROW) {
        const thr = iterator.throw;
        if (thr === undefined || thr === null) {
          const ret = iterator.return;
          if (ret !== undefined && ret !== null) {
            const r = yield new AwaitCommand(ReflectApply(ret, iterator, []));
            if (!isObject(r)) throw new TypeError("Iterator result " + String(r) + " is not an object");
          }
          throw new TypeError("The iterator does not provide a 'throw' method");
        }
        innerResult = yield new AwaitCommand(ReflectApply(thr, iterator, [received.value]));
      } else {
        const ret = iterator.return;
        if (ret === undefined || ret === null) {
          const v = yield new AwaitCommand(received.value);
          yield new ReturnCommand(v);
          return;
        }
        innerResult = yield new AwaitCommand(ReflectApply(ret, iterator, [received.value]));
        if (!isObject(innerResult)) throw new TypeError("Iterator result " + String(innerResult) + " is not an object");
        if (innerResult.done) {
          yield new ReturnCommand(innerResult.value);
          return;
        }
        received = yield new YieldRawCommand(innerResult.value);
        continue;
      }
      if (!isObject(innerResult)) throw new TypeError("Iterator result " + String(innerResult) + " is not an object");
      if (innerResult.done) return innerResult.value;
      received = yield new YieldRawCommand(innerResult.value);
    }
  }

  return ObjectFreeze({
    asyncFunction,
    asyncGenerator,
    makeAsyncGeneratorFunction,
    makeAsyncFunction,
    awaitCommand,
    delegate,
    forAwait,
    AsyncGeneratorPrototype,
    AsyncIteratorPrototype,
  });
})
