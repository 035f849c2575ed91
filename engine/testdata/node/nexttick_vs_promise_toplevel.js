// Case: at top level the whole nextTick queue drains before the promise microtask queue, regardless of which was queued first.
// Tags: node
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('nextTick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('nextTick 2'));
queueMicrotask(() => console.log('queueMicrotask 3'));
console.log('sync');
