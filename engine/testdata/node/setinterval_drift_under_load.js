// Case: a slow setInterval callback delays the following ticks instead of overlapping them: 3 ticks of 30 ms work take at least 90 ms.
// Tags: node
let ticks = 0;
const started = Date.now();
const id = setInterval(() => {
  ticks++;
  const begin = Date.now();
  while (Date.now() - begin < 30) {} // each tick works 30 ms, longer than the 10 ms interval
  console.log(`tick ${ticks} done`);
  if (ticks === 3) {
    clearInterval(id);
    console.log('took at least 90 ms:', Date.now() - started >= 90);
  }
}, 10);
setTimeout(() => console.log(`at 45 ms, ticks so far: ${ticks === 1 || ticks === 2 ? '1 or 2' : ticks}`), 45);
