// Case: timeout.refresh() restarts a timer's countdown from now, so it misses its original due time and fires after timers that were due later.
// Tags: node
const t = setTimeout(() => console.log('100 ms timer, refreshed at 20 ms: fires at ~120 ms'), 100);
setTimeout(() => {
  console.log('20 ms: refresh the 100 ms timer');
  const same = t.refresh();
  console.log('refresh() returns the same object:', same === t);
}, 20);
setTimeout(() => console.log('110 ms timer (the original due time has passed)'), 110);
setTimeout(() => console.log('400 ms timer'), 400);
