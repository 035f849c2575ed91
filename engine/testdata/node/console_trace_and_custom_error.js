// Case: console.trace prints V8's stack of the call site (on stderr), and an uncaught subclass of Error prints its name and own properties after the exit listeners
// Tags: node
function a() { b(); }
function b() { console.trace('here'); }
a();
const err = new RangeError('bad range');
console.log(err instanceof Error, err.name, String(err), Object.prototype.toString.call(err));
console.error(err.message);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.extra = 1; } }
console.log(new MyErr('mine').toString());
process.on('exit', () => console.log('bye'));
throw new MyErr('fatal');
