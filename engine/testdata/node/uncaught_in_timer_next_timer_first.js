// Case: after a timer throws (and 'uncaughtException' handles it) Node calls processTimers again, so the same list's next due timer runs before the nextTick queue; a timer of another list does not
// Tags: node
process.on('uncaughtException', e => console.log('caught', e.message));
setTimeout(() => { console.log('a'); process.nextTick(() => console.log('tick a')); }, 5);
setTimeout(() => { console.log('b'); process.nextTick(() => console.log('tick b')); Promise.resolve().then(() => console.log('micro b')); throw new Error('b'); }, 5);
setTimeout(() => { console.log('c'); process.nextTick(() => console.log('tick c')); }, 5);
setTimeout(() => { console.log('d (other list)'); }, 4);
setTimeout(() => { console.log('e (earlier list)'); process.nextTick(() => console.log('tick e')); throw new Error('e'); }, 3);
