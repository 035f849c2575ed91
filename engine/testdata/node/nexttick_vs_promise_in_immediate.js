// Case: between two immediates of the same check phase, the first one's nextTicks then promises run.
// Tags: node
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('  promise from immediate 1'));
  process.nextTick(() => console.log('  nextTick from immediate 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  Promise.resolve().then(() => console.log('  promise from immediate 2'));
  process.nextTick(() => console.log('  nextTick from immediate 2'));
});
