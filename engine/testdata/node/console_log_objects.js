// Case: console.log formats objects and nested arrays with util.inspect: depth 2, then [Object] / [Array].
// Tags: node
console.log({ a: 1, b: 'two', c: true, d: null, e: undefined });
console.log({ user: { name: 'Ada', address: { city: 'London', geo: { lat: 51.5 } } } });
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ list: ['x', 'y'], empty: {}, emptyList: [] });
console.log('string', 42, true, null, undefined, 'multiple args');
console.log(['strings', 'inside', 'arrays', "it's"]);
console.log({ 'key with spaces': 1, valid_id: 2, 3: 'numeric key' });
console.log(-0, 0, NaN, Infinity, 10n, Symbol('tag'));
console.log(new Error('message only').message);
console.log({ fn() {}, arrow: () => {}, nested: { deep: { deeper: { deepest: 1 } } } });
