// Case: the assert module: passing assertions are silent, failing ones throw AssertionError with Node 20's messages (the failing call's source, values, a line diff of objects); util.isDeepStrictEqual
// Tags: node
const assert = require('node:assert');
assert(true); assert.ok(1);
try { assert.ok(0) } catch (e) { console.log(JSON.stringify(e.message), e.name, e.code, e.operator, e.actual, e.expected, e.generatedMessage); }
try { assert.equal(1, '2') } catch (e) { console.log(JSON.stringify(e.message), e.operator); }
try { assert.strictEqual('a', 'b', 'custom message') } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); }
try { assert.notStrictEqual(1, 1) } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.deepStrictEqual({ a: 1 }, { a: 2 }) } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.throws(() => {}) } catch (e) { console.log(JSON.stringify(e.message)); }
assert.throws(() => { throw new TypeError('x'); }, TypeError);
assert.throws(() => { throw new Error('abc'); }, /ab/);
assert.throws(() => { throw new Error('abc'); }, { message: 'abc' });
assert.deepEqual([1, '2'], [1, 2]);
assert.deepStrictEqual(new Map([[1, { a: [1] }]]), new Map([[1, { a: [1] }]]));
assert.rejects(Promise.reject(new Error('r')), /r/).then(() => console.log('rejects ok'));
assert.doesNotThrow(() => 1);
try { assert.fail('boom') } catch (e) { console.log(e.message, e.code); }
try { assert.match('abc', /x/) } catch (e) { console.log(JSON.stringify(e.message)); }
console.log(typeof assert.strict, assert.strict.equal === assert.strictEqual, typeof assert.AssertionError);
const util = require('util');
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], [2]), util.isDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 2]])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));

const cases = [
  () => assert.deepStrictEqual({ a: 1 }, { a: 2 }),
  () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]),
  () => assert.deepStrictEqual({ a: [1, { b: 2 }], c: 'x' }, { a: [1, { b: 3 }], c: 'x' }),
  () => assert.deepEqual({ a: 1 }, { a: 2 }),
  () => assert.strictEqual({ a: 1 }, { a: 1 }),
  () => assert.strictEqual(1, 2, 'custom'),
  () => assert.equal(1, 2, 'custom'),
  () => assert.deepStrictEqual(1, 2, 'custom'),
  () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }),
  () => assert.strictEqual('a\nb', 'a\nc'),
];
for (const c of cases) { try { c(); } catch (e) { console.log(JSON.stringify(e.message)); } }
