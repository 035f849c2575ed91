// Case: zero-delay timers and MessageChannel messages posted from one script run as separate tasks in the order they were posted, each after the script's microtasks.
// Tags: browser
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => console.log('message', e.data);
setTimeout(() => console.log('timeout A'), 0);
port2.postMessage('B');
setTimeout(() => console.log('timeout C'), 0);
port2.postMessage('D');
Promise.resolve().then(() => console.log('microtask'));
console.log('script end');
