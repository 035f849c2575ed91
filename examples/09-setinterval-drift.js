// Title: setInterval drift under load
// An interval schedules its next run from when the callback starts; a slow callback pushes every later tick back.
const start = Date.now();
let ticks = 0;

const id = setInterval(() => {
  ticks++;
  console.log(`tick ${ticks} at ${Date.now() - start} ms`);
  if (ticks === 2) {
    const end = Date.now() + 35;
    while (Date.now() < end) {}
  }
  if (ticks === 5) clearInterval(id);
}, 20);
