// Case: a real click on a nested button runs pointer/mouse events first, then click capture and bubble listeners, with microtasks after each listener.
// Tags: browser
// Input: click #child at 300
const parent = document.createElement('div');
parent.id = 'parent';
const child = document.createElement('button');
child.id = 'child';
child.textContent = 'child button';
parent.appendChild(child);
document.body.appendChild(parent);

for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
  child.addEventListener(type, (e) => console.log(type, 'trusted:', e.isTrusted));
}
parent.addEventListener('click', () => {
  console.log('parent capture');
  Promise.resolve().then(() => console.log('  micro after parent capture'));
}, true);
child.addEventListener('click', () => {
  console.log('child target');
  Promise.resolve().then(() => console.log('  micro after child'));
});
parent.addEventListener('click', (e) => {
  console.log('parent bubble, target', e.target.id);
  Promise.resolve().then(() => console.log('  micro after parent bubble'));
});
