// Case: Promise.allSettled waits for every promise and reports each outcome in input order.
// Tags: both
const delay = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));

Promise.allSettled([
  delay(20, 'late value'),
  Promise.reject(new Error('broken')),
  42,
  delay(5, 'early value'),
]).then((results) => {
  for (const r of results) {
    if (r.status === 'fulfilled') console.log('fulfilled:', r.value);
    else console.log('rejected:', r.reason.message);
  }
});
console.log('waiting');
