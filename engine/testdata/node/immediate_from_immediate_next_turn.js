// Case: an immediate queued from inside an immediate runs on the next loop turn, after the immediates already queued and after timers due by then.
// Tags: node
setImmediate(() => {
  console.log('immediate A');
  setImmediate(() => console.log('immediate C (queued by A): next turn'));
  process.nextTick(() => console.log('nextTick from A runs before B'));
});
setImmediate(() => console.log('immediate B'));
