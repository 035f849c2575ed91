// Case: the classic async quiz with Node's extras: nextTick beats the awaited continuation, setImmediate comes after the 0 ms timer only when it is scheduled from I/O.
// Tags: node
const fs = require('fs');

async function task(name) {
  console.log(`${name} start`);
  await null;
  console.log(`${name} after await`);
  await new Promise((r) => setTimeout(r, 100));
  console.log(`${name} after 100 ms`);
}

console.log('script start');
task('task');
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
fs.readFile(__filename, () => {
  setImmediate(() => console.log('immediate (from I/O)'));
  setTimeout(() => console.log('timeout (from I/O)'), 0);
});
console.log('script end');
