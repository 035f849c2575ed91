// Case: Node turns a 0 ms timer into 1 ms, so it runs after an earlier 1 ms timer; Chromium runs the 0 ms timer first.
// Tags: both
setTimeout(() => console.log('timer with 1 ms'), 1);
setTimeout(() => console.log('timer with 0 ms'), 0);
setTimeout(() => console.log('timer with 2 ms'), 2);
Promise.resolve().then(() => console.log('microtask first in both'));
