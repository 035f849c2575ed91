// Case: a throw inside an async function rejects its promise; await rethrows the rejection so try/catch catches it.
// Tags: both
async function failing() {
  console.log('failing() runs synchronously until it throws');
  throw new Error('boom');
}

async function caller() {
  try {
    await failing();
    console.log('not reached');
  } catch (err) {
    console.log('caught:', err.message);
  } finally {
    console.log('finally in caller');
  }
  return 'caller finished';
}

const p = failing();
console.log('failing() returned a promise:', p instanceof Promise);
p.catch((err) => console.log('p rejected with', err.message));

caller().then((v) => console.log(v));
console.log('sync end');
