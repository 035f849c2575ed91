// Case: 'beforeExit' fires when the loop runs dry and can revive it by scheduling work; 'exit' fires once, with no more async work possible.
// Tags: node
let revived = 0;
process.on('beforeExit', (code) => {
  console.log(`beforeExit (code ${code}), revived ${revived} times`);
  if (revived < 2) {
    revived++;
    setTimeout(() => console.log(`timer scheduled by beforeExit #${revived}`), 5);
  }
});

process.on('exit', (code) => {
  console.log(`exit with code ${code}`);
  setTimeout(() => console.log('never: the loop is gone'), 0);
  process.nextTick(() => console.log('never either'));
});

setTimeout(() => console.log('first timer'), 5);
console.log('script end');
