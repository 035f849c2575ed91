// Case: aborting a timers/promises sleep rejects it with an AbortError at once, and the timer never fires.
// Tags: node
const { setTimeout: sleep } = require('timers/promises');

const controller = new AbortController();
sleep(100, 'too late', { signal: controller.signal })
  .then((v) => console.log('resolved', v))
  .catch((err) => console.log('rejected:', err.name, err.code));

setTimeout(() => {
  console.log('aborting at 10 ms');
  controller.abort();
  console.log('abort() returned');
}, 10);

const already = AbortSignal.abort();
sleep(5, 'x', { signal: already }).catch((err) => console.log('pre-aborted signal rejects too:', err.name));
