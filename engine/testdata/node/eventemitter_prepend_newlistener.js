// Case: prependListener puts a listener first; the 'newListener' event fires before the listener is added.
// Tags: node
const { EventEmitter } = require('node:events');

const bus = new EventEmitter();
bus.on('newListener', (event, listener) => {
  console.log(`newListener: ${event} (${listener.name || 'anonymous'}), current count ${bus.listenerCount(event)}`);
});

bus.on('ping', function second() {
  console.log('second');
});
bus.prependListener('ping', function first() {
  console.log('first');
});
bus.prependOnceListener('ping', function zeroth() {
  console.log('zeroth (once)');
});

bus.emit('ping');
console.log('--');
bus.emit('ping');
console.log('rawListeners:', bus.rawListeners('ping').map((f) => f.name).join(','));
