// Case: events.once returns a promise that resolves with the event's arguments as an array, or rejects on 'error'.
// Tags: node
const { EventEmitter, once } = require('events');

const ee = new EventEmitter();
(async () => {
  console.log('waiting for ready');
  const args = await once(ee, 'ready');
  console.log('ready with', JSON.stringify(args));
  try {
    await once(ee, 'never');
  } catch (err) {
    console.log('once rejected:', err.message);
  }
})();

setTimeout(() => ee.emit('ready', 'db', 42), 10);
setTimeout(() => ee.emit('error', new Error('connection lost')), 20);
console.log('sync end');
