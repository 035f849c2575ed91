// events.js: Node's EventEmitter (require('events')), with Node's rules:
// listeners run synchronously in registration order; 'newListener' fires
// before a listener is added and 'removeListener' after one is removed; an
// 'error' event with no listener throws; once() wrappers remove themselves
// before calling; more than defaultMaxListeners listeners for one event
// prints a MaxListenersExceededWarning once.
//
// The file is one expression: a function of the host returning the module.
// host.emitWarning(name, message) prints a process warning.
(function (host) {
  "use strict";

  const TypeError = globalThis.TypeError;
  const Error = globalThis.Error;
  const ReflectApply = Reflect.apply;
  const ReflectOwnKeys = Reflect.ownKeys;
  const ObjectCreate = Object.create;
  const ObjectDefineProperty = Object.defineProperty;
  const ArrayPrototypeSlice = Array.prototype.slice;
  const ArrayPush = Array.prototype.push;
  const ArrayPop = Array.prototype.pop;
  const ArrayPrototypePush = (a, v) => ReflectApply(ArrayPush, a, [v]);
  const ArrayPrototypePop = (a) => ReflectApply(ArrayPop, a, []);
  const emitting = host.emitting;
  const StringCtor = String;
  const Promise = host.Promise;

  const kCapture = Symbol("kCapture");
  let defaultMaxListeners = 10;

  function checkListener(listener) {
    if (typeof listener !== "function") {
      const err = new TypeError('The "listener" argument must be of type function. Received ' + host.describeArg(listener));
      err.code = "ERR_INVALID_ARG_TYPE";
      throw err;
    }
  }

  function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
  }

  EventEmitter.prototype._events = undefined;
  EventEmitter.prototype._eventsCount = 0;
  EventEmitter.prototype._maxListeners = undefined;

  ObjectDefineProperty(EventEmitter, "defaultMaxListeners", {
    enumerable: true,
    get() { return defaultMaxListeners; },
    set(n) {
      if (typeof n !== "number" || n < 0 || n !== n) {
        throw new RangeError('The value of "defaultMaxListeners" is out of range. It must be a non-negative number. Received ' + StringCtor(n));
      }
      defaultMaxListeners = n;
    },
  });

  EventEmitter.init = function (opts) {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
    if (opts && opts.captureRejections) this[kCapture] = true;
  };

  EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
    if (typeof n !== "number" || n < 0 || n !== n) {
      throw new RangeError('The value of "n" is out of range. It must be a non-negative number. Received ' + StringCtor(n));
    }
    this._maxListeners = n;
    return this;
  };

  function getMaxListeners(that) {
    return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
  }

  EventEmitter.prototype.getMaxListeners = function getMaxListeners_() {
    return getMaxListeners(this);
  };

  EventEmitter.prototype.emit = function emit(type, ...args) {
    let doError = type === "error";
    const events = this._events;
    if (events !== undefined) {
      doError = doError && events.error === undefined;
    } else if (!doError) {
      return false;
    }
    if (doError) {
      let er;
      if (args.length > 0) er = args[0];
      if (er instanceof Error) {
        throw er;
      }
      let stringifiedEr;
      try {
        stringifiedEr = host.inspect(er);
      } catch (_) {
        stringifiedEr = er;
      }
      const err = new Error("Unhandled error. (" + stringifiedEr + ")");
      err.code = "ERR_UNHANDLED_ERROR";
      err.context = er;
      throw err;
    }
    const handler = events[type];
    if (handler === undefined) return false;
    // emitting tells the host whose listeners run, for stack traces.
    ArrayPrototypePush(emitting, this);
    try {
      if (typeof handler === "function") {
        ReflectApply(handler, this, args);
      } else {
        const listeners = ReflectApply(ArrayPrototypeSlice, handler, []);
        for (let i = 0; i < listeners.length; ++i) ReflectApply(listeners[i], this, args);
      }
    } finally {
      ArrayPrototypePop(emitting);
    }
    return true;
  };

  function addListener(target, type, listener, prepend) {
    checkListener(listener);
    let events = target._events;
    let existing;
    if (events === undefined) {
      events = target._events = ObjectCreate(null);
      target._eventsCount = 0;
    } else {
      if (events.newListener !== undefined) {
        target.emit("newListener", type, listener.listener ? listener.listener : listener);
        events = target._events;
      }
      existing = events[type];
    }
    if (existing === undefined) {
      events[type] = listener;
      ++target._eventsCount;
    } else {
      if (typeof existing === "function") {
        existing = events[type] = prepend ? [listener, existing] : [existing, listener];
      } else if (prepend) {
        existing.unshift(listener);
      } else {
        existing.push(listener);
      }
      const m = getMaxListeners(target);
      if (m > 0 && existing.length > m && !existing.warned) {
        existing.warned = true;
        const name = target.constructor && target.constructor.name ? target.constructor.name : "EventEmitter";
        host.emitWarning("MaxListenersExceededWarning",
          "Possible EventEmitter memory leak detected. " + existing.length + " " + StringCtor(type) +
          " listeners added to [" + name + "]. Use emitter.setMaxListeners() to increase limit");
      }
    }
    return target;
  }

  EventEmitter.prototype.addListener = function addListener_(type, listener) {
    return addListener(this, type, listener, false);
  };
  EventEmitter.prototype.on = EventEmitter.prototype.addListener;
  EventEmitter.prototype.prependListener = function prependListener(type, listener) {
    return addListener(this, type, listener, true);
  };

  function onceWrapper() {
    if (!this.fired) {
      this.target.removeListener(this.type, this.wrapFn);
      this.fired = true;
      if (arguments.length === 0) return this.listener.call(this.target);
      return ReflectApply(this.listener, this.target, arguments);
    }
  }

  function onceWrap(target, type, listener) {
    const state = { fired: false, wrapFn: undefined, target, type, listener };
    const wrapped = onceWrapper.bind(state);
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
  }

  EventEmitter.prototype.once = function once(type, listener) {
    checkListener(listener);
    this.on(type, onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, onceWrap(this, type, listener));
    return this;
  };

  EventEmitter.prototype.removeListener = function removeListener(type, listener) {
    checkListener(listener);
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      if (--this._eventsCount === 0) this._events = ObjectCreate(null);
      else {
        delete events[type];
        if (events.removeListener) this.emit("removeListener", type, list.listener || listener);
      }
    } else if (typeof list !== "function") {
      let position = -1;
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) {
          position = i;
          break;
        }
      }
      if (position < 0) return this;
      if (position === 0) list.shift();
      else list.splice(position, 1);
      if (list.length === 1) events[type] = list[0];
      if (events.removeListener !== undefined) this.emit("removeListener", type, listener);
    }
    return this;
  };
  EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

  EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = ObjectCreate(null);
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = ObjectCreate(null);
        else delete events[type];
      }
      return this;
    }
    if (arguments.length === 0) {
      for (const key of ReflectOwnKeys(events)) {
        if (key === "removeListener") continue;
        this.removeAllListeners(key);
      }
      this.removeAllListeners("removeListener");
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
      return this;
    }
    const listeners = events[type];
    if (typeof listeners === "function") {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
    }
    return this;
  };

  function listeners(target, type, unwrap) {
    const events = target._events;
    if (events === undefined) return [];
    const l = events[type];
    if (l === undefined) return [];
    if (typeof l === "function") return unwrap ? [l.listener || l] : [l];
    const copy = ReflectApply(ArrayPrototypeSlice, l, []);
    if (unwrap) for (let i = 0; i < copy.length; i++) copy[i] = copy[i].listener || copy[i];
    return copy;
  }

  EventEmitter.prototype.listeners = function listeners_(type) {
    return listeners(this, type, true);
  };
  EventEmitter.prototype.rawListeners = function rawListeners(type) {
    return listeners(this, type, false);
  };

  function listenerCount(type, listener) {
    const events = this._events;
    if (events !== undefined) {
      const l = events[type];
      if (typeof l === "function") {
        if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
        return 1;
      } else if (l !== undefined) {
        if (listener != null) {
          let n = 0;
          for (let i = 0; i < l.length; i++) if (l[i] === listener || l[i].listener === listener) n++;
          return n;
        }
        return l.length;
      }
    }
    return 0;
  }
  EventEmitter.prototype.listenerCount = listenerCount;
  EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);

  EventEmitter.prototype.eventNames = function eventNames() {
    return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
  };

  // events.once(emitter, name): a promise of the next event's arguments,
  // rejected if 'error' comes first.
  function once(emitter, name) {
    return new Promise((resolve, reject) => {
      const errorListener = (err) => {
        emitter.removeListener(name, resolver);
        reject(err);
      };
      const resolver = (...args) => {
        if (name !== "error") emitter.removeListener("error", errorListener);
        resolve(args);
      };
      emitter.once(name, resolver);
      if (name !== "error") emitter.once("error", errorListener);
    });
  }

  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.once = once;
  EventEmitter.captureRejectionSymbol = Symbol.for("nodejs.rejection");
  EventEmitter.errorMonitor = Symbol("events.errorMonitor");
  EventEmitter.getEventListeners = (emitter, type) => listeners(emitter, type, true);
  return EventEmitter;
})
