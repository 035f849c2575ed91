// Case: setInterval repeats until clearInterval is called from inside its own callback.
// Tags: node
let ticks = 0;
const id = setInterval(() => {
  ticks++;
  console.log(`tick ${ticks}`);
  if (ticks === 3) {
    clearInterval(id);
    console.log('interval cleared');
    setTimeout(() => console.log(`after clearing, ticks is still ${ticks}`), 50);
  }
}, 10);
console.log('interval started');
