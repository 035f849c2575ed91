// Case: a rejection caught only in a later task first fires 'unhandledrejection', then 'rejectionhandled' when the catch is attached.
// Tags: browser
window.addEventListener('unhandledrejection', (e) => console.log('unhandledrejection:', e.reason));
window.addEventListener('rejectionhandled', (e) => console.log('rejectionhandled:', e.reason));

const late = Promise.reject('late reason');
const early = Promise.reject('early reason');
Promise.resolve().then(() => early.catch(() => console.log('early caught in a microtask: no event')));

setTimeout(() => {
  console.log('timer attaches a catch');
  late.catch((r) => console.log('caught:', r));
}, 50);
