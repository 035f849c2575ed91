// Case: after an immediate throws (handled) Node calls processImmediate again before the nextTick queue: the batch goes on, and when the thrower was the last, the immediates it queued run in the same check phase
// Tags: node
process.on('uncaughtException', e => console.log('caught', e.message));
setTimeout(() => {
  setImmediate(() => { console.log('i1'); process.nextTick(() => console.log('tick i1')); setImmediate(() => { console.log('i1 queued this'); process.nextTick(() => console.log('tick of queued')); }); throw new Error('i1'); });
  setImmediate(() => { console.log('i2'); Promise.resolve().then(() => console.log('micro i2')); });
  setTimeout(() => console.log('timer'), 0);
}, 2);
setTimeout(() => {
  setImmediate(() => {
    console.log('last');
    process.nextTick(() => console.log('tick last'));
    Promise.resolve().then(() => console.log('micro last'));
    setImmediate(() => console.log('queued by last'));
    throw new Error('last');
  });
  setTimeout(() => console.log('timer after last'), 0);
}, 20);
