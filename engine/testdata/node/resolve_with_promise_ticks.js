// Case: resolving a promise with another promise takes two extra ticks (a job to call then, and the then callback itself).
// Tags: both
const inner = Promise.resolve('inner');

const outer = new Promise((resolve) => {
  resolve(inner);
});
outer.then((v) => console.log('outer resolved with', v));

const direct = new Promise((resolve) => resolve('plain'));
direct.then((v) => console.log('direct resolved with', v));

let tick = 0;
function count() {
  tick++;
  console.log('tick', tick);
  if (tick < 4) Promise.resolve().then(count);
}
Promise.resolve().then(count);
