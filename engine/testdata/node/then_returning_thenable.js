// Case: returning a thenable from .then makes the engine call its then() in a microtask, one tick later than a plain value.
// Tags: both
const thenable = {
  then(resolve) {
    console.log('thenable.then called');
    resolve('thenable value');
  },
};

Promise.resolve()
  .then(() => {
    console.log('A returns a thenable');
    return thenable;
  })
  .then((v) => console.log('A got', v));

Promise.resolve()
  .then(() => console.log('B tick 1'))
  .then(() => console.log('B tick 2'))
  .then(() => console.log('B tick 3'))
  .then(() => console.log('B tick 4'));
