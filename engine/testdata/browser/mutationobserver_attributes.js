// Case: a MutationObserver watching attributes gets one callback per microtask checkpoint with every change batched, including old values.
// Tags: browser
const box = document.createElement('div');
document.body.appendChild(box);
const observer = new MutationObserver((records) => {
  console.log('callback with', records.length, 'records; data-step is now', box.getAttribute('data-step'));
  for (const r of records) {
    console.log(`  ${r.type} ${r.attributeName}, old value ${r.oldValue}`);
  }
});
observer.observe(box, { attributes: true, attributeOldValue: true });
box.setAttribute('data-step', '1');
box.setAttribute('data-step', '2');
box.className = 'ready';
console.log('three changes made synchronously');
setTimeout(() => {
  box.setAttribute('data-step', '3');
  console.log('timer made one more change');
}, 10);
