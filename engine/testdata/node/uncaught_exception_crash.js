// Case: an exception thrown in a timer with no handler kills the process with exit code 1; later timers never run.
// Tags: node
setTimeout(() => console.log('first timer'), 10);
setTimeout(() => {
  console.log('second timer throws');
  throw new Error('unexpected');
}, 20);
setTimeout(() => console.log('third timer (never runs)'), 30);
process.on('exit', (code) => console.log('exit code', code));
console.log('scheduled');
