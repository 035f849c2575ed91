// Case: a Node MessagePort holds messages until it is started, then delivers them in the next poll phase
// Tags: node
const ch = new MessageChannel();
ch.port2.postMessage('early');
setTimeout(() => {
  ch.port1.addEventListener('message', (e) => { console.log('event', e.data, e instanceof MessageEvent, e.type); ch.port1.close(); });
  ch.port1.start();
  setImmediate(() => console.log('immediate after start'));
}, 1);
console.log(typeof MessagePort, Object.keys(ch));
