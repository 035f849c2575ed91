// Case: requestIdleCallback runs after tasks, microtasks and the frame, when the loop is idle; the console names DOM objects by their description.
// Tags: browser
requestIdleCallback((d) => console.log('idle callback, time left > 0:', d.timeRemaining() > 0, 'timed out:', d.didTimeout));
setTimeout(() => console.log('timeout 0'), 0);
requestAnimationFrame(() => console.log('animation frame'));
Promise.resolve().then(() => console.log('microtask'));
const el = document.createElement('div'); el.id = 'box'; el.className = 'a b';
console.log(el, document.body, document, window, document.createTextNode('x'));
console.log([el]);
