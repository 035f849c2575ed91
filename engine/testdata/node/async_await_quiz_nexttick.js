// Case: the classic async quiz with Node's extras: nextTick runs before the awaited continuation, and inside an I/O callback setImmediate beats a 0 ms timer.
// Tags: node
const fs = require('fs');

async function task(name) {
  console.log(`${name} start`);
  await null;
  console.log(`${name} after await`);
}

console.log('script start');
task('task');
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
fs.readFile(__filename, () => {
  setTimeout(() => console.log('timeout (from I/O)'), 0);
  setImmediate(() => console.log('immediate (from I/O)'));
  task('task in I/O');
});
console.log('script end');
