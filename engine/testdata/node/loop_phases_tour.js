// Case: one tour of the loop: sync code, nextTick, microtasks, timers, I/O (poll), check (setImmediate), and close callbacks.
// Tags: node
const fs = require('fs');

console.log('1 sync');
setTimeout(() => {
  console.log('4 timers phase');
  fs.readFile(__filename, () => {
    console.log('5 poll phase (I/O callback)');
    setImmediate(() => console.log('6 check phase (setImmediate)'));
    const stream = fs.createReadStream(__filename);
    stream.on('open', () => {
      console.log('7 stream opened');
      stream.destroy();
    });
    stream.on('close', () => console.log('8 close event of the stream'));
  });
}, 0);
Promise.resolve().then(() => console.log('3 microtask'));
process.nextTick(() => console.log('2 nextTick'));
