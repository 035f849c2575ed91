// Case: the same values print as Node's util.inspect in Node and as DevTools' one-line preview in Chromium.
// Tags: both
console.log({ user: { name: 'Ada', langs: ['en', 'fr'] }, count: 2 });
console.log([1, 'two', { three: 3 }]);
console.log(new Map([['a', 1]]), new Set([1, 2]));
console.log('text', 42, null, undefined, true);
