// Case: between two expired timers Node drains microtasks, so a promise from timer 1 runs before timer 2 (Node >= 11 behaviour).
// Tags: both
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('promise from timer 1'));
}, 0);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('promise from timer 2'));
}, 0);
