// Title: An unhandled rejection
// A promise rejected with no handler, once the microtasks drain, ends a Node 20 process with exit code 1.
process.on('exit', (code) => console.log(`exit code ${code}`));

setTimeout(() => console.log('this timer never runs'), 10);

async function loadUser() {
  throw new Error('user not found');
}

loadUser();
console.log('loadUser() was called without a catch');
