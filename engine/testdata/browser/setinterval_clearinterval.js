// Case: setInterval repeats until clearInterval; a cleared interval never fires again, even if a tick was due.
// Tags: browser
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log('tick', ticks);
  Promise.resolve().then(() => console.log('  microtask after tick', ticks));
  if (ticks === 3) {
    clearInterval(id);
    console.log('cleared');
  }
}, 20);
setTimeout(() => console.log('300 ms later, ticks =', ticks), 300);
console.log('interval id is a number:', typeof id === 'number');
