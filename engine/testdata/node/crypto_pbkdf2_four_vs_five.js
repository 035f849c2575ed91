// Case: with the default pool of 4 threads, the 5th pbkdf2 job waits for a free thread, so it is never among the first four to finish.
// Tags: node
const crypto = require('crypto');

const order = [];
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('password', 'salt', 150000, 64, 'sha512', () => {
    order.push(i);
    if (order.length === 5) {
      console.log('fifth job finished last:', order[4] === 5);
      console.log('first four are jobs 1-4:', order.slice(0, 4).sort().join(',') === '1,2,3,4');
    }
  });
}
console.log('queued 5 jobs on a pool of', process.env.UV_THREADPOOL_SIZE || 4, 'threads');
