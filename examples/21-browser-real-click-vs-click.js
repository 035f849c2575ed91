// Title: A real click vs element.click() (browser)
// A real click calls each listener from the event loop, so microtasks run between listeners; element.click() calls them all inside one script.
// Input: click #btn at 100
const button = document.createElement('button');
button.id = 'btn';
button.textContent = 'Click me';
document.body.appendChild(button);

button.addEventListener('click', (event) => {
  console.log(`listener 1 (trusted: ${event.isTrusted})`);
  Promise.resolve().then(() => console.log('  microtask from listener 1'));
});
button.addEventListener('click', () => {
  console.log('listener 2');
  Promise.resolve().then(() => console.log('  microtask from listener 2'));
});

console.log('button.click() from the script:');
button.click();
console.log('back in the script');
