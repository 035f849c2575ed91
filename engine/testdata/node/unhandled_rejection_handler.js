// Case: with process.on('unhandledRejection') an unhandled rejection is reported to the handler and the process keeps running.
// Tags: node
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason instanceof Error ? reason.message : reason);
  console.log('promise is a Promise:', promise instanceof Promise);
});

Promise.reject(new Error('ignored failure'));
setTimeout(() => {
  console.log('timer still runs');
  Promise.reject('plain string reason');
}, 10);
setTimeout(() => console.log('second timer'), 30);
