// Title: A long task delays the next frame (browser)
// Frames come every 16.7 ms only between tasks: a task that blocks for 100 ms pushes the animation frame back.
const start = performance.now();

requestAnimationFrame(() => {
  console.log(`frame after ${Math.round(performance.now() - start)} ms`);
});

setTimeout(() => {
  const end = Date.now() + 100;
  while (Date.now() < end) {}
  console.log(`long task done at ${Math.round(performance.now() - start)} ms`);
}, 0);
