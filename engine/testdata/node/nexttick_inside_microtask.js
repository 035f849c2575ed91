// Case: a nextTick queued from inside a promise callback waits until the promise microtask queue is empty.
// Tags: node
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('nextTick queued by promise 1'));
  Promise.resolve().then(() => console.log('promise 3 (queued by promise 1)'));
});
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => {
  console.log('nextTick 1');
  Promise.resolve().then(() => console.log('promise queued by nextTick 1'));
  process.nextTick(() => console.log('nextTick queued by nextTick 1'));
});
