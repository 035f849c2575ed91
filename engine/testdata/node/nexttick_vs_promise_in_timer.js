// Case: inside a timer callback, its nextTicks and then promises run before the next timer callback of the same phase.
// Tags: node
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('  promise from timer 1'));
  process.nextTick(() => console.log('  nextTick from timer 1'));
}, 5);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('  promise from timer 2'));
  process.nextTick(() => console.log('  nextTick from timer 2'));
}, 5);
