// Case: typing a real key into a focused input fires keydown, keypress, beforeinput, input, keyup (and Enter fires change), with microtasks after each listener.
// Tags: browser
// Input: key x #field at 300
// Input: key Enter #field at 600
const field = document.createElement('input');
field.id = 'field';
document.body.appendChild(field);
for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) {
  field.addEventListener(type, (e) => {
    console.log(`${type} key=${e.key ?? '-'} value=${JSON.stringify(field.value)}`);
    Promise.resolve().then(() => console.log(`  microtask after ${type}`));
  });
}
field.addEventListener('change', () => console.log('change (Enter commits the edited value)'));
console.log('input ready');
