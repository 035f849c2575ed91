// Case: after the loop was blocked, all expired timers fire in due-time order in one timers phase, before the immediate.
// Tags: node
setTimeout(() => console.log('timer 30'), 30);
setTimeout(() => console.log('timer 10'), 10);
setTimeout(() => console.log('timer 20'), 20);
setImmediate(() => console.log('immediate'));
const start = Date.now();
while (Date.now() - start < 60) {}
console.log('blocked for 60 ms');
