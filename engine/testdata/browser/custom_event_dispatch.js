// Case: dispatchEvent of a CustomEvent is synchronous: listeners receive event.detail and run before dispatchEvent returns.
// Tags: browser
const bus = document.createElement('div');
bus.addEventListener('order-placed', (e) => {
  console.log('listener got detail:', e.detail.id, e.detail.items.join('+'));
  console.log('isTrusted:', e.isTrusted, 'bubbles:', e.bubbles, 'type:', e.type);
  Promise.resolve().then(() => console.log('microtask from the listener'));
});
console.log('before dispatch');
const result = bus.dispatchEvent(new CustomEvent('order-placed', { detail: { id: 7, items: ['tea', 'cake'] } }));
console.log('dispatchEvent returned', result);
