// Case: microtasks queued during the microtask checkpoint run in the same checkpoint, before the next task.
// Tags: browser
setTimeout(() => console.log('timeout'), 0);
queueMicrotask(() => {
  console.log('micro 1');
  queueMicrotask(() => {
    console.log('micro 1.1');
    queueMicrotask(() => console.log('micro 1.1.1'));
  });
});
queueMicrotask(() => console.log('micro 2'));
Promise.resolve().then(() => console.log('promise 3'));
console.log('sync');
