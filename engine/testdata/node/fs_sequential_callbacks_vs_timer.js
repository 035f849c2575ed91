// Case: a timer that expires while an I/O callback is busy waits for it, and the immediate queued by that callback still runs first.
// Tags: node
const fs = require('fs');
const path = require('path');

fs.readFile(path.join(__dirname, 'hello.txt'), 'utf8', () => {
  console.log('read hello.txt');
  fs.readFile(path.join(__dirname, 'config.json'), 'utf8', () => {
    console.log('read config.json');
    setTimeout(() => console.log('10 ms timer (expired during the busy-wait)'), 10);
    const start = Date.now();
    while (Date.now() - start < 50) {}
    console.log('busy 50 ms inside the callback');
    setImmediate(() => console.log('immediate queued after the busy-wait'));
  });
});
