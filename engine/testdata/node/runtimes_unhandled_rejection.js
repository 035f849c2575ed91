// Case: an unhandled rejection ends a Node 20 process after the microtasks; a page reports it and goes on with its tasks.
// Tags: both
setTimeout(() => console.log('a timer after the rejection'), 10);
Promise.reject(new Error('nobody catches this'));
Promise.resolve().then(() => console.log('microtasks still run'));
console.log('script end');
