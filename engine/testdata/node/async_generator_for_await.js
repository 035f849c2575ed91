// Case: for await pulls from an async generator one value at a time; the generator body only runs when the loop asks.
// Tags: both
async function* countdown(from) {
  console.log('generator started');
  for (let i = from; i > 0; i--) {
    await new Promise((r) => setTimeout(r, 5));
    console.log(`  yielding ${i}`);
    yield i;
  }
  console.log('generator finished');
}

(async () => {
  const gen = countdown(3);
  console.log('generator created, body not started');
  for await (const n of gen) {
    console.log('loop got', n);
  }
  console.log('loop done');
})();
console.log('sync end');
