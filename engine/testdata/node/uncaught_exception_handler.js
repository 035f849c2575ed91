// Case: with process.on('uncaughtException') the process survives a throw in a timer and the loop goes on.
// Tags: node
process.on('uncaughtException', (err, origin) => {
  console.log('handler caught:', err.message, 'origin:', origin);
});

setTimeout(() => {
  console.log('timer 1 throws');
  throw new Error('first failure');
}, 10);
setTimeout(() => console.log('timer 2 still runs'), 20);
setImmediate(() => {
  throw new Error('thrown from an immediate');
});
console.log('sync end');
