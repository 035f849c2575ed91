// Case: awaiting in a loop runs tasks one after another, Promise.all runs them at once; completion order follows the delays.
// Tags: both
const task = (name, ms) =>
  new Promise((resolve) =>
    setTimeout(() => {
      console.log(`  ${name} done`);
      resolve(name);
    }, ms));

async function sequential() {
  console.log('sequential start');
  for (const [name, ms] of [['s1', 30], ['s2', 10]]) {
    await task(name, ms);
  }
  console.log('sequential end');
}

async function parallel() {
  console.log('parallel start');
  const results = await Promise.all([task('p1', 60), task('p2', 80)]);
  console.log('parallel end', results.join(','));
}

sequential().then(parallel);
