// Case: EventEmitter calls listeners synchronously in registration order; once listeners are removed after their first call.
// Tags: node
const EventEmitter = require('events');

const emitter = new EventEmitter();
function logA(payload) {
  console.log('listener A got', payload);
}
emitter.on('data', logA);
emitter.once('data', (payload) => console.log('once listener got', payload));
emitter.on('data', (payload) => console.log('listener C got', payload));

console.log('listenerCount before:', emitter.listenerCount('data'));
console.log('emit returned', emitter.emit('data', 1));
console.log('after the first emit (synchronous)');
console.log('listenerCount after once fired:', emitter.listenerCount('data'));
emitter.off('data', logA);
emitter.emit('data', 2);
console.log('emit without listeners returns', emitter.emit('nothing'));
console.log('eventNames:', emitter.eventNames().join(','));
