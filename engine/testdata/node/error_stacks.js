// Case: error stacks name V8's frames: the runtime's callers, methods, constructors, async functions awaiting
// Tags: node
const fs = require('fs');
const EventEmitter = require('events');

function show(tag, err) {
  console.log(`-- ${tag}\n${err.stack}`);
}

function outerSync() { return innerSync(); }
function innerSync() { return new Error('sync'); }
show('main', outerSync());

class Shape {
  constructor(kind) { if (kind === 'bad') show('constructor', new Error('ctor')); }
  area() { return new Error('method'); }
  static create() { return new Error('static'); }
  get size() { return new Error('getter'); }
}
show('method', new Shape().area());
show('static', Shape.create());
show('getter', new Shape().size);
new Shape('bad');
const shapes = { describe() { return new Error('object method'); }, arrow: () => new Error('object arrow') };
show('object method', shapes.describe());
show('object arrow', shapes.arrow());
[1].forEach(function each() { show('forEach', new Error('each')); });
new Promise(function executor() { show('executor', new Error('executor')); });

class ValidationError extends Error {
  constructor(message) { super(message); this.name = 'ValidationError'; }
}
function validate() { throw new ValidationError('age must be positive'); }
try { validate(); } catch (e) { show('subclass', e); }

function HttpError(message) {
  this.message = message;
  this.name = 'HttpError';
  Error.captureStackTrace(this, HttpError);
}
function fetchUser() { return new HttpError('404'); }
show('captureStackTrace', fetchUser());

const bus = new EventEmitter();
bus.on('ready', () => show('listener', new Error('listener')));
bus.emit('ready');

setTimeout(() => {
  show('timeout', new Error('timeout'));
  setImmediate(function onCheck() {
    show('immediate', new Error('immediate'));
    process.nextTick(() => show('nextTick', new Error('tick')));
  });
}, 1);

async function inner() { await null; throw new Error('deep'); }
async function middle() { const v = await inner(); return v; }
async function outer() {
  try { await middle(); } catch (e) { show('async chain', e); }
  try { await Promise.all([inner()]); } catch (e) { show('Promise.all', e); }
  fs.readFile(__filename, () => {
    show('readFile', new Error('readFile'));
    fs.stat(__filename, () => show('stat', new Error('stat')));
  });
}
setTimeout(outer, 20);

setTimeout(() => {
  Error.stackTraceLimit = 2;
  show('stackTraceLimit 2', outerSync());
  Error.stackTraceLimit = 10;
  try { null.name; } catch (e) { show('TypeError', e); }
}, 40);

process.on('uncaughtException', (e) => show('uncaught in an immediate', e));
setTimeout(() => setImmediate(() => { throw new Error('thrown'); }), 60);
