// Case: Promise.race settles like the first promise to settle; the losers keep running but are ignored.
// Tags: both
const delay = (ms, value) =>
  new Promise((resolve) =>
    setTimeout(() => {
      console.log(`  ${value} finished`);
      resolve(value);
    }, ms));

Promise.race([delay(40, 'tortoise'), delay(10, 'hare')]).then((winner) => console.log('winner:', winner));

const timeout = (ms) => new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms));
Promise.race([delay(80, 'slow request'), timeout(20)])
  .then((v) => console.log('got', v))
  .catch((err) => console.log('race lost:', err.message));

Promise.race(['plain', Promise.resolve('resolved')]).then((v) => console.log('first in the list wins a tie:', v));
