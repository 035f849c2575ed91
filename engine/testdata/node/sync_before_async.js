// Case: all synchronous code runs to completion before any callback: nextTick, then promises, then timers.
// Tags: node
console.log('script start');

setTimeout(() => {
  console.log('setTimeout');
}, 0);

Promise.resolve().then(() => {
  console.log('promise');
});

process.nextTick(() => {
  console.log('nextTick');
});

console.log('script end');
