// Case: clearTimeout on a pending timer stops it from ever firing, even when called from another timer.
// Tags: node
const doomed = setTimeout(() => console.log('never printed'), 30);
const alsoDoomed = setTimeout(() => console.log('never printed either'), 5);
clearTimeout(alsoDoomed);

setTimeout(() => {
  console.log('10 ms timer cancels the 30 ms one');
  clearTimeout(doomed);
}, 10);

setTimeout(() => console.log('50 ms timer runs'), 50);
clearTimeout(undefined); // harmless
clearTimeout(12345); // harmless
console.log('sync done');
