// Title: Returning a promise from .then costs extra ticks
// Resolving with a promise adopts its state through two extra microtasks, so a chain that returns Promise.resolve() falls behind.
Promise.resolve()
  .then(() => {
    console.log('A1');
    return Promise.resolve('A2');
  })
  .then((v) => console.log(v));

Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'))
  .then(() => console.log('B4'));
