// Case: a timer callback never interrupts running code: it waits until the call stack is empty, even if its delay has long passed.
// Tags: node
function work(label) {
  console.log(`${label}: start`);
  let sum = 0;
  for (let i = 0; i < 2e6; i++) sum += i;
  console.log(`${label}: done`);
  return sum;
}

setTimeout(() => console.log('timeout callback'), 0);
work('first job');
work('second job');
console.log('end of script');
