// Case: stream.Readable, Writable, Transform, Readable.from and pipeline emit on the ticks Node's state machines use
// Tags: node
const { Readable, Writable, Transform, pipeline } = require('stream');

const r = new Readable({ read() {} });
r.on('data', (c) => console.log('data', c.toString()));
r.on('end', () => console.log('end'));
r.push('a');
r.push('b');
process.nextTick(() => { r.push('c'); r.push(null); });

const w = new Writable({ highWaterMark: 3, write(chunk, enc, cb) { console.log('write', chunk.toString()); setImmediate(cb); } });
console.log('write returns', w.write('ab'), w.writableLength);
console.log('write returns', w.write('cd'), w.writableLength, w.writableNeedDrain);
w.on('drain', () => { console.log('drain'); w.end('ef'); });
w.on('finish', () => console.log('w finish'));
w.on('close', () => console.log('w close'));

const up = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
up.on('data', (c) => console.log('upper', c.toString()));
up.write('hello');
up.end('world');

Readable.from(['p', 'q']).on('data', (v) => console.log('from', v));

const sink = new Writable({
  write(chunk, enc, cb) { console.log('sink', chunk.toString()); cb(); },
  final(cb) { console.log('final'); cb(); },
});
pipeline(Readable.from(['x', 'y']), new Transform({ transform(c, e, cb) { cb(null, c + '!'); } }), sink, (err) => console.log('pipeline done', err));
sink.on('close', () => console.log('sink close'));

const broken = new Readable({ read() {}, destroy(err, cb) { console.log('destroying', err.message); cb(err); } });
broken.on('error', (e) => console.log('error', e.message));
broken.on('close', () => console.log('broken close', broken.destroyed));
broken.destroy(new Error('boom'));

(async () => {
  for await (const v of Readable.from((async function* () { yield 1; yield 2; })())) console.log('for await', v);
  console.log('for await done');
})();
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
setImmediate(() => console.log('immediate'));
