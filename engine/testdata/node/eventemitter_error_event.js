// Case: emitting 'error' with no listener throws the error synchronously from emit(); with a listener it is just an event.
// Tags: node
const EventEmitter = require('events');

const e = new EventEmitter();
try {
  e.emit('error', new Error('disk full'));
  console.log('not reached');
} catch (err) {
  console.log('emit threw:', err.message);
}

try {
  e.emit('error', 'not an Error object');
} catch (err) {
  console.log('non-Error payload is wrapped:', err.code);
}

e.on('error', (err) => console.log('error listener got:', err.message));
console.log('emit returned', e.emit('error', new Error('handled')));
