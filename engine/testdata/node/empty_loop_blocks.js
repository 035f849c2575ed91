// Case: a long empty counting loop blocks the event loop: timers fall due meanwhile, the file read waits (looplab jumps the loop to its end)
// Tags: node
const fs = require('fs');
fs.readFile(__filename, () => console.log('readFile'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => console.log('setTimeout'), 0);
setImmediate(() => console.log('setImmediate'));
for (let i = 0; i < 2000000000; i++) {}
for (var j = 0; j <= 1e8; j++) {}
for (var k = 1e6 + 0.5; k > 0; k -= 1);
console.log('counters', j, k);
