// Case: requestAnimationFrame callbacks registered together run in the same frame, with the same timestamp and microtasks between them; one registered inside a callback waits for the next frame.
// Tags: browser
let tA, tB;
requestAnimationFrame((t) => {
  tA = t;
  console.log('rAF A');
  Promise.resolve().then(() => console.log('microtask from A runs before B'));
  requestAnimationFrame((t2) => {
    console.log('rAF C (registered in A): next frame, later timestamp:', t2 > tA);
  });
});
requestAnimationFrame((t) => {
  tB = t;
  console.log('rAF B, same timestamp as A:', tB === tA);
});
console.log('sync');
