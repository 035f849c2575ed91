// Case: a MutationObserver callback is a microtask queued at the first mutation, so it runs in order with promise callbacks.
// Tags: browser
const node = document.createElement('div');
document.body.appendChild(node);
new MutationObserver(() => console.log('mutation observer callback')).observe(node, { attributes: true });

Promise.resolve().then(() => console.log('promise queued before the mutation'));
node.setAttribute('x', '1');
Promise.resolve().then(() => console.log('promise queued after the mutation'));
node.setAttribute('x', '2'); // same observer: no second callback queued
setTimeout(() => console.log('timeout'), 0);
console.log('sync');
