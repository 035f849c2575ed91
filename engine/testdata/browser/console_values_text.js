// Case: DevTools console text for common values (objects, arrays, Map, Set, promises, functions, classes, symbols, dates, null-prototype objects, holes)
// Tags: browser
console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: null } });
console.log([1, 'a', { x: 1 }, [2, [3]]]);
console.log(new Map([['k', 1]]), new Set([1, 2]));
console.log(Promise.resolve(5), new Promise(() => {}), Promise.reject(new Error('r')).catch(() => {}));
console.log(function foo(a, b) { return a + b; }, (x) => x * 2, class Bar {});
console.log(Symbol('s'), 12n, -0, NaN, [undefined, null], { u: undefined });
console.log(new Date(0));
console.log(Object.create(null), { [Symbol('k')]: 1 }, { 'a-b': 1, 2: 'n' });
console.log([,, 1], new Array(3), Array.from({ length: 120 }, (_, i) => i).length);
console.log({ nested: { deeper: { deepest: { end: 1 } } } });
console.log('%o and %O', { a: 1 }, { b: 2 });
