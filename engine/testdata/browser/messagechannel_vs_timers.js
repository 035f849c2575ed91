// Case: MessageChannel messages are tasks: they run after the script's microtasks, each message followed by its own microtasks.
// Tags: browser
const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => {
  console.log('message', e.data);
  Promise.resolve().then(() => console.log('  microtask after message', e.data));
};
port2.postMessage('one');
port2.postMessage('two');
Promise.resolve().then(() => console.log('microtask from the script'));
console.log('posted two messages');
