// Title: setTimeout(fn, 0) is not "now"
// A zero-delay timer still waits for the call stack to empty and for the loop's next timers phase.
console.log('start');

setTimeout(() => {
  console.log('timeout callback');
}, 0);

for (let i = 1; i <= 3; i++) {
  console.log(`sync work ${i}`);
}

console.log('end');
