// Title: The thread pool has four workers
// crypto.pbkdf2 runs on libuv's thread pool: four calls run side by side, the fifth waits for a free worker.
const crypto = require('crypto');

const start = Date.now();
let finished = 0;
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', () => {
    finished++;
    const late = Date.now() - start > 150 ? ' (it had to wait for a worker)' : '';
    console.log(`hash ${finished} done${late}`);
  });
}
console.log('all five handed to the thread pool');
