// Case: process.nextTick passes extra arguments to its callback and runs callbacks in FIFO order.
// Tags: node
process.nextTick((a, b, c) => console.log('tick 1 args:', a, b, c), 1, 'two', [3]);
process.nextTick(function () {
  console.log('tick 2 arguments.length:', arguments.length);
});
process.nextTick(console.log, 'tick 3 calls console.log directly');
console.log('sync');
