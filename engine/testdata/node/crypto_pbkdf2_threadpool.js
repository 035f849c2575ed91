// Case: crypto.pbkdf2 runs on the libuv thread pool: none of the five hashes finishes during the synchronous code, and all results agree.
// Tags: node
const crypto = require('crypto');

const jobs = 5;
let finished = 0;
const digests = new Set();
for (let i = 1; i <= jobs; i++) {
  crypto.pbkdf2('secret', 'salt', 20000, 32, 'sha512', (err, key) => {
    if (err) throw err;
    finished++;
    digests.add(key.toString('hex'));
    if (finished === jobs) {
      console.log(`all ${jobs} hashes finished`);
      console.log('distinct digests:', digests.size);
      console.log('key length:', key.length);
    }
  });
}
console.log('started', jobs, 'hashes; finished so far:', finished);
