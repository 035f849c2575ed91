// Case: cancelAnimationFrame removes a pending callback, even from an earlier callback of the same frame.
// Tags: browser
const a = requestAnimationFrame(() => {
  console.log('frame callback A cancels C');
  cancelAnimationFrame(c);
});
const b = requestAnimationFrame(() => console.log('never: B was cancelled synchronously'));
const c = requestAnimationFrame(() => console.log('never: C was cancelled by A'));
requestAnimationFrame(() => console.log('frame callback D'));
cancelAnimationFrame(b);
console.log('handles are increasing integers:', a < b && b < c);
