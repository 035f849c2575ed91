// Case: crypto.randomBytes with a callback is asynchronous; only the length of the random data is printed.
// Tags: node
const crypto = require('crypto');

crypto.randomBytes(16, (err, buf) => {
  if (err) throw err;
  console.log('async randomBytes length:', buf.length);
  console.log('hex length:', buf.toString('hex').length);
});
const syncBuf = crypto.randomBytes(8);
console.log('sync randomBytes length:', syncBuf.length);
console.log('randomUUID length:', crypto.randomUUID().length);
