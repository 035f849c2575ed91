// Case: a MessagePort delivers one message per task: the next message of the port is queued after the previous one ran, so timers and window messages queued meanwhile run between them
// Tags: browser
const log = (m) => console.log(m);
setTimeout(() => log('timeout 1'), 0);
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => { log('message ' + e.data); Promise.resolve().then(() => log('micro after message ' + e.data)); };
port2.postMessage(1);
port2.postMessage(2);
setTimeout(() => log('timeout 2'), 0);
queueMicrotask(() => { log('micro 1'); port2.postMessage(3); });
window.addEventListener('message', (e) => log('window message ' + e.data));
window.postMessage('w', '*');
