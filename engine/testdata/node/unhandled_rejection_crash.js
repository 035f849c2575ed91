// Case: an unhandled rejection crashes Node 20 (exit 1) once the microtasks of the current macrotask have run; later timers are lost.
// Tags: node
setTimeout(() => console.log('timer (never runs)'), 0);
Promise.reject(new Error('nobody catches this'));
Promise.resolve().then(() => console.log('microtask in the same tick still runs'));
process.nextTick(() => console.log('nextTick still runs'));
console.log('script end');
