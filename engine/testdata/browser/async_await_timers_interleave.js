// Case: an async function awaiting timers yields to other tasks; continuations run as microtasks after each timer task.
// Tags: browser
const wait = (ms, label) =>
  new Promise((resolve) =>
    setTimeout(() => {
      console.log(`timer ${label}`);
      resolve(label);
    }, ms));

async function flow() {
  console.log('flow start');
  const x = await wait(20, 'x');
  console.log('flow got', x);
  const [y, z] = await Promise.all([wait(40, 'y'), wait(10, 'z')]);
  console.log('flow got', y, z);
  return 'flow result';
}

flow().then((r) => console.log(r));
setTimeout(() => console.log('independent 150 ms timer'), 150);
console.log('sync end');
