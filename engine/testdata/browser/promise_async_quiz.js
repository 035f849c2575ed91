// Case: the classic browser quiz: sync logs, then microtasks (await continuations and thens in queue order), then the timer task.
// Tags: browser
console.log('1');
setTimeout(() => console.log('8 (timer task)'), 0);
async function a() {
  console.log('2');
  await b();
  console.log('6 (after await b)');
}
async function b() {
  console.log('3');
}
a();
Promise.resolve()
  .then(() => console.log('7a'))
  .then(() => console.log('7b'));
new Promise((resolve) => {
  console.log('4');
  resolve();
}).then(() => console.log('7c'));
console.log('5');
