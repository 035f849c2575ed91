// Case: clearTimeout cancels a pending timer, also from inside another timer; ids are positive integers.
// Tags: browser
const a = setTimeout(() => console.log('never: cancelled synchronously'), 10);
const b = setTimeout(() => console.log('never: cancelled by the 20 ms timer'), 100);
clearTimeout(a);
setTimeout(() => {
  console.log('20 ms: cancel the 100 ms timer');
  clearTimeout(b);
}, 20);
setTimeout(() => console.log('200 ms: done'), 200);
console.log('ids are positive integers:', Number.isInteger(a) && a > 0, Number.isInteger(b) && b > a);
