// Case: Promise.any takes the first fulfilment; if all reject it rejects with an AggregateError whose errors keep input order.
// Tags: both
const delay = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const fail = (ms, message) => new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));

Promise.any([fail(5, 'mirror 1 down'), delay(20, 'mirror 2'), delay(30, 'mirror 3')])
  .then((v) => console.log('any fulfilled with', v));

Promise.any([fail(30, 'A failed'), fail(10, 'B failed'), Promise.reject(new Error('C failed'))])
  .catch((err) => {
    console.log(err.constructor.name, err.name);
    console.log('message:', err.message);
    console.log('errors:', err.errors.map((e) => e.message).join(' | '));
  });

Promise.any([]).catch((err) => console.log('empty any:', err.name, err.errors.length));
