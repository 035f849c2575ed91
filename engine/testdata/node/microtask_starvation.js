// Case: a microtask that keeps queueing microtasks starves timers: the 0 ms timer only fires after all 1000 have run.
// Tags: both
let count = 0;
function spin() {
  count++;
  if (count < 1000) Promise.resolve().then(spin);
}
setTimeout(() => console.log('timer fires, microtasks run:', count), 0);
Promise.resolve().then(spin);
console.log('sync end, count =', count);
