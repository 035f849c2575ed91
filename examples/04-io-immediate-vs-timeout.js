// Title: setImmediate vs setTimeout inside an I/O callback
// An I/O callback runs in the poll phase, and the check phase comes next: its setImmediate always beats a 0 ms timer.
const fs = require('fs');

fs.readFile(__filename, () => {
  console.log('file read (poll phase)');
  setTimeout(() => console.log('timeout (next timers phase)'), 0);
  setImmediate(() => console.log('immediate (check phase, same turn)'));
});
