// stream.js: Node's Readable and Writable (require('stream')), the state
// machines of lib/internal/streams/readable.js, writable.js and destroy.js
// reduced to what a snippet can observe: the same events, in the same
// order, on the same ticks. A stream constructs itself on the tick after
// `new` (_construct), emits 'data' from the callback that pushed it when
// flowing, 'end' a tick after the read that found nothing, 'finish' once
// every write is done, and 'close' a tick after _destroy finishes.
//
// fs.js builds fs.ReadStream and fs.WriteStream on these classes; their
// _construct, _read, _write and _destroy are thread-pool jobs.
//
// The file is one expression: a function of lib ({ EventEmitter, Buffer,
// Promise, process }) returning the module.
(function (lib) {
  "use strict";

  const Error = globalThis.Error;
  const TypeError = globalThis.TypeError;
  const SymbolAsyncIterator = Symbol.asyncIterator;
  const EventEmitter = lib.EventEmitter;
  const Buffer = lib.Buffer;
  const Promise = lib.Promise;
  const nextTick = (f, ...args) => lib.process.nextTick(f, ...args);

  function nodeError(Ctor, code, message) {
    const e = new Ctor(message);
    e.code = code;
    return e;
  }

  const chunkLength = (state, chunk) => (state.objectMode ? 1 : chunk.length);

  class Stream extends EventEmitter {
    pipe(dest, options) {
      const src = this;
      const state = src._readableState;
      const ondata = (chunk) => {
        if (dest.write(chunk) === false) src.pause();
      };
      src.on("data", ondata);
      dest.on("drain", () => { if (state.flowing === false) src.resume(); });
      const endDest = !(options && options.end === false) && dest !== lib.process.stdout && dest !== lib.process.stderr;
      if (endDest) src.once("end", () => dest.end());
      dest.emit("pipe", src);
      if (!state.flowing) src.resume();
      return dest;
    }
  }

  // ---------------------------------------------------------------- construct and destroy

  // construct runs stream._construct on the next tick, then (a tick later)
  // onConstructed.
  function construct(stream, onConstructed) {
    const r = stream._readableState, w = stream._writableState;
    if (typeof stream._construct !== "function") {
      if (r) r.constructed = true;
      if (w) w.constructed = true;
      return;
    }
    if (r) r.constructed = false;
    if (w) w.constructed = false;
    nextTick(() => {
      let called = false;
      const onConstruct = (err) => {
        if (called) return;
        called = true;
        if (r) r.constructed = true;
        if (w) w.constructed = true;
        const s = w || r;
        if (s.destroyed) {
          const pending = stream._pendingDestroy;
          stream._pendingDestroy = undefined;
          if (pending) pending(err);
        } else if (err) {
          errorOrDestroy(stream, err);
        } else {
          nextTick(onConstructed);
        }
      };
      try {
        stream._construct(onConstruct);
      } catch (err) {
        onConstruct(err);
      }
    });
  }

  function destroy(err, cb) {
    const r = this._readableState, w = this._writableState;
    const s = w || r;
    if ((w && w.destroyed) || (r && r.destroyed)) {
      if (typeof cb === "function") cb();
      return this;
    }
    if (err) {
      if (w && !w.errored) w.errored = err;
      if (r && !r.errored) r.errored = err;
    }
    if (w) w.destroyed = true;
    if (r) r.destroyed = true;
    if (!s.constructed) {
      this._pendingDestroy = (er) => destroyNow(this, er || err, cb);
    } else {
      destroyNow(this, err, cb);
    }
    return this;
  }

  function destroyNow(self, err, cb) {
    let called = false;
    const onDestroy = (err) => {
      if (called) return;
      called = true;
      const r = self._readableState, w = self._writableState;
      if (err) {
        if (w && !w.errored) w.errored = err;
        if (r && !r.errored) r.errored = err;
      }
      if (w) w.closed = true;
      if (r) r.closed = true;
      if (typeof cb === "function") cb(err);
      if (err) nextTick(() => { emitError(self, err); emitClose(self); });
      else nextTick(() => emitClose(self));
    };
    try {
      self._destroy(err || null, onDestroy);
    } catch (e) {
      onDestroy(e);
    }
  }

  function emitError(self, err) {
    const r = self._readableState, w = self._writableState;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
    if (w) w.errorEmitted = true;
    if (r) r.errorEmitted = true;
    self.emit("error", err);
  }

  function emitClose(self) {
    const r = self._readableState, w = self._writableState;
    if (w) w.closeEmitted = true;
    if (r) r.closeEmitted = true;
    if ((w && w.emitClose) || (r && r.emitClose)) self.emit("close");
  }

  function errorOrDestroy(stream, err) {
    const r = stream._readableState, w = stream._writableState;
    if ((w && w.destroyed) || (r && r.destroyed)) return;
    if ((r && r.autoDestroy) || (w && w.autoDestroy)) stream.destroy(err);
    else nextTick(() => emitError(stream, err));
  }

  // ---------------------------------------------------------------- Readable

  function newReadableState(options) {
    return {
      objectMode: !!(options.objectMode || options.readableObjectMode),
      highWaterMark: options.highWaterMark !== undefined ? options.highWaterMark : options.objectMode ? 16 : 65536,
      buffer: [], length: 0, flowing: null, ended: false, endEmitted: false, reading: false,
      constructed: true, sync: true, needReadable: false, emittedReadable: false,
      readableListening: false, resumeScheduled: false, errorEmitted: false, emitClose: options.emitClose !== false,
      autoDestroy: options.autoDestroy !== false, destroyed: false, errored: null, closed: false,
      closeEmitted: false, encoding: options.encoding || null, readingMore: false, dataEmitted: false, paused: null,
    };
  }

  function newWritableState(options) {
    return {
      objectMode: !!(options.objectMode || options.writableObjectMode),
      highWaterMark: options.highWaterMark !== undefined ? options.highWaterMark : options.objectMode ? 16 : 16384,
      decodeStrings: options.decodeStrings !== false, defaultEncoding: options.defaultEncoding || "utf8",
      length: 0, writing: false, corked: 0, sync: true, buffered: [], pendingcb: 0, needDrain: false,
      ending: false, ended: false, finished: false, prefinished: false, constructed: true,
      destroyed: false, errored: null, closed: false, closeEmitted: false, errorEmitted: false,
      emitClose: options.emitClose !== false, autoDestroy: options.autoDestroy !== false,
      writecb: null, writelen: 0, onFinished: [],
    };
  }

  function applyOptions(stream, options) {
    for (const [key, method] of [["read", "_read"], ["write", "_write"], ["writev", "_writev"], ["final", "_final"],
      ["destroy", "_destroy"], ["construct", "_construct"], ["transform", "_transform"], ["flush", "_flush"]]) {
      if (typeof options[key] === "function") stream[method] = options[key];
    }
  }

  // onConstructed is what a stream does once _construct is done: a
  // Readable reads if it was asked to, a Writable writes what waited.
  function onConstructed(stream) {
    const r = stream._readableState, w = stream._writableState;
    if (r && r.needReadable) maybeReadMore(stream, r);
    if (w) {
      if (!w.writing) clearBuffer(stream, w);
      finishMaybe(stream, w);
    }
  }

  class Readable extends Stream {
    constructor(options) {
      super();
      options = options || {};
      this._readableState = newReadableState(options);
      if (this._duplex) this._writableState = newWritableState(options);
      applyOptions(this, options);
      construct(this, () => onConstructed(this));
    }

    get readable() { const s = this._readableState; return !s.destroyed && !s.errored && !s.endEmitted; }
    get destroyed() { return this._readableState.destroyed; }
    set destroyed(v) { this._readableState.destroyed = v; }
    get readableEnded() { return this._readableState.endEmitted; }
    get readableFlowing() { return this._readableState.flowing; }
    get readableLength() { return this._readableState.length; }
    get readableHighWaterMark() { return this._readableState.highWaterMark; }
    get readableEncoding() { return this._readableState.encoding; }
    get closed() { return this._readableState.closed; }

    _read() {
      throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", "The _read() method is not implemented");
    }
    _destroy(err, cb) { cb(err); }

    push(chunk, encoding) { return addChunkOrEnd(this, chunk, encoding, false); }
    unshift(chunk, encoding) { return addChunkOrEnd(this, chunk, encoding, true); }

    setEncoding(enc) {
      const state = this._readableState;
      state.encoding = enc;
      state.buffer = state.buffer.map((c) => (typeof c === "string" ? c : Buffer.from(c).toString(enc)));
      state.length = state.buffer.reduce((n, c) => n + c.length, 0);
      return this;
    }

    read(n) {
      const state = this._readableState;
      n = n === undefined ? NaN : n;
      const nOrig = n;
      if (n !== 0) state.emittedReadable = false;
      if (n === 0 && state.needReadable && (state.length >= state.highWaterMark || state.length > 0 && state.highWaterMark === 0 || state.ended)) {
        if (state.length === 0 && state.ended) endReadable(this);
        else emitReadable(this);
        return null;
      }
      n = howMuchToRead(n, state);
      if (n === 0 && state.ended) {
        if (state.length === 0) endReadable(this);
        return null;
      }
      let doRead = state.needReadable;
      if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
      if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
        doRead = false;
      } else if (doRead) {
        state.reading = true;
        state.sync = true;
        if (state.length === 0) state.needReadable = true;
        try {
          this._read(state.highWaterMark);
        } catch (err) {
          errorOrDestroy(this, err);
        }
        state.sync = false;
        if (!state.reading) n = howMuchToRead(nOrig, state);
      }
      let ret = n > 0 ? fromList(n, state) : null;
      if (ret === null) {
        state.needReadable = state.length <= state.highWaterMark;
        n = 0;
      }
      if (state.length === 0) {
        if (!state.ended) state.needReadable = true;
        if (nOrig !== n && state.ended) endReadable(this);
      }
      if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
        state.dataEmitted = true;
        this.emit("data", ret);
      }
      return ret;
    }

    on(ev, fn) {
      const res = super.on(ev, fn);
      const state = this._readableState;
      if (ev === "data") {
        state.readableListening = this.listenerCount("readable") > 0;
        if (state.flowing !== false) this.resume();
      } else if (ev === "readable") {
        if (!state.endEmitted && !state.readableListening) {
          state.readableListening = state.needReadable = true;
          state.flowing = false;
          state.emittedReadable = false;
          if (state.length) emitReadable(this);
          else if (!state.reading) nextTick(() => this.read(0));
        }
      }
      return res;
    }
    addListener(ev, fn) { return this.on(ev, fn); }

    resume() {
      const state = this._readableState;
      if (!state.flowing) {
        state.flowing = !state.readableListening;
        if (!state.resumeScheduled) {
          state.resumeScheduled = true;
          nextTick(() => {
            if (!state.reading) this.read(0);
            state.resumeScheduled = false;
            this.emit("resume");
            flow(this);
            if (state.flowing && !state.reading) this.read(0);
          });
        }
      }
      state.paused = false;
      return this;
    }

    pause() {
      const state = this._readableState;
      if (state.flowing !== false) {
        state.flowing = false;
        this.emit("pause");
      }
      state.paused = true;
      return this;
    }

    isPaused() { return this._readableState.paused === true || this._readableState.flowing === false; }

    [SymbolAsyncIterator]() {
      const stream = this;
      let error = null, done = false, waiting = null;
      const wake = () => { if (waiting !== null) { const w = waiting; waiting = null; w(); } };
      stream.on("readable", wake);
      stream.on("end", () => { done = true; wake(); });
      stream.on("error", (e) => { error = e; wake(); });
      stream.on("close", () => { done = true; wake(); });
      const iterator = {
        next() {
          return new Promise((resolve, reject) => {
            const attempt = () => {
              if (error !== null) return reject(error);
              const chunk = stream._readableState.destroyed ? null : stream.read();
              if (chunk !== null) return resolve({ value: chunk, done: false });
              if (done) return resolve({ value: undefined, done: true });
              waiting = attempt;
            };
            attempt();
          });
        },
        return() {
          stream.destroy();
          return Promise.resolve({ value: undefined, done: true });
        },
        [SymbolAsyncIterator]() { return this; },
      };
      return iterator;
    }

    // Readable.from(iterable): Node's loop — a sync iterable's values are
    // pushed within _read, until push says the buffer is full.
    static from(iterable, options) {
      if (typeof iterable === "string" || iterable instanceof Uint8Array) {
        return new Readable({ objectMode: true, ...options, read() { this.push(iterable); this.push(null); } });
      }
      let iterator, isAsync;
      if (iterable && typeof iterable[SymbolAsyncIterator] === "function") {
        isAsync = true;
        iterator = iterable[SymbolAsyncIterator]();
      } else if (iterable && typeof iterable[Symbol.iterator] === "function") {
        isAsync = false;
        iterator = iterable[Symbol.iterator]();
      } else {
        throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", 'The "iterable" argument must be an instance of Iterable. Received ' + typeof iterable);
      }
      const readable = new Readable({ objectMode: true, highWaterMark: 1, ...options });
      // Node closes the iterator in an async function: its callback comes a
      // microtask, then a tick, later.
      readable._destroy = (error, cb) => {
        const close = () => (typeof iterator.return === "function"
          ? Promise.resolve(iterator.return()).then((r) => r && r.value)
          : Promise.resolve());
        close().then(() => nextTick(() => cb(error)), (e) => nextTick(() => cb(e || error)));
      };
      let reading = false;
      readable._read = function () {
        if (!reading) {
          reading = true;
          next();
        }
      };
      // step handles one result of iterator.next(); it returns true to go on.
      const step = (r) => {
        if (r.done) {
          readable.push(null);
          return false;
        }
        const v = r.value;
        if (v && typeof v.then === "function") {
          Promise.resolve(v).then((res) => { if (push(res)) next(); }, (e) => readable.destroy(e));
          return false;
        }
        return push(v);
      };
      const push = (v) => {
        if (v === null) {
          reading = false;
          readable.destroy(nodeError(TypeError, "ERR_STREAM_NULL_VALUES", "May not write null values to stream"));
          return false;
        }
        if (readable.push(v)) return true;
        reading = false;
        return false;
      };
      function next() {
        try {
          if (isAsync) {
            Promise.resolve(iterator.next()).then((r) => { if (step(r)) next(); }, (e) => readable.destroy(e));
            return;
          }
          while (step(iterator.next()));
        } catch (e) {
          readable.destroy(e);
        }
      }
      return readable;
    }
  }
  Readable.prototype.destroy = destroy;

  function addChunkOrEnd(stream, chunk, encoding, front) {
    const state = stream._readableState;
    if (chunk === null) {
      state.reading = false;
      onEofChunk(stream, state);
      return false;
    }
    if (!state.objectMode && typeof chunk === "string") {
      chunk = state.encoding ? chunk : Buffer.from(chunk, encoding || "utf8");
    } else if (!state.objectMode && state.encoding && chunk instanceof Uint8Array) {
      chunk = Buffer.from(chunk).toString(state.encoding);
    }
    if (state.ended && !front) {
      errorOrDestroy(stream, nodeError(Error, "ERR_STREAM_PUSH_AFTER_EOF", "stream.push() after EOF"));
      return false;
    }
    if (state.destroyed || state.errored) return false;
    if (!front) state.reading = false;
    addChunk(stream, state, chunk, front);
    return !state.ended && (state.length < state.highWaterMark || state.length === 0);
  }

  function addChunk(stream, state, chunk, front) {
    if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount("data") > 0) {
      state.dataEmitted = true;
      stream.emit("data", chunk);
    } else {
      state.length += chunkLength(state, chunk);
      if (front) state.buffer.unshift(chunk);
      else state.buffer.push(chunk);
      if (state.needReadable) emitReadable(stream);
    }
    maybeReadMore(stream, state);
  }

  function howMuchToRead(n, state) {
    if (n <= 0 || (state.length === 0 && state.ended)) return 0;
    if (state.objectMode) return 1;
    if (n !== n) return state.flowing && state.length ? chunkLength(state, state.buffer[0]) : state.length;
    if (n <= state.length) return n;
    return state.ended ? state.length : 0;
  }

  function fromList(n, state) {
    if (state.length === 0) return null;
    let ret;
    if (state.objectMode) {
      ret = state.buffer.shift();
    } else if (n >= state.length) {
      ret = state.buffer.length === 1 ? state.buffer[0]
        : state.encoding ? state.buffer.join("") : Buffer.concat(state.buffer);
      state.buffer = [];
    } else {
      const all = state.encoding ? state.buffer.join("") : Buffer.concat(state.buffer);
      ret = all.slice(0, n);
      state.buffer = [all.slice(n)];
    }
    state.length -= state.objectMode ? 1 : ret.length;
    return ret;
  }

  function onEofChunk(stream, state) {
    if (state.ended) return;
    state.ended = true;
    if (state.sync) {
      emitReadable(stream);
    } else {
      state.needReadable = false;
      state.emittedReadable = true;
      emitReadableNow(stream);
    }
  }

  function emitReadable(stream) {
    const state = stream._readableState;
    state.needReadable = false;
    if (!state.emittedReadable) {
      state.emittedReadable = true;
      nextTick(() => emitReadableNow(stream));
    }
  }

  function emitReadableNow(stream) {
    const state = stream._readableState;
    if (!state.destroyed && !state.errored && (state.length || state.ended)) {
      stream.emit("readable");
      state.emittedReadable = false;
    }
    state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
    flow(stream);
  }

  function maybeReadMore(stream, state) {
    if (!state.readingMore && state.constructed) {
      state.readingMore = true;
      nextTick(() => {
        while (!state.reading && !state.ended && (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
          const len = state.length;
          stream.read(0);
          if (len === state.length) break;
        }
        state.readingMore = false;
      });
    }
  }

  function flow(stream) {
    const state = stream._readableState;
    while (state.flowing && stream.read() !== null);
  }

  function endReadable(stream) {
    const state = stream._readableState;
    if (!state.endEmitted) {
      state.ended = true;
      nextTick(() => {
        if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
          state.endEmitted = true;
          stream.emit("end");
          const w = stream._writableState;
          if (state.autoDestroy && (!w || (w.autoDestroy && (w.finished || w.writable === false)))) stream.destroy();
        }
      });
    }
  }

  // ---------------------------------------------------------------- Writable

  class Writable extends Stream {
    constructor(options) {
      super();
      options = options || {};
      this._writableState = newWritableState(options);
      applyOptions(this, options);
      construct(this, () => onConstructed(this));
    }

    get writable() { const s = this._writableState; return !s.destroyed && !s.errored && !s.ending; }
    get destroyed() { return this._writableState.destroyed; }
    set destroyed(v) { this._writableState.destroyed = v; }
    get writableEnded() { return this._writableState.ending; }
    get writableFinished() { return this._writableState.finished; }
    get writableLength() { return this._writableState.length; }
    get writableNeedDrain() { const s = this._writableState; return !s.destroyed && !s.ending && s.needDrain; }
    get writableHighWaterMark() { return this._writableState.highWaterMark; }
    get closed() { return this._writableState.closed; }

    _write(chunk, encoding, cb) {
      if (typeof this._writev === "function") this._writev([{ chunk, encoding }], cb);
      else throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", "The _write() method is not implemented");
    }
    _destroy(err, cb) { cb(err); }

    write(chunk, encoding, cb) {
      const state = this._writableState;
      if (typeof encoding === "function") { cb = encoding; encoding = state.defaultEncoding; }
      else if (!encoding) encoding = state.defaultEncoding;
      if (typeof cb !== "function") cb = () => {};
      if (chunk === null) throw nodeError(TypeError, "ERR_STREAM_NULL_VALUES", "May not write null values to stream");
      if (!state.objectMode) {
        if (typeof chunk === "string") {
          if (state.decodeStrings !== false) { chunk = Buffer.from(chunk, encoding); encoding = "buffer"; }
        } else if (chunk instanceof Uint8Array) {
          encoding = "buffer";
        } else {
          throw nodeError(TypeError, "ERR_INVALID_ARG_TYPE", 'The "chunk" argument must be of type string or an instance of Buffer or Uint8Array.' + " Received " + typeof chunk);
        }
      }
      let err;
      if (state.ending) err = nodeError(Error, "ERR_STREAM_WRITE_AFTER_END", "write after end");
      else if (state.destroyed) err = nodeError(Error, "ERR_STREAM_DESTROYED", "Cannot call write after a stream was destroyed");
      if (err) {
        nextTick(() => cb(err));
        errorOrDestroy(this, err);
        return false;
      }
      state.pendingcb++;
      const len = state.objectMode ? 1 : chunk.length;
      state.length += len;
      const ret = state.length < state.highWaterMark;
      if (!ret) state.needDrain = true;
      if (state.writing || state.corked || state.errored || !state.constructed) {
        state.buffered.push({ chunk, encoding, callback: cb });
      } else {
        doWrite(this, state, false, len, chunk, encoding, cb);
      }
      return ret && !state.errored && !state.destroyed;
    }

    cork() { this._writableState.corked++; }
    uncork() {
      const state = this._writableState;
      if (state.corked) {
        state.corked--;
        if (!state.writing) clearBuffer(this, state);
      }
    }
    setDefaultEncoding(enc) { this._writableState.defaultEncoding = enc; return this; }

    end(chunk, encoding, cb) {
      const state = this._writableState;
      if (typeof chunk === "function") { cb = chunk; chunk = null; encoding = null; }
      else if (typeof encoding === "function") { cb = encoding; encoding = null; }
      if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
      if (state.corked) { state.corked = 1; this.uncork(); }
      let err;
      if (!state.errored && !state.ending) {
        state.ending = true;
        finishMaybe(this, state, true);
        state.ended = true;
      } else if (state.finished) {
        err = nodeError(Error, "ERR_STREAM_ALREADY_FINISHED", "Cannot call end after a stream was finished");
      } else if (state.destroyed) {
        err = nodeError(Error, "ERR_STREAM_DESTROYED", "Cannot call end after a stream was destroyed");
      }
      if (typeof cb === "function") {
        if (err || state.finished) nextTick(() => cb(err));
        else state.onFinished.push(cb);
      }
      return this;
    }
  }
  Writable.prototype.destroy = destroy;

  function doWrite(stream, state, writev, len, chunk, encoding, cb) {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    const onwrite = (er) => onWrite(stream, er);
    if (state.destroyed) onwrite(nodeError(Error, "ERR_STREAM_DESTROYED", "Cannot call write after a stream was destroyed"));
    else if (writev) stream._writev(chunk, onwrite);
    else stream._write(chunk, encoding, onwrite);
    state.sync = false;
  }

  function onWrite(stream, er) {
    const state = stream._writableState;
    const sync = state.sync;
    const cb = state.writecb;
    state.writing = false;
    state.writecb = null;
    state.length -= state.writelen;
    state.writelen = 0;
    if (er) {
      if (!state.errored) state.errored = er;
      if (sync) nextTick(() => { state.pendingcb--; cb(er); });
      else { state.pendingcb--; cb(er); }
      errorOrDestroy(stream, er);
      return;
    }
    if (state.buffered.length > 0) clearBuffer(stream, state);
    if (sync) nextTick(() => afterWrite(stream, state, cb));
    else afterWrite(stream, state, cb);
  }

  function afterWrite(stream, state, cb) {
    if (!state.ending && !state.destroyed && state.length === 0 && state.needDrain) {
      state.needDrain = false;
      stream.emit("drain");
    }
    state.pendingcb--;
    cb(null);
    finishMaybe(stream, state);
  }

  function clearBuffer(stream, state) {
    if (state.corked || state.destroyed || !state.constructed || state.buffered.length === 0) return;
    const buffered = state.buffered;
    if (buffered.length > 1 && typeof stream._writev === "function") {
      state.buffered = [];
      const len = state.objectMode ? buffered.length : buffered.reduce((n, b) => n + b.chunk.length, 0);
      state.pendingcb -= buffered.length - 1;
      const callback = (err) => { for (const b of buffered) b.callback(err); };
      doWrite(stream, state, true, len, buffered, "", callback);
      return;
    }
    while (state.buffered.length > 0 && !state.writing) {
      const { chunk, encoding, callback } = state.buffered.shift();
      doWrite(stream, state, false, state.objectMode ? 1 : chunk.length, chunk, encoding, callback);
    }
  }

  function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed && state.length === 0 && !state.errored &&
      state.buffered.length === 0 && !state.finished && !state.writing && !state.errorEmitted && !state.closeEmitted;
  }

  function finishMaybe(stream, state, sync) {
    if (!needFinish(state)) return;
    if (!state.prefinished) {
      if (typeof stream._final === "function" && !state.destroyed) {
        state.prefinished = true;
        state.pendingcb++;
        const final = () => {
          try {
            stream._final((err) => {
              state.pendingcb--;
              if (err) { errorOrDestroy(stream, err); return; }
              stream.emit("prefinish");
              if (needFinish(state)) { state.pendingcb++; nextTick(() => finish(stream, state)); }
            });
          } catch (err) {
            errorOrDestroy(stream, err);
          }
        };
        nextTick(final);
        return;
      }
      state.prefinished = true;
      stream.emit("prefinish");
    }
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        nextTick(() => {
          if (needFinish(state)) finish(stream, state);
          else state.pendingcb--;
        });
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }

  function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;
    const onFinished = state.onFinished;
    state.onFinished = [];
    for (const cb of onFinished) cb();
    stream.emit("finish");
    if (state.autoDestroy) {
      const r = stream._readableState;
      if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
    }
  }

  // ---------------------------------------------------------------- Duplex, Transform, PassThrough

  // A Duplex is a Readable with a Writable side: both states, Writable's
  // methods and accessors.
  class Duplex extends Readable {}
  Duplex.prototype._duplex = true;
  for (const name of ["write", "end", "cork", "uncork", "setDefaultEncoding", "_write"]) {
    Duplex.prototype[name] = Writable.prototype[name];
  }
  for (const name of ["writable", "writableEnded", "writableFinished", "writableLength", "writableNeedDrain", "writableHighWaterMark"]) {
    Object.defineProperty(Duplex.prototype, name, Object.getOwnPropertyDescriptor(Writable.prototype, name));
  }

  class Transform extends Duplex {
    constructor(options) {
      super(options);
      // A Transform has done what Readable waits for before the first
      // _read: what it pushes while flowing is emitted at once.
      this._readableState.sync = false;
      this._pendingCallback = null;
    }
    _write(chunk, encoding, cb) {
      this._transform(chunk, encoding, (err, data) => {
        if (err) { cb(err); return; }
        if (data !== undefined && data !== null) this.push(data);
        const r = this._readableState;
        if (r.length < r.highWaterMark) cb();
        else this._pendingCallback = cb;
      });
    }
    _read() {
      if (this._pendingCallback) {
        const cb = this._pendingCallback;
        this._pendingCallback = null;
        cb();
      }
    }
    _final(cb) {
      const done = (err, data) => {
        if (err) { cb(err); return; }
        if (data !== undefined && data !== null) this.push(data);
        this.push(null);
        cb();
      };
      if (typeof this._flush === "function") this._flush(done);
      else done();
    }
    _transform() {
      throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", "The _transform() method is not implemented");
    }
  }

  class PassThrough extends Transform {
    _transform(chunk, encoding, cb) { cb(null, chunk); }
  }

  // finished(stream, cb) is Node's eos: cb once the stream has ended (a
  // Readable), finished (a Writable), and closed if it will emit 'close';
  // or at its first error.
  function finished(stream, options, cb) {
    if (typeof options === "function") { cb = options; options = {}; }
    const r = stream._readableState, w = stream._writableState;
    const readable = options.readable !== undefined ? options.readable : !!r;
    const writable = options.writable !== undefined ? options.writable : !!w;
    const willEmitClose = (r && r.emitClose && r.autoDestroy) || (w && w.emitClose && w.autoDestroy);
    let called = false;
    const done = (err) => {
      if (called) return;
      called = true;
      cb.call(stream, err);
    };
    let ended = !readable || (r && r.endEmitted), fin = !writable || (w && w.finished);
    const settle = () => { if (ended && fin && !willEmitClose) done(); };
    stream.on("end", () => { ended = true; settle(); });
    stream.on("finish", () => { fin = true; settle(); });
    stream.on("error", (err) => done(err));
    stream.on("close", () => {
      if (!ended || !fin) done(nodeError(Error, "ERR_STREAM_PREMATURE_CLOSE", "Premature close"));
      else done();
    });
    if ((r && r.closeEmitted) || (w && w.closeEmitted)) nextTick(() => done());
    return () => {};
  }

  // pipeline(...streams, cb): pipes each stream into the next, and calls
  // cb on the tick after the last of them is done (or the first fails,
  // having destroyed them all).
  function pipeline(...streams) {
    const cb = typeof streams[streams.length - 1] === "function" ? streams.pop() : () => {};
    let remaining = streams.length, error = null, over = false;
    const finish = (err) => {
      if (over) return;
      if (err && !error) {
        error = err;
        for (const s of streams) if (!s.destroyed) s.destroy(err);
      }
      if (--remaining === 0 || error) {
        over = true;
        nextTick(() => cb(error || undefined));
      }
    };
    for (let i = 0; i < streams.length; i++) {
      if (i + 1 < streams.length) streams[i].pipe(streams[i + 1]);
      finished(streams[i], { readable: i + 1 < streams.length, writable: i > 0 }, finish);
    }
    return streams[streams.length - 1];
  }

  Stream.Readable = Readable;
  Stream.Writable = Writable;
  Stream.Duplex = Duplex;
  Stream.Transform = Transform;
  Stream.PassThrough = PassThrough;
  Stream.Stream = Stream;
  Stream.finished = finished;
  Stream.pipeline = pipeline;
  return Stream;
})
