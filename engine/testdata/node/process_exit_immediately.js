// Case: process.exit() ends the process at once: pending timers, nextTicks and promises are dropped, but 'exit' listeners run.
// Tags: node
process.on('exit', (code) => console.log('exit listener, code', code));
setTimeout(() => console.log('never: timer'), 0);
process.nextTick(() => console.log('never: nextTick'));
Promise.resolve().then(() => console.log('never: promise'));
console.log('calling process.exit(4)');
process.exit(4);
console.log('never: after exit');
