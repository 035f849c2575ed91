// Title: nextTick, promise, timeout, immediate
// Node drains the nextTick queue, then the microtask queue, before the loop moves on to timers and the check phase.
const fs = require('fs');

console.log('script start');

setTimeout(() => console.log('setTimeout'), 0);
setImmediate(() => console.log('setImmediate'));
Promise.resolve().then(() => console.log('promise.then'));
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('process.nextTick'));

console.log('script end');
