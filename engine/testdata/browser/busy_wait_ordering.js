// Case: a busy-wait blocks the only thread: an overdue timer, a message and a promise all wait, then run promise first, then tasks in order.
// Tags: browser
setTimeout(() => console.log('10 ms timer (overdue)'), 10);
const { port1, port2 } = new MessageChannel();
port1.onmessage = () => console.log('message');
console.log('busy-wait 100 ms');
const start = Date.now();
while (Date.now() - start < 100) {}
console.log('busy-wait done');
Promise.resolve().then(() => console.log('promise'));
port2.postMessage('ping');
setTimeout(() => console.log('0 ms timer created after the wait'), 0);
