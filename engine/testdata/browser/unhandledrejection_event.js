// Case: a rejection still unhandled after the microtask checkpoint fires 'unhandledrejection' with event.reason and event.promise.
// Tags: browser
const failing = Promise.reject(new Error('no handler'));
window.addEventListener('unhandledrejection', (e) => {
  console.log('unhandledrejection:', e.reason.message, 'same promise:', e.promise === failing);
});
Promise.resolve().then(() => console.log('microtasks run before the event'));
setTimeout(() => console.log('timer after the event'), 50);
console.log('script end');
