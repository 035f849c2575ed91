// Title: requestAnimationFrame vs setTimeout (browser)
// Timers run as soon as they are due, between frames; animation frame callbacks wait for the next rendering opportunity.
let frames = 0;
let timers = 0;
const start = performance.now();

function onFrame() {
  frames++;
  console.log(`frame ${frames} at ${Math.round(performance.now() - start)} ms (timers so far: ${timers})`);
  if (frames < 3) requestAnimationFrame(onFrame);
}
requestAnimationFrame(onFrame);

const id = setInterval(() => {
  timers++;
  if (timers === 10) clearInterval(id);
}, 5);
