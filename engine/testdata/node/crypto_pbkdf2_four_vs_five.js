// Case: pbkdf2 jobs run on the thread pool (4 threads by default): a batch of 4 and then a batch of 5 all complete after the code that started them, with equal keys.
// Tags: node
const crypto = require('crypto');

function batch(size, done) {
  const keys = new Set();
  let finished = 0;
  for (let i = 0; i < size; i++) {
    crypto.pbkdf2('password', 'salt', 50000, 64, 'sha512', (err, key) => {
      if (err) throw err;
      keys.add(key.toString('hex'));
      if (++finished === size) done(keys.size);
    });
  }
  console.log(`batch of ${size} started, finished so far: ${finished}`);
}

console.log('thread pool size:', process.env.UV_THREADPOOL_SIZE || 4);
batch(4, (distinct) => {
  console.log(`batch of 4 done, distinct keys: ${distinct}`);
  batch(5, (distinct5) => console.log(`batch of 5 done, distinct keys: ${distinct5}`));
});
