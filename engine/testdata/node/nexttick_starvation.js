// Case: recursive nextTicks starve I/O and immediates just like microtasks: the immediate sees all 500 ticks done.
// Tags: node
let n = 0;
function tick() {
  n++;
  if (n < 500) process.nextTick(tick);
}
setImmediate(() => console.log('immediate after', n, 'ticks'));
require('fs').readFile(__filename, () => console.log('readFile callback after', n, 'ticks'));
process.nextTick(tick);
