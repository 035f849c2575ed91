// Case: a nextTick that queues another nextTick keeps the loop in the tick queue: all 5 run before a promise callback and a 0 ms timer.
// Tags: node
let count = 0;
function again() {
  count++;
  console.log(`nextTick #${count}`);
  if (count < 5) process.nextTick(again);
}
setTimeout(() => console.log(`timeout sees count = ${count}`), 0);
Promise.resolve().then(() => console.log(`promise sees count = ${count}`));
process.nextTick(again);
