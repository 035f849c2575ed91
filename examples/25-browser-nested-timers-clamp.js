// Title: Nested timers are clamped to 4 ms (browser)
// After five levels of timers set from timers, the browser makes even a 0 ms delay wait at least 4 ms.
const start = performance.now();
let level = 0;

function nest() {
  level++;
  console.log(`level ${level} at ${(performance.now() - start).toFixed(2)} ms`);
  if (level < 8) setTimeout(nest, 0);
}

setTimeout(nest, 0);
