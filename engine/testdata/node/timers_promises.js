// Case: timers/promises setImmediate and setTimeout resolve with the given value, in check-phase and due-time order.
// Tags: node
const { setTimeout: sleep, setImmediate: nextTurn } = require('timers/promises');

(async () => {
  const v = await nextTurn('check phase');
  console.log('setImmediate resolved with', v);
  sleep(20, 'slow').then((x) => console.log('sleep 20 resolved with', x));
  sleep(10, 'fast').then((x) => console.log('sleep 10 resolved with', x));
  sleep(10).then((x) => console.log('sleep without value resolves with', x));
  const total = (await sleep(40, 1)) + (await nextTurn(2));
  console.log('sequential awaits:', total);
})();
console.log('sync');
