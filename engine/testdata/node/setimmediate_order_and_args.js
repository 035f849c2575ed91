// Case: setImmediate callbacks run in the check phase in the order they were queued, with their extra arguments.
// Tags: node
setImmediate((a, b) => console.log('immediate 1', a, b), 'x', 'y');
setImmediate(() => console.log('immediate 2'));
setImmediate((n) => console.log('immediate 3 with', n), 42);
process.nextTick(() => console.log('nextTick runs before any immediate'));
console.log('sync');
