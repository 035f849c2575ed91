// Case: awaiting a thenable calls its then() in a microtask, so the function resumes two ticks later than awaiting a plain value.
// Tags: both
const thenable = {
  then(resolve) {
    console.log('then() called by await');
    resolve('thenable value');
  },
};

async function awaitsThenable() {
  const v = await thenable;
  console.log('resumed from thenable with', v);
}

async function awaitsValue() {
  const v = await 'plain';
  console.log('resumed from plain value with', v);
}

awaitsThenable();
awaitsValue();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
console.log('sync end');
