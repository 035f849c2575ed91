// Case: the Promise executor runs synchronously; only the then callbacks are deferred to microtasks.
// Tags: both
console.log('1: before new Promise');
const p = new Promise((resolve) => {
  console.log('2: inside the executor');
  resolve('value');
  console.log('3: still in the executor after resolve()');
});
p.then((v) => console.log('5: then callback got', v));
console.log('4: after new Promise');
