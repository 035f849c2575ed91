// fs.js: Node's fs module (callbacks, *Sync, fs.promises, read and write
// streams) on looplab's in-memory file system. The work happens in Go
// (engine/node_fs.go): every asynchronous call is a job on libuv's thread
// pool whose completion is called back from the poll phase, as in Node.
//
// The file is one expression: a function of (host, lib) returning the
// module. host.fs(op, args, callback, done) queues an operation and calls
// done(error, result) from the poll phase; callback is the user's function,
// for the trace's labels. host.fsSync(op, args) runs one now: [error, result].
(function (host, lib) {
  "use strict";

  const TypeError = globalThis.TypeError;
  const Error = globalThis.Error;
  const Buffer = lib.Buffer;
  const Promise = lib.Promise;
  const EventEmitter = lib.EventEmitter;

  function invalidArgType(name, expected, actual) {
    const err = new TypeError('The "' + name + '" argument must be ' + expected + ". Received " + host.describeArg(actual));
    err.code = "ERR_INVALID_ARG_TYPE";
    return err;
  }

  function checkCallback(cb) {
    if (typeof cb !== "function") throw invalidArgType("cb", "of type function", cb);
    return cb;
  }

  function pathArg(p, name = "path") {
    if (typeof p === "string") return p;
    if (p instanceof Buffer) return p.toString();
    if (p !== null && typeof p === "object" && typeof p.href === "string" && p.protocol === "file:") return p.pathname;
    throw invalidArgType(name, "of type string or an instance of Buffer or URL", p);
  }

  function encodingOf(options) {
    if (typeof options === "string") return options;
    if (options !== null && typeof options === "object" && options.encoding) return options.encoding;
    return null;
  }

  // makeError turns the Go side's error record into Node's fs error:
  // [Error: ENOENT: no such file or directory, open '/app/x'] { errno, code, syscall, path }
  function makeError(e) {
    const err = new Error(e.message);
    Object.defineProperty(err, "stack", { value: "Error: " + e.message, writable: true, configurable: true, enumerable: false });
    err.errno = e.errno;
    err.code = e.code;
    err.syscall = e.syscall;
    if (e.path !== undefined) err.path = e.path;
    if (e.dest !== undefined) err.dest = e.dest;
    return err;
  }

  function toBytes(data, encoding) {
    if (typeof data === "string") return Buffer.from(data, encoding || "utf8");
    if (ArrayBuffer.isView(data)) return Buffer.from(data);
    throw invalidArgType("data", "of type string or an instance of Buffer, TypedArray, or DataView", data);
  }

  // ---------------------------------------------------------------- results

  class Stats {
    constructor(s) {
      this.dev = 2049;
      this.mode = s.dir ? 16877 : 33188;
      this.nlink = 1;
      this.uid = 1000;
      this.gid = 1000;
      this.rdev = 0;
      this.blksize = 4096;
      this.ino = s.ino;
      this.size = s.size;
      this.blocks = Math.ceil(s.size / 512);
      this.atimeMs = s.mtimeMs;
      this.mtimeMs = s.mtimeMs;
      this.ctimeMs = s.mtimeMs;
      this.birthtimeMs = s.mtimeMs;
      this.atime = new Date(s.mtimeMs);
      this.mtime = new Date(s.mtimeMs);
      this.ctime = new Date(s.mtimeMs);
      this.birthtime = new Date(s.mtimeMs);
      Object.defineProperty(this, "_dir", { value: s.dir });
    }
    isFile() { return !this._dir; }
    isDirectory() { return this._dir; }
    isSymbolicLink() { return false; }
    isFIFO() { return false; }
    isSocket() { return false; }
    isBlockDevice() { return false; }
    isCharacterDevice() { return false; }
  }

  class Dirent {
    constructor(name, dir, path) {
      this.name = name;
      this.path = path;
      Object.defineProperty(this, "_dir", { value: dir });
    }
    isFile() { return !this._dir; }
    isDirectory() { return this._dir; }
    isSymbolicLink() { return false; }
  }

  // convert turns the Go side's raw result into what the API returns.
  const convert = {
    readFile: (r, args, options) => {
      const buf = Buffer.from(r);
      const enc = encodingOf(options);
      return enc ? buf.toString(enc) : buf;
    },
    stat: (r) => new Stats(r),
    lstat: (r) => new Stats(r),
    fstat: (r) => new Stats(r),
    open: (r) => r,
    read: (r) => r,
    write: (r) => r,
    readdir: (r, args, options) => {
      if (options && typeof options === "object" && options.withFileTypes) {
        return r.map((e) => new Dirent(e.name, e.dir, args[0]));
      }
      return r.map((e) => e.name);
    },
    mkdir: (r) => (r === null ? undefined : r),
  };

  function fdArg(fd) {
    if (typeof fd !== "number") throw invalidArgType("fd", "of type number", fd);
    return fd;
  }

  // readArgs sorts fs.read's shapes: (buffer, offset, length, position, cb),
  // (buffer, {offset, length, position}, cb), ({buffer, ...}, cb), (cb).
  function readArgs(buffer, offset, length, position, cb) {
    if (typeof buffer === "function") return { buffer: Buffer.alloc(16384), offset: 0, length: 16384, position: null, cb: buffer };
    if (buffer !== null && typeof buffer === "object" && !(buffer instanceof Uint8Array)) {
      const o = buffer;
      const b = o.buffer || Buffer.alloc(16384);
      return { buffer: b, offset: o.offset || 0, length: o.length === undefined ? b.length - (o.offset || 0) : o.length, position: o.position === undefined ? null : o.position, cb: offset };
    }
    if (offset !== null && typeof offset === "object") {
      const o = offset;
      return { buffer, offset: o.offset || 0, length: o.length === undefined ? buffer.length - (o.offset || 0) : o.length, position: o.position === undefined ? null : o.position, cb: length };
    }
    if (typeof offset === "function") return { buffer, offset: 0, length: buffer.length, position: null, cb: offset };
    return { buffer, offset: offset || 0, length: length === undefined ? buffer.length - (offset || 0) : length, position: position === undefined ? null : position, cb };
  }

  // writeArgs sorts fs.write's shapes: (buffer, offset, length, position,
  // cb) and (string, position, encoding, cb).
  function writeArgs(data, offset, length, position, cb) {
    if (typeof data === "string") {
      let pos = offset, enc = length, callback = position;
      if (typeof pos === "function") { callback = pos; pos = null; enc = undefined; }
      else if (typeof enc === "function") { callback = enc; enc = undefined; }
      return { bytes: Buffer.from(data, enc || "utf8"), position: pos === undefined ? null : pos, cb: callback === undefined ? cb : callback };
    }
    if (typeof offset === "function") return { bytes: data, position: null, cb: offset };
    if (typeof length === "function") length = undefined, cb = length;
    const off = offset || 0;
    const len = length === undefined || typeof length === "function" ? data.length - off : length;
    if (typeof position === "function") { cb = position; position = null; }
    return { bytes: data.subarray(off, off + len), position: position === undefined ? null : position, cb };
  }

  function result(op, raw, args, options) {
    const c = convert[op];
    return c ? c(raw, args, options) : undefined;
  }

  // ---------------------------------------------------------------- callbacks

  function async(api, op, args, options, cb) {
    checkCallback(cb);
    host.fs(api, op, args, cb, (e, raw) => {
      if (e) return cb(makeError(e));
      const value = result(op, raw, args, options);
      if (op === "exists") return cb(raw);
      if (value === undefined && op !== "readFile") return cb(null);
      cb(null, value);
    });
  }

  function sync(op, args, options) {
    const [e, raw] = host.fsSync(op, args);
    if (e) throw makeError(e);
    return result(op, raw, args, options);
  }

  // Argument shapes: (path, [options], cb).
  function optionsAndCallback(options, cb) {
    if (typeof options === "function") return [undefined, options];
    return [options, cb];
  }

  const fs = {
    constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, COPYFILE_EXCL: 1 },
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
    Stats, Dirent,

    readFile(path, options, cb) {
      [options, cb] = optionsAndCallback(options, cb);
      checkCallback(cb);
      async("fs.readFile", "readFile", [pathArg(path)], options, cb);
    },
    writeFile(path, data, options, cb) {
      [options, cb] = optionsAndCallback(options, cb);
      checkCallback(cb);
      const flag = options && typeof options === "object" && options.flag === "a" ? "a" : "w";
      async("fs.writeFile", "writeFile", [pathArg(path), toBytes(data, encodingOf(options)), flag], options, cb);
    },
    appendFile(path, data, options, cb) {
      [options, cb] = optionsAndCallback(options, cb);
      checkCallback(cb);
      async("fs.appendFile", "writeFile", [pathArg(path), toBytes(data, encodingOf(options)), "a"], options, cb);
    },
    stat(path, options, cb) {
      [options, cb] = optionsAndCallback(options, cb);
      async("fs.stat", "stat", [pathArg(path)], options, cb);
    },
    lstat(path, options, cb) {
      [options, cb] = optionsAndCallback(options, cb);
      async("fs.lstat", "lstat", [pathArg(path)], options, cb);
    },
    readdir(path, options, cb) {
      [options, cb] = optionsAndCallback(options, cb);
      async("fs.readdir", "readdir", [pathArg(path)], options, cb);
    },
    mkdir(path, options, cb) {
      [options, cb] = optionsAndCallback(options, cb);
      async("fs.mkdir", "mkdir", [pathArg(path), !!(options && options.recursive)], options, cb);
    },
    unlink(path, cb) { async("fs.unlink", "unlink", [pathArg(path)], undefined, cb); },
    rmdir(path, options, cb) {
      [options, cb] = optionsAndCallback(options, cb);
      async("fs.rmdir", "rmdir", [pathArg(path)], options, cb);
    },
    rm(path, options, cb) {
      [options, cb] = optionsAndCallback(options, cb);
      async("fs.rm", "rm", [pathArg(path), !!(options && options.recursive), !!(options && options.force)], options, cb);
    },
    rename(from, to, cb) { async("fs.rename", "rename", [pathArg(from, "oldPath"), pathArg(to, "newPath")], undefined, cb); },
    copyFile(from, to, mode, cb) {
      if (typeof mode === "function") { cb = mode; mode = 0; }
      async("fs.copyFile", "copyFile", [pathArg(from, "src"), pathArg(to, "dest")], undefined, cb);
    },
    access(path, mode, cb) {
      if (typeof mode === "function") { cb = mode; mode = 0; }
      async("fs.access", "access", [pathArg(path)], undefined, cb);
    },
    open(path, flags, mode, cb) {
      if (typeof flags === "function") { cb = flags; flags = undefined; }
      else if (typeof mode === "function") { cb = mode; }
      checkCallback(cb);
      async("fs.open", "open", [pathArg(path), flags === undefined || flags === null ? "r" : flags], undefined, cb);
    },
    close(fd, cb) {
      async("fs.close", "close", [fdArg(fd)], undefined, cb === undefined ? () => {} : cb);
    },
    fstat(fd, options, cb) {
      [options, cb] = optionsAndCallback(options, cb);
      async("fs.fstat", "fstat", [fdArg(fd)], options, cb);
    },
    read(fd, buffer, offset, length, position, cb) {
      const a = readArgs(buffer, offset, length, position, cb);
      checkCallback(a.cb);
      host.fs("fs.read", "read", [fdArg(fd), a.length, a.position], a.cb, (e, raw) => {
        if (e) return a.cb(makeError(e));
        const bytes = new Uint8Array(raw);
        a.buffer.set(bytes, a.offset);
        a.cb(null, bytes.length, a.buffer);
      });
    },
    write(fd, data, offset, length, position, cb) {
      const a = writeArgs(data, offset, length, position, cb);
      checkCallback(a.cb);
      host.fs("fs.write", "write", [fdArg(fd), a.bytes, a.position], a.cb, (e, raw) => {
        if (e) return a.cb(makeError(e));
        a.cb(null, raw, data);
      });
    },
    exists(path, cb) {
      checkCallback(cb);
      host.fs("fs.exists", "exists", [String(path)], cb, (e, raw) => cb(raw));
    },

    readFileSync(path, options) { return sync("readFile", [pathArg(path)], options); },
    writeFileSync(path, data, options) {
      const flag = options && typeof options === "object" && options.flag === "a" ? "a" : "w";
      sync("writeFile", [pathArg(path), toBytes(data, encodingOf(options)), flag], options);
    },
    appendFileSync(path, data, options) { sync("writeFile", [pathArg(path), toBytes(data, encodingOf(options)), "a"], options); },
    statSync(path, options) { return sync("stat", [pathArg(path)], options); },
    lstatSync(path, options) { return sync("lstat", [pathArg(path)], options); },
    readdirSync(path, options) { return sync("readdir", [pathArg(path)], options); },
    mkdirSync(path, options) { return sync("mkdir", [pathArg(path), !!(options && options.recursive)], options); },
    unlinkSync(path) { sync("unlink", [pathArg(path)]); },
    rmdirSync(path) { sync("rmdir", [pathArg(path)]); },
    rmSync(path, options) { sync("rm", [pathArg(path), !!(options && options.recursive), !!(options && options.force)]); },
    renameSync(from, to) { sync("rename", [pathArg(from, "oldPath"), pathArg(to, "newPath")]); },
    copyFileSync(from, to) { sync("copyFile", [pathArg(from, "src"), pathArg(to, "dest")]); },
    accessSync(path) { sync("access", [pathArg(path)]); },
    openSync(path, flags) { return sync("open", [pathArg(path), flags === undefined || flags === null ? "r" : flags]); },
    closeSync(fd) { sync("close", [fdArg(fd)]); },
    fstatSync(fd, options) { return sync("fstat", [fdArg(fd)], options); },
    readSync(fd, buffer, offset, length, position) {
      const a = readArgs(buffer, offset, length, position, undefined);
      const bytes = new Uint8Array(sync("read", [fdArg(fd), a.length, a.position]));
      a.buffer.set(bytes, a.offset);
      return bytes.length;
    },
    writeSync(fd, data, offset, length, position) {
      const a = writeArgs(data, offset, length, position, undefined);
      return sync("write", [fdArg(fd), a.bytes, a.position]);
    },
    existsSync(path) {
      try { return host.fsSync("exists", [String(path)])[1]; } catch (_) { return false; }
    },
  };

  // ---------------------------------------------------------------- promises

  function promised(api, op, args, options) {
    return new Promise((resolve, reject) => {
      host.fs(api, op, args, undefined, (e, raw) => {
        if (e) {
          const err = makeError(e);
          return reject(err);
        }
        resolve(result(op, raw, args, options));
      });
    });
  }

  // FileHandle: what fsPromises.open resolves to; each method is the
  // descriptor operation of the same name, one thread-pool job each
  // (readFile: fstat, then one read per 64 KiB).
  class FileHandle {
    #fd;
    constructor(fd) { this.#fd = fd; }
    get fd() { return this.#fd; }
    stat(options) { return promised("FileHandle.stat", "fstat", [this.#fd], options); }
    async read(buffer, offset, length, position) {
      const a = readArgs(buffer === undefined ? {} : buffer, offset, length, position, undefined);
      const raw = await promised("FileHandle.read", "read", [this.#fd, a.length, a.position]);
      const bytes = new Uint8Array(raw);
      a.buffer.set(bytes, a.offset);
      return { bytesRead: bytes.length, buffer: a.buffer };
    }
    async write(data, offset, length, position) {
      const a = writeArgs(data, offset, length, position, undefined);
      const n = await promised("FileHandle.write", "write", [this.#fd, a.bytes, a.position]);
      return { bytesWritten: n, buffer: data };
    }
    async readFile(options) {
      const st = await this.stat();
      const chunks = [];
      let left = Math.max(st.size, 1);
      for (;;) {
        const bytes = new Uint8Array(await promised("FileHandle.read", "read", [this.#fd, Math.min(left, 65536), null]));
        if (bytes.length === 0) break;
        chunks.push(Buffer.from(bytes));
        left -= bytes.length;
        if (left <= 0) break;
      }
      const buf = Buffer.concat(chunks);
      const enc = encodingOf(options);
      return enc ? buf.toString(enc) : buf;
    }
    async writeFile(data, options) {
      await promised("FileHandle.write", "write", [this.#fd, toBytes(data, encodingOf(options)), null]);
    }
    appendFile(data, options) { return this.writeFile(data, options); }
    async close() {
      if (this.#fd === -1) return;
      const fd = this.#fd;
      this.#fd = -1;
      await promised("FileHandle.close", "close", [fd]);
    }
  }

  const promises = {
    open: (path, flags) => promised("fsPromises.open", "open", [pathArg(path), flags === undefined || flags === null ? "r" : flags]).then((fd) => new FileHandle(fd)),
    readFile: (path, options) => promised("fsPromises.readFile", "readFile", [pathArg(path)], options),
    writeFile: (path, data, options) => promised("fsPromises.writeFile", "writeFile", [pathArg(path), toBytes(data, encodingOf(options)), options && options.flag === "a" ? "a" : "w"], options),
    appendFile: (path, data, options) => promised("fsPromises.appendFile", "writeFile", [pathArg(path), toBytes(data, encodingOf(options)), "a"], options),
    stat: (path, options) => promised("fsPromises.stat", "stat", [pathArg(path)], options),
    lstat: (path, options) => promised("fsPromises.lstat", "lstat", [pathArg(path)], options),
    readdir: (path, options) => promised("fsPromises.readdir", "readdir", [pathArg(path)], options),
    mkdir: (path, options) => promised("fsPromises.mkdir", "mkdir", [pathArg(path), !!(options && options.recursive)], options),
    unlink: (path) => promised("fsPromises.unlink", "unlink", [pathArg(path)]),
    rmdir: (path) => promised("fsPromises.rmdir", "rmdir", [pathArg(path)]),
    rm: (path, options) => promised("fsPromises.rm", "rm", [pathArg(path), !!(options && options.recursive), !!(options && options.force)]),
    rename: (from, to) => promised("fsPromises.rename", "rename", [pathArg(from, "oldPath"), pathArg(to, "newPath")]),
    copyFile: (from, to) => promised("fsPromises.copyFile", "copyFile", [pathArg(from, "src"), pathArg(to, "dest")]),
    access: (path) => promised("fsPromises.access", "access", [pathArg(path)]),
    constants: fs.constants,
  };
  fs.promises = promises;

  // ---------------------------------------------------------------- streams

  // fs.ReadStream and fs.WriteStream, as Node builds them on Readable and
  // Writable (stream.js): the open is a thread-pool job started on the tick
  // after construction; each read or write is one more; closing waits for
  // the one in progress, then closes the descriptor on the pool.
  const stream = lib.stream;
  const { Readable, Writable } = stream;

  function openStream(s, api, callback) {
    if (typeof s.fd === "number") { callback(); return; }
    host.fs(api + " (open)", "open", [s.path, s.flags], undefined, (e, fd) => {
      if (e) { callback(makeError(e)); return; }
      s.fd = fd;
      callback();
      s.emit("open", fd);
      s.emit("ready");
    });
  }

  function closeStream(s, api, err, cb) {
    const close = (er) => {
      if (s.fd === null || s.fd === undefined) { cb(er || err); return; }
      const fd = s.fd;
      s.fd = null;
      host.fs(api + " (close)", "close", [fd], undefined, (e) => cb((e && makeError(e)) || er || err));
    };
    if (s._performingIO) s._ioDone = close;
    else close(null);
  }

  class ReadStream extends Readable {
    constructor(path, options) {
      options = typeof options === "string" ? { encoding: options } : { ...(options || {}) };
      if (options.highWaterMark === undefined) options.highWaterMark = 65536;
      super(options);
      this.fd = typeof options.fd === "number" ? options.fd : null;
      this.path = this.fd === null ? pathArg(path) : path;
      this.flags = options.flags === undefined ? "r" : options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = options.start;
      this.end = options.end === undefined ? Infinity : options.end;
      this.pos = this.start;
      this.bytesRead = 0;
      this._performingIO = false;
      this._ioDone = null;
    }
    get pending() { return this.fd === null; }
    _construct(callback) { openStream(this, "fs.createReadStream", callback); }
    _read(n) {
      n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
      if (n <= 0) { this.push(null); return; }
      this._performingIO = true;
      host.fs("fs.createReadStream (read)", "read", [this.fd, n, this.pos === undefined ? null : this.pos], undefined, (e, raw) => {
        this._performingIO = false;
        if (this.destroyed) {
          const done = this._ioDone;
          this._ioDone = null;
          if (done) done(e ? makeError(e) : null);
          return;
        }
        if (e) { this.destroy(makeError(e)); return; }
        const buf = Buffer.from(raw);
        if (buf.length > 0) {
          if (this.pos !== undefined) this.pos += buf.length;
          this.bytesRead += buf.length;
          this.push(buf);
        } else {
          this.push(null);
        }
      });
    }
    _destroy(err, cb) { closeStream(this, "fs.createReadStream", err, cb); }
    close(cb) {
      if (typeof cb === "function") stream.finished(this, cb);
      this.destroy();
    }
  }

  class WriteStream extends Writable {
    constructor(path, options) {
      options = typeof options === "string" ? { encoding: options } : { ...(options || {}) };
      options.decodeStrings = true;
      super(options);
      this.fd = typeof options.fd === "number" ? options.fd : null;
      this.path = this.fd === null ? pathArg(path) : path;
      this.flags = options.flags === undefined ? "w" : options.flags;
      this.mode = options.mode === undefined ? 0o666 : options.mode;
      this.start = options.start;
      this.pos = this.start;
      this.bytesWritten = 0;
      this._performingIO = false;
      this._ioDone = null;
      if (options.encoding) this.setDefaultEncoding(options.encoding);
    }
    get pending() { return this.fd === null; }
    _construct(callback) { openStream(this, "fs.createWriteStream", callback); }
    _write(data, encoding, cb) {
      this._performingIO = true;
      host.fs("fs.createWriteStream (write)", "write", [this.fd, data, this.pos === undefined ? null : this.pos], undefined, (e, n) => {
        this._performingIO = false;
        const err = e ? makeError(e) : null;
        if (this.destroyed) {
          cb(err);
          const done = this._ioDone;
          this._ioDone = null;
          if (done) done(err);
          return;
        }
        if (!err) this.bytesWritten += n;
        cb(err);
      });
      if (this.pos !== undefined) this.pos += data.length;
    }
    _writev(chunks, cb) {
      this._write(Buffer.concat(chunks.map((c) => c.chunk)), "buffer", cb);
    }
    _destroy(err, cb) { closeStream(this, "fs.createWriteStream", err, cb); }
    close(cb) {
      if (cb) {
        if (this.closed) { lib.process.nextTick(cb); return; }
        this.on("close", cb);
      }
      this.end();
    }
    destroySoon() { return this.end(); }
  }

  fs.ReadStream = ReadStream;
  fs.WriteStream = WriteStream;
  fs.createReadStream = (path, options) => new ReadStream(path, options);
  fs.createWriteStream = (path, options) => new WriteStream(path, options);
  return fs;
})
