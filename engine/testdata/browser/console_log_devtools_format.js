// Case: console.log of objects and arrays as the DevTools console shows them on one line.
// Tags: browser
console.log({ a: 1, b: 'x' });
console.log([1, 2, 3]);
console.log({ user: { name: 'Ada' }, tags: ['a', 'b'], count: 2 });
console.log([[1, 2], { k: 'v' }, 'str', null, undefined]);
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
console.log([]);
console.log({});
console.log(['only']);
console.log('label:', { nested: { deep: { deeper: 1 } } });
console.log(1, 'two', true, null, undefined);
console.log('text', 'more text');
