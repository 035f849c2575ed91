// Case: the whole classic script is one task; its microtasks run right after it, and timers only in later tasks.
// Tags: browser
console.log('script start');
setTimeout(() => console.log('setTimeout 0 (a later task)'), 0);
Promise.resolve().then(() => console.log('promise (microtask after the script)'));
queueMicrotask(() => console.log('queueMicrotask (same microtask queue)'));
console.log('script end');
