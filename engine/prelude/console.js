// console.js: the console object of both runtimes. Node writes log, info,
// debug and dir to stdout and warn, error, trace and assert to stderr; the
// browser's console has one stream but keeps the levels.
//
// The file is one expression: a function of host returning the console.
//   host.write(text, level)   one console entry (level: "log", "info", ...)
//   host.format(args)         the runtime's formatting of console arguments
//   host.inspect(value, opts) util.inspect (Node) or the DevTools preview
//   host.now()                the virtual clock in milliseconds (fractional)
//   host.stack()              the current call stack, formatted
(function (host) {
  "use strict";

  const ArrayPrototypeJoin = Array.prototype.join;
  const ArrayPrototypeMap = Array.prototype.map;
  const StringPrototypeSplit = String.prototype.split;
  const StringPrototypeRepeat = String.prototype.repeat;
  const ReflectApply = Reflect.apply;
  const NumberPrototypeToFixed = Number.prototype.toFixed;
  const MapCtor = Map;
  const MapGet = Map.prototype.get;
  const MapSet = Map.prototype.set;
  const MapHas = Map.prototype.has;
  const MapDelete = Map.prototype.delete;
  const StringCtor = String;

  let indent = "";
  const counts = new MapCtor();
  const timers = new MapCtor();

  function write(level, text) {
    if (indent !== "") {
      const lines = ReflectApply(StringPrototypeSplit, text, ["\n"]);
      text = ReflectApply(ArrayPrototypeJoin, ReflectApply(ArrayPrototypeMap, lines, [(l) => indent + l]), ["\n"]);
    }
    host.write(text, level);
  }

  function formatTime(ms) {
    let hours = 0, minutes = 0, seconds = 0;
    if (ms >= 1000) {
      if (ms >= 60000) {
        if (ms >= 3600000) {
          hours = Math.floor(ms / 3600000);
          ms = ms % 3600000;
        }
        minutes = Math.floor(ms / 60000);
        ms = ms % 60000;
      }
      seconds = ms / 1000;
    }
    const fixed = (x) => ReflectApply(NumberPrototypeToFixed, x, [3]);
    if (hours !== 0 || minutes !== 0) {
      const parts = ReflectApply(StringPrototypeSplit, fixed(seconds), ["."]);
      const pad = (x) => (StringCtor(x).length < 2 ? "0" + x : StringCtor(x));
      const res = hours !== 0 ? hours + ":" + pad(minutes) : minutes;
      return res + ":" + pad(parts[0]) + "." + parts[1] + " (" + (hours !== 0 ? "h:m" : "") + "m:ss.mmm)";
    }
    if (seconds !== 0) return fixed(seconds) + "s";
    return Number(fixed(ms)) + "ms";
  }

  // table is Node's console.table: a box drawn around the rows, values
  // shown as util.inspect shows them (shallow), aligned left.
  function table(data, properties) {
    const inspectCell = (v) => {
      const depth = v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      return host.inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity });
    };
    const indexArray = (n) => Array.from({ length: n }, (_, i) => inspectCell(i));
    if (data instanceof Map) {
      const keys = [], values = [];
      for (const [k, v] of data) { keys.push(inspectCell(k)); values.push(inspectCell(v)); }
      return drawTable(["(iteration index)", "Key", "Values"], [indexArray(keys.length), keys, values]);
    }
    if (data instanceof Set) {
      const values = [];
      for (const v of data) values.push(inspectCell(v));
      return drawTable(["(iteration index)", "Values"], [indexArray(values.length), values]);
    }
    const map = Object.create(null);
    let hasPrimitives = false;
    const valuesColumn = [];
    const indexKeys = Object.keys(data);
    for (let i = 0; i < indexKeys.length; i++) {
      const item = data[indexKeys[i]];
      const primitive = item === null || (typeof item !== "function" && typeof item !== "object");
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesColumn[i] = inspectCell(item);
      } else {
        for (const key of properties || Object.keys(item)) {
          if (map[key] === undefined) map[key] = [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = "";
          else map[key][i] = inspectCell(item[key]);
        }
      }
    }
    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) { keys.push("Values"); values.push(valuesColumn); }
    keys.unshift("(index)");
    values.unshift(indexKeys);
    return drawTable(keys, values);
  }

  function drawTable(head, columns) {
    const width = (s) => host.stringWidth(s);
    const widths = head.map(width);
    const longest = Math.max(0, ...columns.map((c) => c.length));
    const rows = [];
    for (let i = 0; i < head.length; i++) {
      const column = columns[i];
      for (let j = 0; j < longest; j++) {
        if (rows[j] === undefined) rows[j] = [];
        const value = (rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : "");
        widths[i] = Math.max(widths[i] || 0, width(value));
      }
    }
    const renderRow = (row) => {
      let out = "│ ";
      for (let i = 0; i < row.length; i++) {
        out += row[i] + " ".repeat(widths[i] - width(row[i]));
        if (i !== row.length - 1) out += " │ ";
      }
      return out + " │";
    };
    const divider = widths.map((w) => "─".repeat(w + 2));
    let result = "┌" + divider.join("┬") + "┐\n" + renderRow(head) + "\n├" + divider.join("┼") + "┤\n";
    for (const row of rows) result += renderRow(row) + "\n";
    return result + "└" + divider.join("┴") + "┘";
  }

  const console = {
    log(...args) { write("log", host.format(args)); },
    info(...args) { write("info", host.format(args)); },
    debug(...args) { write("debug", host.format(args)); },
    warn(...args) { write("warn", host.format(args)); },
    error(...args) { write("error", host.format(args)); },
    dir(value, options) {
      write("log", host.inspect(value, Object.assign({ customInspect: false }, options)));
    },
    dirxml(...args) { write("log", host.format(args)); },
    trace(...args) {
      const text = "Trace" + (args.length > 0 ? ": " + host.format(args) : "");
      write("error", text + host.stack());
    },
    assert(expression, ...args) {
      if (!expression) {
        if (args.length > 0 && typeof args[0] === "string") {
          args[0] = "Assertion failed: " + args[0];
        } else {
          args.unshift("Assertion failed" + (args.length > 0 ? ":" : ""));
        }
        write("warn", host.format(args));
      }
    },
    count(label = "default") {
      label = StringCtor(label);
      const n = (ReflectApply(MapGet, counts, [label]) || 0) + 1;
      ReflectApply(MapSet, counts, [label, n]);
      write("info", label + ": " + n);
    },
    countReset(label = "default") {
      label = StringCtor(label);
      if (!ReflectApply(MapHas, counts, [label])) {
        host.warning("Count for '" + label + "' does not exist");
        return;
      }
      ReflectApply(MapDelete, counts, [label]);
    },
    group(...args) {
      if (args.length > 0) write("log", host.format(args));
      indent += "  ";
    },
    groupCollapsed(...args) {
      if (args.length > 0) write("log", host.format(args));
      indent += "  ";
    },
    groupEnd() {
      indent = indent.slice(0, Math.max(0, indent.length - 2));
    },
    time(label = "default") {
      label = StringCtor(label);
      if (ReflectApply(MapHas, timers, [label])) {
        host.warning("Label '" + label + "' already exists for console.time()");
        return;
      }
      ReflectApply(MapSet, timers, [label, host.now()]);
    },
    timeEnd(label = "default") {
      label = StringCtor(label);
      if (!ReflectApply(MapHas, timers, [label])) {
        host.warning("No such label '" + label + "' for console.timeEnd()");
        return;
      }
      const start = ReflectApply(MapGet, timers, [label]);
      ReflectApply(MapDelete, timers, [label]);
      write("info", label + ": " + formatTime(host.now() - start));
    },
    timeLog(label = "default", ...data) {
      label = StringCtor(label);
      if (!ReflectApply(MapHas, timers, [label])) {
        host.warning("No such label '" + label + "' for console.timeLog()");
        return;
      }
      const start = ReflectApply(MapGet, timers, [label]);
      let text = label + ": " + formatTime(host.now() - start);
      if (data.length > 0) text += " " + host.format(data);
      write("info", text);
    },
    table(data, properties) {
      if (!host.node || data === null || typeof data !== "object") {
        write("log", host.format([data]));
        return;
      }
      write("log", table(data, properties));
    },
  };
  // Node's console methods work detached (const { log } = console).
  for (const k of Object.keys(console)) {
    const f = console[k];
    Object.defineProperty(console, k, { value: f, writable: true, enumerable: true, configurable: true });
  }
  return console;
})
