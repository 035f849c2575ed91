// Case: stopPropagation stops the event from reaching further nodes; stopImmediatePropagation also skips the remaining listeners on the same node.
// Tags: browser
const parent = document.createElement('div');
const child = document.createElement('span');
child.textContent = 'child';
parent.appendChild(child);
document.body.appendChild(parent);

parent.addEventListener('ping', () => console.log('parent (never: propagation stopped)'));
child.addEventListener('ping', (e) => {
  console.log('child listener 1 stops propagation');
  e.stopPropagation();
});
child.addEventListener('ping', () => console.log('child listener 2 still runs'));
child.dispatchEvent(new Event('ping', { bubbles: true }));

child.addEventListener('pong', (e) => {
  console.log('pong listener 1 stops immediate propagation');
  e.stopImmediatePropagation();
});
child.addEventListener('pong', () => console.log('never: pong listener 2'));
parent.addEventListener('pong', () => console.log('never: parent pong'));
child.dispatchEvent(new Event('pong', { bubbles: true }));
console.log('done');
