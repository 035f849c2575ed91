// Cases for the Node formatting tests. record.js evaluates this file under
// node to produce expected.json; inspect_test.go evaluates it under goja and
// checks that inspect.js prints the same.
//
// The file is one expression: a function taking a recorder t with
//   t.inspect(name, value [, options])  util.inspect(value, options)
//   t.format(name, ...args)             util.format(...args)
//   t.formatWithOptions(name, options, ...args)
//                                       util.formatWithOptions(options, ...args)
// The Go test builds every value first and formats them afterwards, so a
// case must not change a value that an earlier case uses.
// Only plain ES2020 that both node and goja run may appear here. Errors get
// fixed stacks (withStack) so that output does not depend on file paths,
// and Buffers are made with Buffer.from(bytes) (the Go test supplies a
// Buffer class).
(function (t) {
  function withStack(err, frames) {
    const head = err.name + ': ' + err.message;
    Object.defineProperty(err, 'stack', {
      value: frames === undefined ? head + '\n    at main (file:///app/main.js:1:1)' :
        head + frames,
      writable: true,
      configurable: true,
      enumerable: false,
    });
    return err;
  }
  function stackless(err) {
    delete err.stack;
    return err;
  }
  function settle(p) {
    p.catch(function () {});
    return p;
  }
  function range(n, f) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(f(i));
    return out;
  }

  // Primitives.
  t.inspect('number', 42);
  t.inspect('negative zero', -0);
  t.inspect('float', 3.14159);
  t.inspect('NaN', NaN);
  t.inspect('Infinity', -Infinity);
  t.inspect('big number', 1e21);
  t.inspect('small number', 1.5e-7);
  t.inspect('bigint', 12345678901234567890n);
  t.inspect('negative bigint', -1n);
  t.inspect('true', true);
  t.inspect('undefined', undefined);
  t.inspect('null', null);
  t.inspect('symbol', Symbol('sym'));
  t.inspect('symbol without description', Symbol());
  t.inspect('well-known symbol', Symbol.iterator);
  t.inspect('string', 'hello');
  t.inspect('empty string', '');
  t.inspect('string with single quote', "it's");
  t.inspect('string with both quotes', 'it\'s "x"');
  t.inspect('string with all quotes', 'it\'s "x" `y`');
  t.inspect('string with quotes and template', 'it\'s "x" ${y}');
  t.inspect('string escapes', 'a\nb\tc\\d\0e\x1bf\x7fg\x9fh');
  t.inspect('all control characters', (function () { let s = ''; for (let i = 0; i < 32; i++) s += String.fromCharCode(i); return s; })());
  t.inspect('escaped keys', { [Symbol('a\nb')]: 1, 'c\nd': 2 });
  t.inspect('string lone surrogate', 'a\ud83d b \ude00 c \ud83d\ude00');
  t.inspect('string unicode', 'héllo wörld ✓ 日本');
  t.inspect('long string with newlines', 'line one of the text\nline two of the text\nline three of the text\nline four');
  t.inspect('long string no newline', 'x'.repeat(120));
  t.inspect('max string length', 'abcdefghij', { maxStringLength: 4 });
  t.inspect('numeric separator', [1234567.891, -1234, 1234567n], { numericSeparator: true });

  // Arrays.
  t.inspect('empty array', []);
  t.inspect('small array', [1, 2, 3]);
  t.inspect('mixed array', [1, 'two', null, undefined, true, Symbol('s')]);
  t.inspect('nested arrays', [[1, [2, [3, [4]]]]]);
  t.inspect('array holes', [1, , 3]);
  t.inspect('array leading holes', [, , 1]);
  t.inspect('array trailing holes', [1, , , ]);
  t.inspect('array many holes', new Array(5));
  const withExtra = [1, 2];
  withExtra.extra = 'x';
  withExtra[Symbol('s')] = 1;
  t.inspect('array extra properties', withExtra);
  const holeExtra = [1, , 3];
  holeExtra.foo = 'bar';
  t.inspect('array holes and extra', holeExtra);
  t.inspect('array 7 numbers', [1, 2, 3, 4, 5, 6, 7]);
  t.inspect('array 26 numbers', range(26, (i) => i));
  t.inspect('array 100 numbers', range(100, (i) => i * 3));
  t.inspect('array 101 numbers', range(101, (i) => i));
  t.inspect('array 150 numbers', range(150, (i) => i));
  t.inspect('array mixed width numbers', range(30, (i) => i % 7 === 0 ? i * 1000 : i));
  t.inspect('array negative floats', range(20, (i) => (i - 10) / 4));
  t.inspect('array 30 strings', range(30, (i) => 'item' + i));
  t.inspect('array short strings', ['a', 'bb', 'ccc', 'dddd', 'e', 'ff', 'ggg', 'h', 'ii']);
  t.inspect('array long strings', range(8, (i) => 'a fairly long string number ' + i));
  t.inspect('array of objects', range(8, (i) => ({ id: i })));
  t.inspect('array bigints', range(10, (i) => BigInt(i) * 1000n));
  t.inspect('array mixed numbers and strings', [1, 'a', 2, 'b', 3, 'c', 4, 'd']);
  t.inspect('array of arrays grouping', range(10, (i) => [i, i + 1]));
  t.inspect('array 6 items', [100, 200, 300, 400, 500, 600]);
  t.inspect('array with undefined and null', range(12, (i) => i % 2 ? null : undefined));
  t.inspect('array maxArrayLength', [1, 2, 3, 4, 5], { maxArrayLength: 2 });
  t.inspect('array holes maxArrayLength', [1, , 3, , 5], { maxArrayLength: 2 });
  t.inspect('long array of long strings', range(120, (i) => 'str' + i));
  t.inspect('sparse big array', (function () { const a = []; a[2] = 1; a[50] = 2; a.length = 200; return a; })());
  t.inspect('array subclass', (function () { class MyArray extends Array {} return MyArray.from([1, 2]); })());
  t.inspect('empty array subclass', (function () { class MyArray extends Array {} return new MyArray(); })());
  t.inspect('array null prototype', Object.setPrototypeOf([1, 2], null));

  // Objects.
  t.inspect('empty object', {});
  t.inspect('simple object', { a: 1, b: 'two', c: true });
  t.inspect('nested object', { a: { b: { c: { d: { e: 1 } } } } });
  t.inspect('nested array in object', { a: [1, [2, [3, [4]]]] });
  t.inspect('depth 0', { a: { b: 1 }, c: [1] }, { depth: 0 });
  t.inspect('depth infinity', { a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity });
  t.inspect('depth null', { a: { b: { c: { d: 1 } } } }, { depth: null });
  t.inspect('quoted keys', { 'a-b': 1, 'with space': 2, '1x': 3, valid_id: 4, $dollar: 5, '': 6 });
  t.inspect('numeric keys', { 1: 'a', 2: 'b', 10: 'c' });
  t.inspect('key with quote', { "it's": 1, 'say "hi"': 2 });
  t.inspect('__proto__ key', JSON.parse('{"__proto__": 1, "a": 2}'));
  t.inspect('symbol keys', { [Symbol('x')]: 1, [Symbol.for('y')]: 2, [Symbol()]: 3, [Symbol.iterator]: 4 });
  t.inspect('symbol key with quote', { [Symbol("a'b")]: 1 });
  t.inspect('non-enumerable hidden', Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }));
  t.inspect('getter', { get a() { return 1; } });
  t.inspect('setter', { set a(v) {} });
  t.inspect('getter setter', { get a() { return 1; }, set a(v) {} });
  t.inspect('throwing getter', { get boom() { throw new Error('nope'); } });
  t.inspect('getters option', { get a() { return 1; }, get b() { return { c: 2 }; }, get n() { return null; } }, { getters: true });
  t.inspect('getters option throws', { get boom() { throw new Error('nope'); } }, { getters: true });
  t.inspect('object breaking lines', { alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddddddddddd' });
  t.inspect('object exactly fitting', { aaaaaaaaaa: 1111111111, bbbbbbbbbb: 2222222222, cccccccccc: 3333333333, dd: 4 });
  t.inspect('object many keys', (function () { const o = {}; for (let i = 0; i < 30; i++) o['key' + i] = i; return o; })());
  t.inspect('object with long nested', { name: 'looplab', items: [{ id: 1, tags: ['a', 'b'] }, { id: 2, tags: ['c'] }], meta: { created: 'today', owner: { name: 'x' } } });
  t.inspect('compact 3 levels', { a: { b: { c: {} } } });
  t.inspect('compact 4 levels', { a: { b: { c: { d: 1 } } } }, { depth: 5 });
  t.inspect('object 7 keys', { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
  t.inspect('nested breaks', { level1: { level2a: 'some text that is long', level2b: 'another long text here', level2c: [1, 2, 3] } });
  t.inspect('multiline string in object', { text: 'first line of a long string\nsecond line of the long string\nthird line' });
  t.inspect('breakLength infinity', { alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddddddddddd' }, { breakLength: Infinity });
  t.inspect('breakLength 40', { a: 'aaaaaaaaaa', b: 'bbbbbbbbbb', c: 'cccccccccc' }, { breakLength: 40 });
  t.inspect('compact false', { a: 1, b: { c: 2 } }, { compact: false });
  t.inspect('compact true', { a: 1, b: { c: 2 }, d: [1, 2, 3] }, { compact: true });
  t.inspect('compact true long', { alpha: 'aaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbbbb', gamma: 'cccccccccccccccccccccccc', delta: { x: 1 } }, { compact: true });
  t.inspect('compact 1', { a: { b: 1 } }, { compact: 1 });
  t.inspect('sorted', { c: 1, a: 2, b: 3 }, { sorted: true });
  t.inspect('null prototype', Object.create(null));
  t.inspect('null prototype with keys', Object.assign(Object.create(null), { a: 1, b: { c: 2 } }));
  t.inspect('null prototype nested too deep', { a: { b: { c: Object.create(null) } } });
  t.inspect('object with toStringTag', { [Symbol.toStringTag]: 'Custom', a: 1 });
  t.inspect('object with inherited toStringTag', Object.create({ [Symbol.toStringTag]: 'Tagged' }));
  t.inspect('object inheriting from null-proto', Object.create(Object.create(null)));

  // Classes and instances.
  class Foo {
    constructor() {
      this.a = 1;
    }
  }
  class Bar extends Foo {
    constructor() {
      super();
      this.b = [1, 2];
    }
  }
  class Empty {}
  class Tagged {
    get [Symbol.toStringTag]() {
      return 'TagName';
    }
  }
  class WithAccessor {
    get x() {
      return 1;
    }
  }
  t.inspect('class instance', new Foo());
  t.inspect('subclass instance', new Bar());
  t.inspect('empty instance', new Empty());
  t.inspect('instance with toStringTag', new Tagged());
  t.inspect('instance with prototype getter', new WithAccessor());
  t.inspect('instance nested too deep', { a: { b: { c: new Foo() } } });
  t.inspect('class prototype', Foo.prototype);
  t.inspect('anonymous class instance', new (class {})());
  t.inspect('object with constructor property', { constructor: 'x' });

  // Circular.
  const circ = { name: 'root' };
  circ.self = circ;
  t.inspect('circular object', circ);
  const circArr = [1];
  circArr.push(circArr);
  t.inspect('circular array', circArr);
  const c1 = { name: 'a' };
  const c2 = { name: 'b', a: c1 };
  c1.b = c2;
  t.inspect('mutual circular', { list: [c1, c2] });
  const two = { x: {} };
  two.x.up = two;
  two.y = { z: {} };
  two.y.z.back = two.y;
  t.inspect('two circular refs', two);
  const circMap = new Map();
  circMap.set('me', circMap);
  t.inspect('circular map', circMap);
  const shared = { s: 1 };
  t.inspect('shared not circular', { a: shared, b: shared });

  // Map, Set, weak collections.
  t.inspect('map', new Map([['a', 1], ['b', 2]]));
  t.inspect('empty map', new Map());
  t.inspect('map object keys', new Map([[{ k: 1 }, [1, 2]], [null, undefined]]));
  t.inspect('set', new Set([1]));
  t.inspect('set mixed', new Set([1, 'two', [3], { four: 4 }]));
  t.inspect('empty set', new Set());
  t.inspect('nested map in object', { m: new Map([['x', new Map([['y', new Map([['z', 1]])]])]]) });
  t.inspect('big set', new Set(range(30, (i) => i)));
  t.inspect('long map', new Map(range(6, (i) => ['key number ' + i, 'value number ' + i])));
  t.inspect('set maxArrayLength', new Set([1, 2, 3]), { maxArrayLength: 1 });
  t.inspect('map maxArrayLength', new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 });
  const mapExtra = new Map([[1, 2]]);
  mapExtra.extra = true;
  t.inspect('map with property', mapExtra);
  t.inspect('map subclass', (function () { class MyMap extends Map {} return new MyMap([[1, 2]]); })());
  t.inspect('weakmap', new WeakMap());
  t.inspect('weakset', new WeakSet());
  t.inspect('map too deep', { a: { b: { c: new Map([[1, 2]]) } } });
  t.inspect('set too deep', { a: { b: { c: new Set([1]) } } });

  // Dates and regular expressions.
  t.inspect('date', new Date(Date.UTC(2024, 0, 15, 10, 30, 0, 123)));
  t.inspect('date epoch', new Date(0));
  t.inspect('invalid date', new Date(NaN));
  t.inspect('date with property', Object.assign(new Date(0), { note: 'x' }));
  t.inspect('regexp', /ab+c/gi);
  t.inspect('regexp escapes', /[\/\\]\d+$/m);
  t.inspect('regexp with property', Object.assign(/x/, { extra: 1 }));
  t.inspect('regexp subclass', (function () { class MyRe extends RegExp {} return new MyRe('a', 'g'); })());
  t.inspect('date subclass', (function () { class MyDate extends Date {} return new MyDate(0); })());

  // Errors.
  t.inspect('error', withStack(new Error('boom')));
  t.inspect('type error', withStack(new TypeError('bad type')));
  t.inspect('range error', withStack(new RangeError('out of range')));
  t.inspect('error two frames', withStack(new Error('deep'), '\n    at inner (file:///app/a.js:2:3)\n    at outer (file:///app/a.js:5:1)'));
  t.inspect('stackless error', stackless(new Error('no stack')));
  t.inspect('stackless type error', stackless(new TypeError('no stack')));
  t.inspect('error without message', withStack(new Error()));
  t.inspect('stackless error without message', stackless(new Error()));
  t.inspect('error with code', Object.assign(withStack(new Error('boom')), { code: 'E_BOOM' }));
  t.inspect('error with props', Object.assign(withStack(new Error('boom')), { code: 'E', errno: 2, info: { path: '/x' } }));
  t.inspect('error in object', { err: withStack(new Error('inner')) });
  t.inspect('error with code in object', { err: Object.assign(withStack(new Error('inner')), { code: 'E' }) });
  t.inspect('error in array', [withStack(new Error('a')), stackless(new Error('b'))]);
  t.inspect('error deep in object', { a: { b: { c: withStack(new Error('deep')) } } });
  class MyError extends Error {}
  class NamedError extends Error {
    constructor(msg) {
      super(msg);
      this.name = 'NamedError';
    }
  }
  t.inspect('error subclass', withStack(new MyError('mine')));
  t.inspect('error subclass with name', withStack(new NamedError('named')));
  t.inspect('error name changed', (function () { const e = new Error('x'); e.name = 'Custom'; return withStack(e); })());
  t.inspect('error message changed', (function () { const e = withStack(new Error('x')); e.message = 'changed'; return e; })());
  t.inspect('error non-string stack', (function () { const e = new Error('x'); Object.defineProperty(e, 'stack', { value: 5, writable: true, configurable: true }); return e; })());
  t.inspect('error cause', withStack(new Error('outer', { cause: withStack(new Error('inner cause')) })));
  t.inspect('error cause string', withStack(new Error('outer', { cause: 'just a string' })));
  t.inspect('error null prototype', Object.setPrototypeOf(withStack(new Error('np')), null));
  t.inspect('aggregate error', withStack(new AggregateError([stackless(new Error('one')), stackless(new Error('two'))], 'many')));
  t.inspect('error message with stack-like text', withStack(new Error('look\n    at fake')));
  t.inspect('error multiline message', withStack(new Error('line1\nline2')));
  t.inspect('object with error-like shape', { name: 'Error', message: 'fake' });

  // Functions and classes.
  function named() {}
  const anon = (function () { return function () {}; })();
  const arrow = () => 1;
  async function asyncFn() {}
  function* gen() {}
  const asyncArrow = async () => {};
  t.inspect('function', named);
  t.inspect('anonymous function', anon);
  t.inspect('arrow function', arrow);
  t.inspect('async function', asyncFn);
  t.inspect('async arrow', asyncArrow);
  t.inspect('generator function', gen);
  t.inspect('method', { m() {} }.m);
  t.inspect('class', Foo);
  t.inspect('subclass', Bar);
  t.inspect('anonymous class', (function () { return class {}; })());
  t.inspect('class extends null-ish', (function () { class A extends Object {} return A; })());
  t.inspect('function with properties', Object.assign(function withProps() {}, { a: 1, b: 'x' }));
  t.inspect('class with static', (function () { class S { } S.count = 3; return S; })());
  t.inspect('function in object', { fn: named, arrow, cls: Foo });
  t.inspect('functions in array', [named, anon, asyncFn, gen]);
  t.inspect('bound function', named.bind(null));
  t.inspect('builtin function', Math.max);
  t.inspect('function null prototype', Object.setPrototypeOf(function np() {}, null));
  t.inspect('function too deep with props', { a: { b: { c: Object.assign(function f() {}, { x: 1 }) } } });

  // Boxed primitives.
  t.inspect('boxed number', new Number(3));
  t.inspect('boxed negative zero', new Number(-0));
  t.inspect('boxed string', new String('x'));
  t.inspect('boxed string with prop', Object.assign(new String('ab'), { extra: 1 }));
  t.inspect('boxed boolean', new Boolean(false));
  t.inspect('boxed symbol', Object(Symbol('s')));
  t.inspect('boxed bigint', Object(5n));

  // Binary data.
  t.inspect('uint8array', new Uint8Array([1, 2, 3]));
  t.inspect('empty typed array', new Float64Array(0));
  t.inspect('float32array', new Float32Array([1.5, -0, 2.25]));
  t.inspect('int16array grouped', new Int16Array(range(20, (i) => i * (i % 2 ? -1 : 1) * 100)));
  t.inspect('bigint64array', new BigInt64Array([1n, -2n]));
  t.inspect('typed array too long', new Uint8Array(120));
  const typedExtra = new Uint8Array(2);
  typedExtra.tag = 'x';
  t.inspect('typed array with property', typedExtra);
  t.inspect('arraybuffer', new Uint8Array([1, 2, 255, 16]).buffer);
  t.inspect('empty arraybuffer', new ArrayBuffer(0));
  t.inspect('big arraybuffer', new ArrayBuffer(120));
  t.inspect('dataview', new DataView(new ArrayBuffer(4), 1, 2));
  t.inspect('buffer', Buffer.from([0x68, 0x65, 0x6c, 0x6c, 0x6f]));
  t.inspect('empty buffer', Buffer.from([]));
  t.inspect('long buffer', Buffer.from(range(60, (i) => i)));
  t.inspect('buffer in object', { data: Buffer.from([1, 2, 3]) });
  t.inspect('buffer with property', Object.assign(Buffer.from([1, 2]), { extra: 'x' }));

  // Promises.
  t.inspect('resolved promise', Promise.resolve(1));
  t.inspect('promise of undefined', Promise.resolve());
  t.inspect('promise of object', Promise.resolve({ a: [1, 2] }));
  t.inspect('pending promise', new Promise(function () {}));
  t.inspect('rejected promise', settle(Promise.reject(withStack(new Error('rejected!')))));
  t.inspect('rejected with string', settle(Promise.reject('nope')));
  t.inspect('promise with property', Object.assign(Promise.resolve(2), { tag: 'x' }));
  t.inspect('promise in object', { p: Promise.resolve('v'), q: new Promise(function () {}) });
  t.inspect('promise too deep', { a: { b: { c: Promise.resolve(1) } } });

  // Proxies (printed as their target).
  t.inspect('proxy object', new Proxy({ a: 1 }, {}));
  t.inspect('proxy array', new Proxy([1, 2], {}));
  t.inspect('proxy with traps', new Proxy({ real: 1 }, { get: function () { return 'trapped'; }, ownKeys: function () { return ['fake']; } }));
  t.inspect('proxy function', new Proxy(function target() {}, {}));
  t.inspect('showProxy', new Proxy({ a: 1 }, {}), { showProxy: true });

  // Arguments, iterators, global-like objects.
  t.inspect('arguments', (function () { return arguments; })(1, 'two'));
  t.inspect('empty arguments', (function () { return arguments; })());
  t.inspect('array iterator', [1, 2][Symbol.iterator]());
  t.inspect('string iterator', 'ab'[Symbol.iterator]());
  t.inspect('generator object', gen());
  t.inspect('Math', Math);
  t.inspect('JSON', JSON);
  t.inspect('Reflect', Reflect);

  // Custom inspection.
  const custom = Symbol.for('nodejs.util.inspect.custom');
  t.inspect('custom string', { [custom]: function () { return 'CUSTOM!'; } });
  t.inspect('custom object', { [custom]: function () { return { replaced: true }; } });
  t.inspect('custom multiline nested', { inner: { [custom]: function () { return 'line1\nline2'; } } });
  t.inspect('custom returns this', (function () { const o = { a: 1 }; o[custom] = function () { return this; }; return o; })());
  t.inspect('custom depth argument', { a: { [custom]: function (depth, opts) { return 'depth=' + depth + ' breakLength=' + opts.breakLength; } } });
  t.inspect('custom uses inspect', { [custom]: function (depth, opts, inspect) { return 'Wrapped(' + inspect({ x: [1, 2] }, opts) + ')'; } });
  t.inspect('custom stylize', { [custom]: function (depth, opts) { return opts.stylize('styled', 'special'); } });
  t.inspect('customInspect false', { [custom]: function () { return 'no'; }, a: 1 }, { customInspect: false });
  t.inspect('custom on class', (function () { class Money { constructor(v) { this.v = v; } [custom]() { return 'Money<' + this.v + '>'; } } return [new Money(1), new Money(2)]; })());

  // showHidden.
  t.inspect('showHidden array', [1, 2], { showHidden: true });
  t.inspect('showHidden object', Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }), { showHidden: true });
  t.inspect('showHidden error', stackless(new Error('hidden')), { showHidden: true });
  t.inspect('showHidden typed array', new Uint8Array([1]), { showHidden: true });

  // util.format.
  t.format('no args');
  t.format('plain string', 'hello');
  t.format('two strings', 'hello', 'world');
  t.format('string and number', 'n =', 42);
  t.format('number first', 42, 'is the answer');
  t.format('objects joined', { a: 1 }, [1, 2], 'str', null, undefined);
  t.format('%s string', '%s!', 'hi');
  t.format('%s number', '%s', 42);
  t.format('%s negative zero', '%s', -0);
  t.format('%s bigint', '%s', 5n);
  t.format('%s symbol', '%s', Symbol('s'));
  t.format('%s undefined null', '%s %s', undefined, null);
  t.format('%s object', '%s', { a: { b: 1 } });
  t.format('%s array', '%s', [1, [2, [3]]]);
  t.format('%s class with toString', '%s', new (class { toString() { return 'custom str'; } })());
  t.format('%s object with own toString', '%s', { toString: function () { return 'own'; } });
  t.format('%s class without toString', '%s', new Foo());
  t.format('%s error', '%s', withStack(new Error('in format')));
  t.format('%s date', '%s', new Date(0));
  t.format('%s function', '%s', function f() { return 1; });
  t.format('%s toPrimitive', '%s', new (class { [Symbol.toPrimitive]() { return 'prim'; } })());
  t.format('%s null prototype', '%s', Object.create(null));
  t.format('%d', '%d', 42.5);
  t.format('%d string', '%d', '42');
  t.format('%d object', '%d', {});
  t.format('%d bigint', '%d', 5n);
  t.format('%d negative zero', '%d', -0);
  t.format('%d symbol', '%d', Symbol('s'));
  t.format('%i', '%i', 42.9);
  t.format('%i string', '%i', '12px');
  t.format('%i bigint', '%i', 7n);
  t.format('%f', '%f', '3.5abc');
  t.format('%f number', '%f', 1.25);
  t.format('%f symbol', '%f', Symbol('s'));
  t.format('%j', '%j', { a: [1, 'x'] });
  t.format('%j circular', '%j', circ);
  t.format('%j undefined', '%j', undefined);
  t.format('%o', '%o', { a: 1, b: { c: [1, 2] } });
  t.format('%o array', '%o', [1, 2]);
  t.format('%o class', '%o', class K {});
  t.format('%O', '%O', { a: 1, b: { c: { d: { e: 1 } } } });
  t.format('%c', '%cstyled%c text', 'color: red', 'font-weight: bold');
  t.format('%%', '100%% sure %s', 'yes');
  t.format('%% without args', '100%% sure');
  t.format('unknown specifier', '%x %s', 'a');
  t.format('too few args', '%s and %s', 'one');
  t.format('too many args', '%s', 'one', 'two', { three: 3 });
  t.format('trailing percent', 'ends with %', 1);
  t.format('adjacent specifiers', '%s%s%d', 'a', 'b', 3);
  t.format('non-string first with specifier', 1, '%s', 'x');
  t.format('string args not first inspected?', 'a', 'b\nc');
  t.format('error argument', 'failed:', withStack(new Error('why')));
  t.format('nested object argument', 'data', { a: { b: { c: { d: 1 } } } });
  t.format('long array argument', 'list', range(30, (i) => i));
  t.format('%s with long object', '%s', { alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbb', gamma: 'cccccccccccc', delta: 'dddddddddddd' });
  t.format('symbol argument', Symbol('a'), Symbol('b'));
  t.format('bigint argument', 1n, -0);
  // Layout corner cases.
  t.inspect('array of long objects', range(4, (i) => ({ identifier: 'element-' + i, description: 'a description of ' + i })));
  t.inspect('set of long strings', new Set(range(5, (i) => 'a long set member string ' + i)));
  t.inspect('map breaking lines', new Map(range(3, (i) => [{ key: 'k' + i, nested: [i, i + 1] }, { value: 'v'.repeat(20) }])));
  t.inspect('error in map', new Map([['e', withStack(new Error('in map'))]]));
  t.inspect('rejected promise in object', { p: settle(Promise.reject(withStack(new Error('deep reject')))) });
  t.inspect('error with cause in object', { e: withStack(new Error('outer', { cause: withStack(new Error('inner')) })) });
  t.inspect('negative zero in array', [-0, 0, -0.5]);
  t.inspect('string of 16 chars in narrow', { k: 'abcdefghijklmnop' }, { breakLength: 10 });
  t.inspect('string of 17 chars in narrow', { k: 'abcdefghijklmnopq' }, { breakLength: 10 });
  t.inspect('long string nested', { a: { b: 'word '.repeat(20) + '\nnext line here' } });
  t.inspect('very long key', { ['k'.repeat(90)]: 1 });
  t.inspect('depth -1', { a: 1 }, { depth: -1 });
  t.inspect('array depth -1', [1], { depth: -1 });
  t.inspect('class extends null', (function () { return class N extends null {}; })());
  t.inspect('array accessor element', Object.defineProperty([1, 2], 0, { get: function () { return 1; } }));
  t.inspect('not an array but Array prototype', Object.create(Array.prototype));
  t.inspect('object from class prototype', Object.create(Foo.prototype));
  t.inspect('null prototype map', Object.setPrototypeOf(new Map([[1, 2]]), null));
  t.inspect('null prototype set', Object.setPrototypeOf(new Set([1]), null));
  t.inspect('null prototype typed array', Object.setPrototypeOf(new Uint8Array([1]), null));
  t.inspect('null prototype date', Object.setPrototypeOf(new Date(0), null));
  t.inspect('null prototype regexp', Object.setPrototypeOf(/x/g, null));
  t.inspect('null prototype with tag', Object.assign(Object.create(null), { [Symbol.toStringTag]: 'T' }));
  t.inspect('null prototype inherited tag', Object.create(Object.assign(Object.create(null), { [Symbol.toStringTag]: 'T' })));
  t.inspect('custom in array multiline', [{ [Symbol.for('nodejs.util.inspect.custom')]: function () { return 'a\nb'; } }]);
  t.inspect('frozen object', Object.freeze({ a: 1 }));
  t.inspect('weakmap nested', { w: new WeakMap(), s: new WeakSet() });
  t.inspect('strings with quotes in array', ["it's", 'say "hi"', 'plain']);
  t.inspect('tag on map', Object.defineProperty(new Map(), Symbol.toStringTag, { value: 'Own' }));
  t.inspect('map subclass with tag', (function () { class TM extends Map { get [Symbol.toStringTag]() { return 'TM2'; } } return new TM([[1, 2]]); })());
  t.inspect('function with toStringTag', Object.defineProperty(function tf() {}, Symbol.toStringTag, { value: 'Tg' }));
  t.inspect('function subclass constructor', (function () { const f = function g() {}; Object.setPrototypeOf(f, Object.create(Function.prototype, { constructor: { value: function Fancy() {} } })); return f; })());
  t.inspect('boxed with tag', Object.defineProperty(new Number(1), Symbol.toStringTag, { value: 'N' }));
  t.inspect('number subclass', (function () { class Num extends Number {} return new Num(4); })());
  t.inspect('error subclass null name', (function () { const e = withStack(new Error('x')); e.name = undefined; return e; })());
  t.inspect('error name not ending in Error', (function () { const e = new Error('x'); e.name = 'Oops'; return withStack(e); })());
  t.inspect('error stack without message', (function () { const e = new Error('msg'); Object.defineProperty(e, 'stack', { value: 'Error\n    at x (y.js:1:1)', configurable: true, writable: true }); return e; })());
  t.inspect('error stack mismatching name', (function () { const e = new TypeError('msg'); Object.defineProperty(e, 'stack', { value: 'Error: msg\n    at x (y.js:1:1)', configurable: true, writable: true }); return e; })());
  t.inspect('error own message property enumerable', Object.assign(withStack(new Error('m')), { message: 'm' }));
  t.inspect('error own name enumerable', Object.assign(withStack(new Error('m')), { name: 'Error' }));
  t.inspect('error cause identical frames', (function () {
    const frames = '\n    at a (f.js:1:1)\n    at b (f.js:2:1)\n    at c (f.js:3:1)\n    at d (f.js:4:1)\n    at e (f.js:5:1)';
    const inner = withStack(new Error('inner'), '\n    at z (f.js:9:1)' + frames);
    return withStack(new Error('outer', { cause: inner }), '\n    at y (f.js:8:1)' + frames);
  })());
  t.inspect('sparse array with extra before hole', (function () { const a = [1, , 3]; a.x = 1; a[10] = 4; return a; })());
  t.inspect('array length only', (function () { const a = []; a.length = 3; return a; })());
  t.inspect('object with many short arrays', { a: [1, 2, 3], b: [4, 5, 6], c: [7, 8, 9], d: [10, 11, 12], e: [13, 14, 15] });
  t.inspect('array of 7 short arrays', range(7, (i) => [i]));
  t.inspect('grouping with indentation', { nested: { list: range(40, (i) => i * 11) } });
  t.inspect('emoji strings grouped', range(8, (i) => '😀'.repeat(i % 3 + 1)));
  t.inspect('cjk strings grouped', range(8, (i) => '日本語'.slice(0, i % 3 + 1)));
  t.format('%s boxed string', '%s', new String('boxed'));
  t.format('%s arguments-like', '%s', { length: 2, 0: 'a' });
  t.format('%s map', '%s', new Map([[1, { a: 1 }]]));
  t.format('%s typed array', '%s', new Uint8Array(3));
  t.format('%o nested', '%o', { a: { b: { c: { d: { e: { f: 1 } } } } } });
  t.format('%o map', '%o', new Map([[1, 2]]));
  t.format('%O depth', '%O', [[[[[1]]]]]);
  t.format('%i negative', '%i', -5.5);
  t.format('%d empty string', '%d', '');
  t.format('%f undefined', '%f', undefined);
  t.format('%j string', '%j', 'str');
  t.format('%j toJSON', '%j', { toJSON: function () { return 'J'; } });
  t.format('multiple %c', '%c%c%c', 'a', 'b', 'c', 'rest');
  t.format('format string only percent', '%');
  t.format('format with newline objects', 'obj:\n', { a: 1 });
  t.formatWithOptions('formatWithOptions depth', { depth: 0 }, 'x', { a: { b: 1 } });
  t.formatWithOptions('formatWithOptions %s', { numericSeparator: true }, '%s %d %i', 12345, 67890, 1234.5);
  t.formatWithOptions('formatWithOptions %O', { compact: false }, '%O', { a: [1] });
  t.formatWithOptions('formatWithOptions breakLength', { breakLength: 20 }, { alpha: 1, beta: 2, gamma: 3 });
  // Generated structures: a seeded generator builds nested values of
  // random shape so that the layout rules meet many widths and depths.
  let seed = 20240601;
  function rand(n) {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  }
  const words = ['a', 'id', 'name', 'value', 'description', 'x'.repeat(12), 'it\'s', 'multi\nline', 'ünïcödé', 'k-e-y'];
  function generate(depth) {
    const r = rand(depth > 3 ? 6 : 11);
    switch (r) {
      case 0: return rand(1000) - 500;
      case 1: return words[rand(words.length)];
      case 2: return rand(2) === 0 ? null : undefined;
      case 3: return rand(100000) / 7;
      case 4: return rand(2) === 0;
      case 5: return BigInt(rand(99999));
      case 6: case 7: {
        const o = {};
        const n = rand(9);
        for (let i = 0; i < n; i++) o[words[rand(words.length)] + (rand(3) === 0 ? i : '')] = generate(depth + 1);
        return o;
      }
      case 8: case 9: return range(rand(depth === 0 ? 40 : 12), () => generate(depth + 1));
      default: {
        const m = new Map();
        const n = rand(4);
        for (let i = 0; i < n; i++) m.set(generate(depth + 2), generate(depth + 2));
        return rand(2) === 0 ? m : new Set(m.keys());
      }
    }
  }
  for (let i = 0; i < 80; i++) {
    t.inspect('generated ' + i, generate(0), i % 10 === 9 ? { depth: 4 } : undefined);
  }
});
