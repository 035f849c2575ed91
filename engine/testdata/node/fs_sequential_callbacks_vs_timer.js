// Case: a timer due while I/O callbacks nest waits for the current callback, then fires in the next timers phase.
// Tags: node
const fs = require('fs');
const path = require('path');

setTimeout(() => console.log('timer (200 ms)'), 200);
fs.readFile(path.join(__dirname, 'hello.txt'), 'utf8', (err, a) => {
  console.log('read hello.txt');
  fs.readFile(path.join(__dirname, 'config.json'), 'utf8', (err, b) => {
    console.log('read config.json');
    const start = Date.now();
    while (Date.now() - start < 250) {}
    console.log('busy 250 ms inside the callback');
    setImmediate(() => console.log('immediate after the busy callback'));
  });
});
