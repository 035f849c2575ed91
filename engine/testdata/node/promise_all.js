// Case: Promise.all resolves with values in input order (not completion order) and rejects with the first rejection.
// Tags: both
const delay = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const fail = (ms, message) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));

Promise.all([delay(30, 'slow'), delay(10, 'fast'), 'plain value', Promise.resolve('resolved')])
  .then((values) => console.log('all:', JSON.stringify(values)));

Promise.all([delay(40, 'never used'), fail(20, 'first failure'), fail(60, 'second failure')])
  .then(() => console.log('not reached'))
  .catch((err) => console.log('all rejected:', err.message));

Promise.all([]).then((v) => console.log('empty all resolves with', JSON.stringify(v)));
console.log('sync');
