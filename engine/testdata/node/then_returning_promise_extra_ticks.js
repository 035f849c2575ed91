// Case: a .then callback that returns a promise costs two extra microtask ticks before the chain continues.
// Tags: both
Promise.resolve()
  .then(() => {
    console.log('A: returns a resolved promise');
    return Promise.resolve('A value');
  })
  .then((v) => console.log('A continues with', v));

Promise.resolve()
  .then(() => console.log('B tick 1'))
  .then(() => console.log('B tick 2'))
  .then(() => console.log('B tick 3'))
  .then(() => console.log('B tick 4'))
  .then(() => console.log('B tick 5'));
