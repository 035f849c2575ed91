// Case: a read stream closed at once: its open, then its close, run on the thread pool, so 'close' comes after the check phase
// Tags: node
const fs = require('fs');
const readableStream = fs.createReadStream(__filename);
readableStream.close();
readableStream.on('close', () => console.log('close'));
setImmediate(() => console.log('setImmediate'));
setTimeout(() => console.log('setTimeout'), 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
