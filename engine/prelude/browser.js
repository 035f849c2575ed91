// browser.js: the window of looplab's browser runtime: window and its
// properties, MessageChannel and postMessage, location and navigator, and
// clear errors for what looplab does not simulate. Timers,
// requestAnimationFrame and the task queues are the Go event loop's
// (engine/browser*.go); the DOM is dom.js's.
//
// The file is one expression: a function of (host, web, dom) returning
// { install(window) }.
//   host.postTask(source, label, fn)  queue a task on a task source
//   host.notSimulated(what)           throws a clear TypeError
(function (host, web, dom) {
  "use strict";

  const TypeError = globalThis.TypeError;
  const ReflectApply = Reflect.apply;
  const structuredClone = web.structuredClone;
  const MessageEvent = dom.MessageEvent;

  // MessagePort: messages wait in the receiving port's inbox until it is
  // started (start(), or setting onmessage). As in Chromium, a port
  // delivers one message per task on the posted message task source: the
  // next message's task is queued only after the previous one ran, behind
  // whatever was queued meanwhile.
  class MessagePort extends dom.EventTargetBase {
    constructor(key) {
      super();
      if (key !== portKey) throw new TypeError("Illegal constructor");
      this._other = null;
      this._started = false;
      this._inbox = [];
      this._delivering = false;
      this._closed = false;
    }
    postMessage(message) {
      const other = this._other;
      if (!other || this._closed) return;
      other._inbox.push(structuredClone(message));
      other._deliverLater();
    }
    _deliverLater() {
      if (!this._started || this._delivering || this._inbox.length === 0) return;
      this._delivering = true;
      host.postTask("posted message", "port.postMessage", () => {
        this._delivering = false;
        if (this._closed) return;
        const data = this._inbox.shift();
        this.dispatchEvent(new MessageEvent("message", { data }));
        this._deliverLater();
      });
    }
    start() {
      if (this._started) return;
      this._started = true;
      this._deliverLater();
    }
    close() { this._closed = true; }
  }
  dom.defineHandler(MessagePort.prototype, "message");
  dom.defineHandler(MessagePort.prototype, "messageerror");
  const portKey = {};

  class MessageChannel {
    constructor() {
      const port1 = new MessagePort(portKey), port2 = new MessagePort(portKey);
      port1._other = port2;
      port2._other = port1;
      Object.defineProperty(this, "port1", { value: port1, enumerable: true });
      Object.defineProperty(this, "port2", { value: port2, enumerable: true });
    }
  }

  const notSimulated = (what) => () => host.notSimulated(what);

  function install(window) {
    const document = dom.document;
    dom.setWindow(window);
    const def = (name, value) => Object.defineProperty(window, name, { value, writable: true, configurable: true, enumerable: false });
    const getter = (name, get) => Object.defineProperty(window, name, { get, configurable: true, enumerable: false });

    // window is an EventTarget with the DOM's dispatch.
    for (const m of ["addEventListener", "removeEventListener", "dispatchEvent"]) def(m, dom.EventTargetBase.prototype[m]);
    for (const type of ["load", "error", "message", "unhandledrejection", "rejectionhandled", "click", "keydown", "keyup", "resize", "scroll", "focus", "blur", "beforeunload", "DOMContentLoaded"]) {
      dom.defineHandler(window, type);
    }
    for (const type of ["click", "dblclick", "mousedown", "mouseup", "mousemove", "mouseover", "mouseout", "pointerdown", "pointerup", "keydown", "keyup", "keypress", "input", "change", "submit", "focus", "blur", "load", "error", "scroll", "readystatechange"]) {
      dom.defineHandler(dom.Node.prototype, type);
      dom.defineHandler(dom.Document.prototype, type);
    }

    def("window", window);
    def("self", window);
    def("top", window);
    def("parent", window);
    def("frames", window);
    def("document", document);
    def("name", "");
    def("innerWidth", 1280);
    def("innerHeight", 720);
    def("outerWidth", 1280);
    def("outerHeight", 800);
    def("devicePixelRatio", 1);
    def("scrollX", 0);
    def("scrollY", 0);
    def("isSecureContext", true);
    def("origin", "http://localhost");
    def("location", Object.freeze({
      href: "http://localhost/", origin: "http://localhost", protocol: "http:", host: "localhost",
      hostname: "localhost", port: "", pathname: "/", search: "", hash: "",
      reload: notSimulated("location.reload()"), assign: notSimulated("navigation"), replace: notSimulated("navigation"),
      toString() { return "http://localhost/"; },
    }));
    def("navigator", Object.freeze({
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36",
      language: "en-US", languages: ["en-US", "en"], onLine: true, hardwareConcurrency: 2, platform: "Linux x86_64",
      cookieEnabled: true,
    }));
    def("history", Object.freeze({ length: 1, state: null, pushState: notSimulated("history.pushState()"), replaceState: notSimulated("history.replaceState()"), back: notSimulated("history.back()") }));
    def("MessageChannel", MessageChannel);
    def("MessagePort", MessagePort);
    def("postMessage", function postMessage(message, targetOrigin) {
      if (arguments.length === 0) throw new TypeError("Failed to execute 'postMessage' on 'Window': 1 argument required, but only 0 present.");
      const data = structuredClone(message);
      host.postTask("posted message", "window.postMessage", () => {
        window.dispatchEvent(new MessageEvent("message", { data, origin: "http://localhost", source: window }));
      });
    });
    def("reportError", function reportError(e) { host.reportError(e); });
    def("getComputedStyle", function getComputedStyle(el) { return el.style; });
    def("matchMedia", function matchMedia(q) { return { matches: false, media: String(q), addEventListener() {}, removeEventListener() {} }; });
    def("scrollTo", function scrollTo() {});
    def("scrollBy", function scrollBy() {});
    for (const name of ["alert", "confirm", "prompt"]) def(name, notSimulated(name + "() (use console.log to see values)"));
    for (const name of ["open", "close", "print", "focus", "blur"]) def(name, notSimulated("window." + name + "()"));
    for (const name of ["localStorage", "sessionStorage", "indexedDB", "caches"]) getter(name, notSimulated(name));
    for (const name of ["XMLHttpRequest", "WebSocket", "Worker", "SharedWorker", "ServiceWorker", "IntersectionObserver",
      "ResizeObserver", "Notification", "BroadcastChannel", "EventSource", "Image", "Audio", "FileReader", "Blob", "File", "FormData"]) {
      def(name, function () { host.notSimulated(name); });
    }
    // The DOM's constructors.
    for (const name of ["Node", "Element", "HTMLElement", "Text", "Comment", "DocumentFragment", "Document", "HTMLDocument", "DOMTokenList",
      "MutationObserver", "MutationRecord", "UIEvent", "MouseEvent", "PointerEvent", "KeyboardEvent", "FocusEvent",
      "InputEvent", "SubmitEvent", "ErrorEvent", "PromiseRejectionEvent", "MessageEvent"]) {
      def(name, dom[name]);
    }
    for (const name of Object.keys(dom.ctorByName)) def(name, dom.ctorByName[name]);
  }

  return { install, MessageChannel, MessagePort };
})
