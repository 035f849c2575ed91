// Case: finally runs on both outcomes without receiving the value, passes the value through, and its own throw replaces the outcome.
// Tags: both
Promise.resolve('kept value')
  .finally((arg) => {
    console.log('finally 1 receives:', arg);
    return 'ignored return';
  })
  .then((v) => console.log('then after finally 1:', v));

Promise.reject(new Error('kept error'))
  .finally(() => console.log('finally 2 runs on rejection'))
  .catch((e) => console.log('catch after finally 2:', e.message));

Promise.resolve('lost value')
  .finally(() => {
    throw new Error('thrown in finally');
  })
  .then(() => console.log('not reached'))
  .catch((e) => console.log('catch after finally 3:', e.message));

Promise.resolve()
  .then(() => console.log('plain tick 1'))
  .then(() => console.log('plain tick 2'))
  .then(() => console.log('plain tick 3'))
  .then(() => console.log('plain tick 4'));
