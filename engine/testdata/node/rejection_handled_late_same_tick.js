// Case: a rejection that gets a catch handler later in the same tick (even in a nextTick or microtask) is not unhandled.
// Tags: node
const p1 = Promise.reject(new Error('caught synchronously later'));
console.log('p1 created');
p1.catch((e) => console.log('p1 handled:', e.message));

const p2 = Promise.reject(new Error('caught in a nextTick'));
process.nextTick(() => p2.catch((e) => console.log('p2 handled:', e.message)));

const p3 = Promise.reject(new Error('caught in a microtask'));
Promise.resolve().then(() => p3.catch((e) => console.log('p3 handled:', e.message)));

setTimeout(() => console.log('process survived'), 10);
