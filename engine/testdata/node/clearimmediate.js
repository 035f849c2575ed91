// Case: clearImmediate cancels a queued immediate, even from an earlier immediate in the same check phase.
// Tags: node
const first = setImmediate(() => {
  console.log('immediate 1 cancels immediate 3');
  clearImmediate(third);
});
const second = setImmediate(() => console.log('immediate 2'));
const third = setImmediate(() => console.log('immediate 3 (never)'));
const fourth = setImmediate(() => console.log('immediate 4 (cancelled synchronously, never)'));
clearImmediate(fourth);
setImmediate(() => console.log('immediate 5'));
console.log('queued 5 immediates');
