// Case: an exception in one event listener is reported but does not stop the other listeners or the code after dispatchEvent.
// Tags: browser
const el = document.createElement('div');
el.addEventListener('go', () => console.log('listener 1'));
el.addEventListener('go', () => {
  console.log('listener 2 throws');
  throw new Error('listener failure');
});
el.addEventListener('go', () => console.log('listener 3 still runs'));
window.addEventListener('error', (e) => console.log('window error event:', e.error.message));
el.dispatchEvent(new Event('go'));
console.log('code after dispatchEvent continues');
