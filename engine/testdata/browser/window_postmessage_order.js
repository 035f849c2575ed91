// Case: window.postMessage dispatches the message event in a later task, after the script's microtasks; event.data is a structured clone.
// Tags: browser
const payload = { n: 1, list: [1, 2] };
window.addEventListener('message', (e) => {
  console.log('message event:', e.data.n, e.data.list.length, 'is a copy:', e.data !== payload);
});
window.postMessage(payload, '*');
payload.n = 99;
Promise.resolve().then(() => console.log('microtask'));
console.log('postMessage returned');
