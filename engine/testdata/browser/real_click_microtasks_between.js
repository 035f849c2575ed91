// Case: for a real user click each listener is called from the event loop, so a microtask checkpoint runs between listeners.
// Tags: browser
// Input: click #btn at 300
const btn = document.createElement('button');
btn.id = 'btn';
btn.textContent = 'Click me';
document.body.appendChild(btn);

btn.addEventListener('click', (e) => {
  console.log('listener 1, trusted:', e.isTrusted);
  Promise.resolve().then(() => console.log('microtask 1'));
});
btn.addEventListener('click', () => {
  console.log('listener 2');
  Promise.resolve().then(() => console.log('microtask 2'));
});
console.log('waiting for a real click');
