// Case: element.click() runs all listeners synchronously inside the script, so microtasks queued by listeners wait until the script ends.
// Tags: browser
const btn = document.createElement('button');
btn.id = 'btn';
btn.textContent = 'Click me';
document.body.appendChild(btn);

btn.addEventListener('click', () => {
  console.log('listener 1');
  Promise.resolve().then(() => console.log('microtask 1'));
});
btn.addEventListener('click', () => {
  console.log('listener 2');
  Promise.resolve().then(() => console.log('microtask 2'));
});

console.log('before click()');
btn.click();
console.log('after click()');
