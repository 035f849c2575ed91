// http.js: Node's http/https client and server, and the fetch API, on
// looplab's simulated network (engine/node_net.go). A request to any URL is
// answered after a latency with a canned body; a request to a server the
// snippet started with http.createServer().listen(port) reaches that
// server's handler, so one script can show one thread serving many clients.
// Network events arrive in the poll phase, as socket reads do in Node.
//
// The file is one expression: a function of (host, lib) returning
// { http, https }. (fetch is web.js's, on the same network.)
//   host.request(api, url, method, headers, body, callback, done):
//       done(response) from the poll phase; response is {status, statusText,
//       headers, body} or {error: {code, message}}
//   host.listen(port, onRequest) / host.unlisten(port)
//   host.respond(id, status, headers, body)
(function (host, lib) {
  "use strict";

  const TypeError = globalThis.TypeError;
  const Error = globalThis.Error;
  const EventEmitter = lib.EventEmitter;
  const Promise = lib.Promise;
  const Buffer = lib.Buffer;
  const process = lib.process;

  const STATUS = { 200: "OK", 201: "Created", 204: "No Content", 301: "Moved Permanently", 302: "Found",
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 500: "Internal Server Error" };

  function networkError(e, url) {
    const err = new Error(e.message);
    err.code = e.code;
    if (e.syscall) err.syscall = e.syscall;
    if (e.hostname) err.hostname = e.hostname;
    return err;
  }

  // ---------------------------------------------------------------- client

  class IncomingMessage extends EventEmitter {
    constructor(r) {
      super();
      this.statusCode = r.status;
      this.statusMessage = r.statusText;
      this.headers = r.headers;
      this.httpVersion = "1.1";
      this.url = r.url || "";
      this.method = r.method || null;
      this.complete = false;
      this._encoding = null;
    }
    setEncoding(enc) { this._encoding = enc; return this; }
    resume() { return this; }
    pause() { return this; }
    pipe(dest) { this.on("data", (c) => dest.write(c)); return dest; }
  }

  class ClientRequest extends EventEmitter {
    constructor(api, url, options, cb) {
      super();
      this._api = api;
      this._url = url;
      this.method = (options.method || "GET").toUpperCase();
      this._headers = options.headers || {};
      this._body = [];
      this._cb = cb;
      this._sent = false;
      this.aborted = false;
      if (typeof cb === "function") this.once("response", cb);
    }
    setHeader(k, v) { this._headers[k] = v; }
    write(chunk) { this._body.push(String(chunk)); return true; }
    end(chunk) {
      if (chunk !== undefined && chunk !== null && typeof chunk !== "function") this.write(chunk);
      if (this._sent) return this;
      this._sent = true;
      host.request(this._api, this._url, this.method, this._headers, this._body.join(""), this._cb, (r) => {
        if (this.aborted) return;
        if (r.error) {
          this.emit("error", networkError(r.error, this._url));
          return;
        }
        const res = new IncomingMessage(r);
        this.emit("response", res);
        // The body arrives in a later read, then the end of the stream.
        host.request("http.IncomingMessage", this._url, "READ", {}, "", undefined, () => {
          const body = Buffer.from(r.body);
          if (body.length > 0) res.emit("data", res._encoding ? body.toString(res._encoding) : body);
          res.complete = true;
          res.emit("end");
          process.nextTick(() => res.emit("close"));
        });
      });
      return this;
    }
    abort() { this.aborted = true; }
    destroy(err) { this.aborted = true; if (err) process.nextTick(() => this.emit("error", err)); return this; }
    setTimeout() { return this; }
  }

  function urlOf(input, options, defaultProtocol) {
    if (typeof input === "string") return input;
    if (input && typeof input.href === "string") return input.href;
    const o = input || options || {};
    const protocol = o.protocol || defaultProtocol;
    const host_ = o.hostname || o.host || "localhost";
    const port = o.port ? ":" + o.port : "";
    return protocol + "//" + host_ + port + (o.path || "/");
  }

  function makeClient(protocol) {
    const name = protocol === "https:" ? "https" : "http";
    function request(input, options, cb) {
      if (typeof options === "function") { cb = options; options = {}; }
      options = options || {};
      if (input && typeof input === "object" && !(typeof input.href === "string")) { options = input; }
      return new ClientRequest(name + ".request", urlOf(input, options, protocol), options, cb);
    }
    function get(input, options, cb) {
      if (typeof options === "function") { cb = options; options = {}; }
      options = options || {};
      if (input && typeof input === "object" && !(typeof input.href === "string")) { options = input; }
      const req = new ClientRequest(name + ".get", urlOf(input, options, protocol), options, cb);
      req.end();
      return req;
    }
    return { request, get };
  }

  // ---------------------------------------------------------------- server

  class ServerResponse extends EventEmitter {
    constructor(id) {
      super();
      this._id = id;
      this.statusCode = 200;
      this.statusMessage = undefined;
      this._headers = {};
      this._chunks = [];
      this.headersSent = false;
      this.writableEnded = false;
      this.finished = false;
    }
    setHeader(k, v) { this._headers[String(k).toLowerCase()] = v; return this; }
    getHeader(k) { return this._headers[String(k).toLowerCase()]; }
    writeHead(status, msg, headers) {
      this.statusCode = status;
      if (typeof msg === "object") headers = msg;
      else if (msg) this.statusMessage = msg;
      for (const k in headers || {}) this.setHeader(k, headers[k]);
      this.headersSent = true;
      return this;
    }
    write(chunk) { this._chunks.push(String(chunk)); this.headersSent = true; return true; }
    end(chunk, cb) {
      if (typeof chunk === "function") { cb = chunk; chunk = undefined; }
      if (this.writableEnded) return this;
      if (chunk !== undefined && chunk !== null) this._chunks.push(String(chunk));
      this.writableEnded = true;
      this.finished = true;
      this.headersSent = true;
      host.respond(this._id, this.statusCode, this._headers, this._chunks.join(""));
      process.nextTick(() => { this.emit("finish"); if (typeof cb === "function") cb(); });
      return this;
    }
  }

  class Server extends EventEmitter {
    constructor(handler) {
      super();
      this.listening = false;
      this._port = null;
      if (typeof handler === "function") this.on("request", handler);
    }
    listen(port, hostname, backlog, cb) {
      cb = [hostname, backlog, cb].find((x) => typeof x === "function");
      if (typeof port === "object" && port !== null) port = port.port;
      port = port === undefined || port === 0 ? 3000 : Number(port);
      this._port = port;
      host.listen(port, (id, method, url, headers, body) => {
        const req = new IncomingMessage({ status: null, statusText: null, headers, url, method });
        req.statusCode = null;
        req.statusMessage = null;
        const res = new ServerResponse(id);
        this.emit("request", req, res);
        process.nextTick(() => {
          if (body) req.emit("data", Buffer.from(body));
          req.complete = true;
          req.emit("end");
        });
      });
      this.listening = true;
      process.nextTick(() => this.emit("listening"));
      if (cb) this.once("listening", cb);
      return this;
    }
    address() { return { address: "127.0.0.1", family: "IPv4", port: this._port }; }
    close(cb) {
      if (this.listening) host.unlisten(this._port);
      this.listening = false;
      host.closeLater(() => this.emit("close"));
      if (typeof cb === "function") this.once("close", cb);
      return this;
    }
  }

  const http = Object.assign(makeClient("http:"), {
    createServer: (options, handler) => new Server(typeof options === "function" ? options : handler),
    Server, IncomingMessage, ServerResponse, ClientRequest,
    STATUS_CODES: STATUS,
    METHODS: ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
  });
  const https = Object.assign(makeClient("https:"), { createServer: http.createServer, Server });

  return { http, https };
})
