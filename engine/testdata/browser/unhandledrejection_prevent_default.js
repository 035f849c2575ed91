// Case: preventDefault in 'unhandledrejection' keeps the rejection out of the console; other rejections are still reported.
// Tags: browser
window.addEventListener('unhandledrejection', (e) => {
  console.log('unhandledrejection:', e.reason instanceof Error ? `${e.reason.name}: ${e.reason.message}` : e.reason);
  if (e.reason === 'expected') e.preventDefault();
});
Promise.reject('expected');
setTimeout(() => Promise.reject('unexpected'), 20);
async function load() {
  throw new TypeError('async failure');
}
setTimeout(load, 40);
