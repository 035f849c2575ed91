// Case: console.table draws rows of objects, arrays, primitives, a Map and a Set as Node's box table.
// Tags: node
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ ada: { born: 1815 }, alan: { born: 1912 } });
console.table([1, 'two', { three: 3 }]);
console.table(new Map([['k', { v: 1 }], ['longer key', 22]]));
console.table(new Set(['x', 'yy']));
console.table([{ name: 'Grace', langs: ['COBOL', 'FLOW-MATIC', 'A-0', 'MATH-MATIC'], meta: { a: 1, b: 2, c: 3 } }], ['name', 'langs', 'meta']);
console.table('not tabular');
