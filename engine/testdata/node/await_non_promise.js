// Case: awaiting a non-promise value still yields: the function resumes one microtask later with the same value.
// Tags: both
async function run() {
  console.log('before await 42');
  const a = await 42;
  console.log('after await 42 ->', a);
  const b = await undefined;
  console.log('after await undefined ->', b);
  const c = await 'text';
  console.log('after await "text" ->', c);
}

run();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
console.log('sync end');
