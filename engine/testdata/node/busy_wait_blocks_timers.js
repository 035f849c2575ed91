// Case: a busy-wait blocks the event loop: a 10 ms timer can only fire after the 50 ms loop and the rest of the script finish.
// Tags: node
setTimeout(() => console.log('10 ms timer fires, late'), 10);
setImmediate(() => console.log('immediate'));
console.log('start busy-wait');
const start = Date.now();
while (Date.now() - start < 50) {
  // blocking: nothing else can run
}
console.log('busy-wait over');
Promise.resolve().then(() => console.log('promise runs before the late timer'));
console.log('script end');
