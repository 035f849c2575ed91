// Case: timers with the same delay fire in the order they were created.
// Tags: node
for (const name of ['A', 'B', 'C', 'D']) {
  setTimeout(() => console.log(`timer ${name}`), 10);
}
setTimeout(() => console.log('timer E (same delay, created last)'), 10);
console.log('created A, B, C, D, E');
