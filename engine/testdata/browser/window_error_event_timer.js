// Case: an exception thrown in a timer fires the window 'error' event and is reported, but later tasks still run.
// Tags: browser
window.addEventListener('error', (e) => {
  console.log('error event message:', e.message);
  console.log('error object message:', e.error.message);
});
setTimeout(() => {
  console.log('timer 1 throws');
  throw new Error('timer failed');
}, 10);
setTimeout(() => console.log('timer 2 still runs'), 50);
Promise.resolve().then(() => console.log('microtask'));
console.log('script end');
