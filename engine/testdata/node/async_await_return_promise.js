// Case: an async function that returns a promise resolves its own promise two ticks later than one that returns a plain value.
// Tags: both
async function returnsValue() {
  return 'value';
}
async function returnsPromise() {
  return Promise.resolve('promise');
}
async function awaitsPromise() {
  return await Promise.resolve('awaited promise');
}

returnsPromise().then((v) => console.log('done:', v));
awaitsPromise().then((v) => console.log('done:', v));
returnsValue().then((v) => console.log('done:', v));

Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'))
  .then(() => console.log('tick 4'));
