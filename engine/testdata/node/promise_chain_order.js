// Case: each .then in a chain waits one microtask for the previous one, so two chains interleave step by step.
// Tags: both
Promise.resolve()
  .then(() => console.log('A1'))
  .then(() => console.log('A2'))
  .then(() => console.log('A3'));

Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'));

console.log('sync');
