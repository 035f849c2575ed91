// Case: a nextTick callback that throws (handled by 'uncaughtException') leaves processTicksAndRejections, so the pending unhandled rejection waits until after the timers phase
// Tags: node
process.on('uncaughtException', (e, origin) => { console.log('caught', e.message, origin); });
process.nextTick(() => { throw new Error('tick err'); });
process.nextTick(() => console.log('second tick'));
setTimeout(() => { throw new Error('timer err'); }, 0);
setTimeout(() => console.log('after'), 1);
Promise.reject(new Error('rej'));
