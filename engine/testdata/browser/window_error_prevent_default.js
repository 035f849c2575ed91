// Case: calling preventDefault in the window 'error' listener (or onerror returning true) keeps the error out of the console.
// Tags: browser
window.onerror = (message) => {
  console.log('onerror:', message);
  return message.includes('quiet'); // true means handled
};
window.addEventListener('error', (e) => {
  if (e.message.includes('silenced')) e.preventDefault();
});
setTimeout(() => {
  throw new Error('quiet failure');
}, 10);
setTimeout(() => {
  throw new Error('silenced failure');
}, 40);
setTimeout(() => {
  throw new Error('loud failure');
}, 80);
