// Case: a 1 ms timer created inside a 10 ms timer fires before an already-pending 200 ms timer, because order comes from due times; an immediate created beside it runs even earlier.
// Tags: node
setTimeout(() => console.log('200 ms timer, created first'), 200);

setTimeout(() => {
  console.log('10 ms timer runs and schedules a 1 ms timer');
  setTimeout(() => console.log('1 ms timer from inside the 10 ms timer'), 1);
  setImmediate(() => console.log('immediate from inside the 10 ms timer'));
}, 10);
