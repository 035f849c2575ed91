// Case: timers/promises setTimeout and setImmediate resolve with the given value, in timer and check-phase order.
// Tags: node
const { setTimeout: sleep, setImmediate: nextTurn } = require('timers/promises');

sleep(20, 'slow').then((v) => console.log('sleep 20 resolved with', v));
sleep(10, 'fast').then((v) => console.log('sleep 10 resolved with', v));
nextTurn('check phase').then((v) => console.log('setImmediate resolved with', v));
sleep(10).then((v) => console.log('sleep without value resolves with', v));

(async () => {
  const a = await nextTurn(1);
  const b = await sleep(30, 2);
  console.log('sequential awaits:', a + b);
})();
console.log('sync');
