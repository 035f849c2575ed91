// Case: setAttribute/getAttribute, id, className and classList all reflect the same element state.
// Tags: browser
const box = document.createElement('div');
box.id = 'box';
box.className = 'card';
box.setAttribute('data-state', 'idle');
console.log('id:', box.id, 'getAttribute(id):', box.getAttribute('id'));
console.log('className:', box.className);
box.classList.add('active', 'large');
console.log('after add:', box.className);
box.classList.remove('card');
console.log('toggle returns:', box.classList.toggle('hidden'), box.classList.toggle('hidden'));
console.log('contains active:', box.classList.contains('active'));
console.log('classList length:', box.classList.length, 'value:', box.classList.value);
console.log('data-state:', box.getAttribute('data-state'), 'dataset:', box.dataset.state);
box.dataset.state = 'busy';
console.log('after dataset write:', box.getAttribute('data-state'));
console.log('missing attribute:', box.getAttribute('nope'), 'hasAttribute:', box.hasAttribute('data-state'));
box.removeAttribute('data-state');
console.log('after removeAttribute:', box.hasAttribute('data-state'));
