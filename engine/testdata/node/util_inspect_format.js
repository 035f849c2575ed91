// Case: util.format supports %s %d %j %o, and util.inspect takes depth, colors off, and compact options.
// Tags: node
const util = require('util');

console.log(util.format('%s is %d years old', 'Bob', 42));
console.log(util.format('%j', { a: [1, 2], b: 'x' }));
console.log(util.format('%o', [1, { deep: true }]));
console.log(util.format('%s:%s', 'only one'));
console.log(util.format('no placeholders', 'extra', 1, { a: 1 }));
console.log(util.format('%d + %d = %d', 1, 2, '3'));
console.log(util.format('%i', 42.9), util.format('%f', '1.5'));
const nested = { level1: { level2: { level3: { level4: 'deep' } } } };
console.log(util.inspect(nested));
console.log(util.inspect(nested, { depth: 0 }));
console.log(util.inspect(nested, { depth: Infinity }));
console.log(util.inspect('a string'));
console.log(util.inspect(new Map([[1, { a: 1 }]]), { compact: false }));
console.log(util.inspect({ a: 1, b: [1, 2, 3] }, { breakLength: 10 }));
