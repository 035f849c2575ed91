// Case: inside an I/O callback setImmediate always runs before setTimeout(0), because the check phase comes right after poll.
// Tags: node
const fs = require('fs');

fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout 2'), 0);
  setImmediate(() => console.log('immediate 2'));
});
