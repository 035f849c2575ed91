// Case: a dispatched event runs capture listeners from the window down to the target, then bubble listeners back up.
// Tags: browser
const outer = document.createElement('div');
outer.id = 'outer';
const inner = document.createElement('button');
inner.id = 'inner';
inner.textContent = 'inner';
outer.appendChild(inner);
document.body.appendChild(outer);

const log = (label) => (e) => console.log(`${label} (phase ${e.eventPhase})`);
window.addEventListener('click', log('window capture'), true);
document.addEventListener('click', log('document capture'), true);
outer.addEventListener('click', log('outer capture'), true);
outer.addEventListener('click', log('outer bubble'));
inner.addEventListener('click', log('inner bubble listener'));
inner.addEventListener('click', log('inner capture listener'), true);
document.addEventListener('click', log('document bubble'));
window.addEventListener('click', log('window bubble'));

inner.dispatchEvent(new MouseEvent('click', { bubbles: true }));
console.log('dispatchEvent returned');
