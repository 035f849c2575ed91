// Case: a top-level async IIFE lets CommonJS code await; the code after the IIFE runs before everything after its first await.
// Tags: node
const { setTimeout: sleep } = require('timers/promises');

(async () => {
  console.log('IIFE start');
  await sleep(10);
  console.log('after 10 ms');
  const values = await Promise.all([sleep(20, 'a'), sleep(10, 'b')]);
  console.log('values:', values.join(','));
})().then(() => console.log('IIFE done'));

console.log('after the IIFE call');
