// Case: the next message of a MessagePort is queued after its listener ran, behind the tasks the listener posted
// Tags: browser
const log = (m) => console.log(m);
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => {
  log('message ' + e.data);
  if (e.data === 1) {
    window.postMessage('from listener', '*');
    const c = new MessageChannel();
    c.port1.onmessage = () => log('other channel');
    c.port2.postMessage('x');
  }
};
window.addEventListener('message', (e) => log('window ' + e.data));
port2.postMessage(1);
port2.postMessage(2);
port2.postMessage(3);
