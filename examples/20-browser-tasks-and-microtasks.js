// Title: Tasks, microtasks and frames (browser)
// The browser runs the script as a task, drains the microtask queue, and runs requestAnimationFrame callbacks only at the next frame.
console.log('script start');

setTimeout(() => console.log('timeout task'), 0);

requestAnimationFrame(() => console.log('animation frame'));

Promise.resolve()
  .then(() => console.log('microtask 1'))
  .then(() => console.log('microtask 2'));

queueMicrotask(() => console.log('queueMicrotask'));

console.log('script end');
