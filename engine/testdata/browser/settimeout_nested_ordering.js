// Case: a timer created inside a timer is measured from when the outer one ran, so nested delays add up against top-level timers.
// Tags: browser
setTimeout(() => {
  console.log('outer (10 ms)');
  setTimeout(() => {
    console.log('inner (outer + 100 ms)');
  }, 100);
  setTimeout(() => console.log('inner zero-delay timer'), 0);
}, 10);
setTimeout(() => console.log('top-level 50 ms'), 50);
setTimeout(() => console.log('top-level 300 ms'), 300);
