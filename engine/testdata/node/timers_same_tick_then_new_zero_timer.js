// Case: a 0 ms timer created while the timers phase runs cannot fire in that phase: the immediate created beside it runs first.
// Tags: node
setTimeout(() => {
  console.log('timer A');
  setTimeout(() => console.log('timer C (0 ms, created by A)'), 0);
  setImmediate(() => console.log('immediate (created by A)'));
  process.nextTick(() => console.log('nextTick (created by A)'));
}, 5);
