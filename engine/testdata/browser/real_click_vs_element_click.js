// Case: the same listeners print a different order for element.click() (microtasks after all listeners) and for a real click (microtasks between listeners).
// Tags: browser
// Input: click #target at 400
const target = document.createElement('div');
target.id = 'target';
target.textContent = 'click target';
document.body.appendChild(target);

let round = 'synthetic';
target.addEventListener('click', () => {
  console.log(`${round}: listener A`);
  queueMicrotask(() => console.log(`${round}: microtask from A`));
});
target.addEventListener('click', () => {
  console.log(`${round}: listener B`);
  queueMicrotask(() => console.log(`${round}: microtask from B`));
});
document.body.addEventListener('click', () => console.log(`${round}: body listener (bubbled)`));

target.click();
console.log('synthetic click() returned');
setTimeout(() => {
  round = 'real';
}, 100);
