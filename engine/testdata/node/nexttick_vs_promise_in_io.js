// Case: inside an fs callback (poll phase), nextTick runs before promises, and both run before the immediate and the timer it schedules.
// Tags: node
const fs = require('fs');

fs.readFile(__filename, () => {
  console.log('readFile callback');
  setTimeout(() => console.log('timeout from I/O'), 0);
  setImmediate(() => console.log('immediate from I/O'));
  Promise.resolve().then(() => console.log('promise from I/O'));
  process.nextTick(() => console.log('nextTick from I/O'));
});
console.log('sync');
