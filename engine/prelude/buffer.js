// buffer.js: Node's Buffer, a Uint8Array subclass, with the encodings
// snippets use: utf8, hex, base64, base64url, latin1/binary, ascii,
// utf16le/ucs2.
//
// The file is one expression: a function of host returning Buffer.
//   host.utf8Encode(string) -> array of bytes; host.utf8Decode(bytes) -> string
(function (host) {
  "use strict";

  const TypeError = globalThis.TypeError;
  const RangeError = globalThis.RangeError;
  const Uint8ArrayCtor = Uint8Array;
  const ArrayIsArray = Array.isArray;
  const StringFromCharCode = String.fromCharCode;
  const MathMin = Math.min;
  const MathMax = Math.max;

  function normalizeEncoding(enc) {
    if (enc === undefined || enc === null) return "utf8";
    const e = String(enc).toLowerCase();
    switch (e) {
      case "utf8": case "utf-8": return "utf8";
      case "hex": return "hex";
      case "base64": return "base64";
      case "base64url": return "base64url";
      case "latin1": case "binary": return "latin1";
      case "ascii": return "ascii";
      case "ucs2": case "ucs-2": case "utf16le": case "utf-16le": return "utf16le";
    }
    const err = new TypeError("Unknown encoding: " + enc);
    err.code = "ERR_UNKNOWN_ENCODING";
    throw err;
  }

  function encode(string, encoding) {
    switch (normalizeEncoding(encoding)) {
      case "utf8": return host.utf8Encode(string);
      case "hex": {
        const out = [];
        for (let i = 0; i + 1 < string.length; i += 2) {
          const b = parseInt(string.slice(i, i + 2), 16);
          if (b !== b) break;
          out.push(b);
        }
        return out;
      }
      case "base64": case "base64url": {
        const s = string.replace(/-/g, "+").replace(/_/g, "/").replace(/[^A-Za-z0-9+/]/g, "");
        const bin = host.base64Decode(s + "===".slice((s.length + 3) % 4));
        const out = [];
        if (bin !== null) for (let i = 0; i < bin.length; i++) out.push(bin.charCodeAt(i));
        return out;
      }
      case "latin1": case "ascii": {
        const out = [];
        for (let i = 0; i < string.length; i++) out.push(string.charCodeAt(i) & 0xff);
        return out;
      }
      case "utf16le": {
        const out = [];
        for (let i = 0; i < string.length; i++) {
          const c = string.charCodeAt(i);
          out.push(c & 0xff, c >> 8);
        }
        return out;
      }
    }
  }

  function decode(bytes, encoding, start, end) {
    const list = [];
    for (let i = start; i < end; i++) list.push(bytes[i]);
    switch (normalizeEncoding(encoding)) {
      case "utf8": return host.utf8Decode(list);
      case "hex": {
        let s = "";
        for (const b of list) s += (b < 16 ? "0" : "") + b.toString(16);
        return s;
      }
      case "base64": case "base64url": {
        let bin = "";
        for (const b of list) bin += StringFromCharCode(b);
        let s = host.base64Encode(bin);
        if (normalizeEncoding(encoding) === "base64url") s = s.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
        return s;
      }
      case "latin1": {
        let s = "";
        for (const b of list) s += StringFromCharCode(b);
        return s;
      }
      case "ascii": {
        let s = "";
        for (const b of list) s += StringFromCharCode(b & 0x7f);
        return s;
      }
      case "utf16le": {
        let s = "";
        for (let i = 0; i + 1 < list.length; i += 2) s += StringFromCharCode(list[i] | (list[i + 1] << 8));
        return s;
      }
    }
  }

  class Buffer extends Uint8ArrayCtor {
    static from(value, encodingOrOffset, length) {
      if (typeof value === "string") return fromBytes(encode(value, encodingOrOffset));
      if (value instanceof ArrayBuffer) {
        const offset = encodingOrOffset === undefined ? 0 : encodingOrOffset >>> 0;
        const len = length === undefined ? value.byteLength - offset : length >>> 0;
        return new Buffer(value, offset, len);
      }
      if (ArrayBuffer.isView(value)) {
        const b = Buffer.alloc(value.length);
        for (let i = 0; i < value.length; i++) b[i] = value[i];
        return b;
      }
      if (ArrayIsArray(value)) return fromBytes(value);
      if (value !== null && typeof value === "object") {
        if (value.type === "Buffer" && ArrayIsArray(value.data)) return fromBytes(value.data);
        if (typeof value.length === "number") return fromBytes(Array.from(value));
      }
      const err = new TypeError("The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received " + host.describeArg(value));
      err.code = "ERR_INVALID_ARG_TYPE";
      throw err;
    }
    static alloc(size, fill, encoding) {
      if (typeof size !== "number" || size < 0) {
        const err = new RangeError('The argument \'size\' is invalid. Received ' + String(size));
        err.code = "ERR_INVALID_ARG_VALUE";
        throw err;
      }
      const b = new Buffer(size);
      if (fill !== undefined && fill !== 0) b.fill(fill, 0, size, encoding);
      return b;
    }
    static allocUnsafe(size) { return Buffer.alloc(size); }
    static allocUnsafeSlow(size) { return Buffer.alloc(size); }
    static isBuffer(b) { return b instanceof Buffer; }
    static isEncoding(enc) { try { normalizeEncoding(enc); return typeof enc === "string"; } catch (_) { return false; } }
    static byteLength(value, encoding) {
      if (typeof value !== "string") return value.byteLength;
      return encode(value, encoding).length;
    }
    static concat(list, totalLength) {
      if (totalLength === undefined) totalLength = list.reduce((n, b) => n + b.length, 0);
      const out = Buffer.alloc(totalLength);
      let pos = 0;
      for (const b of list) {
        for (let i = 0; i < b.length && pos < totalLength; i++) out[pos++] = b[i];
      }
      return out;
    }
    static compare(a, b) { return a.compare(b); }

    toString(encoding, start, end) {
      start = start === undefined ? 0 : MathMax(0, start | 0);
      end = end === undefined ? this.length : MathMin(this.length, end | 0);
      if (end <= start) return "";
      return decode(this, encoding, start, end);
    }
    toJSON() { return { type: "Buffer", data: Array.from(this) }; }
    equals(other) { return this.compare(other) === 0; }
    compare(other) {
      const n = MathMin(this.length, other.length);
      for (let i = 0; i < n; i++) {
        if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
      }
      return this.length === other.length ? 0 : this.length < other.length ? -1 : 1;
    }
    write(string, offset = 0, length, encoding) {
      if (typeof offset === "string") { encoding = offset; offset = 0; }
      const bytes = encode(string, encoding);
      const n = MathMin(bytes.length, this.length - offset, length === undefined ? Infinity : length);
      for (let i = 0; i < n; i++) this[offset + i] = bytes[i];
      return n;
    }
    fill(value, start = 0, end = this.length, encoding) {
      if (typeof value === "string") {
        const bytes = encode(value, encoding);
        if (bytes.length === 0) return this;
        for (let i = start, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
        return this;
      }
      return super.fill(value, start, end);
    }
    slice(start, end) { return this.subarray(start, end); }
    subarray(start, end) {
      const s = super.subarray(start, end);
      return new Buffer(s.buffer, s.byteOffset, s.length);
    }
    readUInt8(offset = 0) { return this[offset]; }
    readUInt16BE(offset = 0) { return (this[offset] << 8) | this[offset + 1]; }
    readUInt16LE(offset = 0) { return this[offset] | (this[offset + 1] << 8); }
    readUInt32BE(offset = 0) { return ((this[offset] * 0x1000000) + ((this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3])); }
    readUInt32LE(offset = 0) { return ((this[offset + 3] * 0x1000000) + ((this[offset + 2] << 16) | (this[offset + 1] << 8) | this[offset])); }
    readInt8(offset = 0) { const v = this[offset]; return v & 0x80 ? v - 0x100 : v; }
    writeUInt8(value, offset = 0) { this[offset] = value; return offset + 1; }
  }
  Buffer.prototype.readUint8 = Buffer.prototype.readUInt8;
  Buffer.poolSize = 8192;

  function fromBytes(bytes) {
    const b = new Buffer(bytes.length);
    for (let i = 0; i < bytes.length; i++) b[i] = bytes[i];
    return b;
  }

  return { Buffer, encode, decode, normalizeEncoding };
})
