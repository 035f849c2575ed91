// Case: an uncaught error in the script stops the rest of that script, but timers it already scheduled still run.
// Tags: browser
setTimeout(() => console.log('timer scheduled before the error still runs'), 10);
Promise.resolve().then(() => console.log('microtask queued before the error still runs'));
console.log('before the error');
null.property;
console.log('never printed');
