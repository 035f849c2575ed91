// Title: Microtasks can starve timers
// A microtask that queues another microtask keeps the loop from ever reaching its timers, until the chain ends.
let count = 0;

setTimeout(() => console.log(`timer finally runs after ${count} microtasks`), 0);

function again() {
  count++;
  if (count < 100) queueMicrotask(again);
}
queueMicrotask(again);
console.log('microtask chain started');
