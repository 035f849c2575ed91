// Case: MessageChannel in Node: messages arrive in the poll phase (after the timers, before the immediates), each followed by the nextTick queue and the microtasks; on() gets the value, addEventListener a MessageEvent; close() emits close on both ports
// Tags: node
const { port1, port2 } = new MessageChannel();
port1.on('message', (v) => {
  console.log('on message', v);
  process.nextTick(() => console.log('tick after', v));
  Promise.resolve().then(() => console.log('micro after', v));
  if (v === 3) port1.close();
});
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));
port2.postMessage(1);
port2.postMessage({ a: [2] });
setTimeout(() => port2.postMessage(3), 5);
setImmediate(() => console.log('immediate'));
const fs = require('fs');
fs.readFile(__filename, () => console.log('file read'));
process.on('exit', () => console.log('exit'));
