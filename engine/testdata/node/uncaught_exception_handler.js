// Case: with process.on('uncaughtException') the process survives throws in a timer and in an immediate, and the loop goes on.
// Tags: node
process.on('uncaughtException', (err, origin) => {
  console.log('handler caught:', err.message, 'origin:', origin);
});

setTimeout(() => {
  console.log('timer 1 throws');
  throw new Error('first failure');
}, 10);
setTimeout(() => {
  console.log('timer 2 still runs and queues a throwing immediate');
  setImmediate(() => {
    throw new Error('thrown from an immediate');
  });
}, 20);
setTimeout(() => console.log('timer 3 runs too'), 100);
console.log('sync end');
