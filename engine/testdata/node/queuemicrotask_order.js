// Case: queueMicrotask and promise callbacks share one FIFO microtask queue; a microtask queued by a microtask runs in the same checkpoint.
// Tags: both
queueMicrotask(() => {
  console.log('microtask 1');
  queueMicrotask(() => console.log('microtask 4 (queued by 1)'));
});
Promise.resolve().then(() => console.log('promise 2'));
queueMicrotask(() => console.log('microtask 3'));
setTimeout(() => console.log('timeout after every microtask'), 0);
console.log('sync');
