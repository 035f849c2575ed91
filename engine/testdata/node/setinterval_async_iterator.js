// Case: timers/promises setInterval is an async iterator; breaking out of for await stops the interval.
// Tags: node
const { setInterval: every } = require('timers/promises');

(async () => {
  let n = 0;
  for await (const value of every(10, 'tick')) {
    n++;
    console.log(`${value} ${n}`);
    if (n === 3) break;
  }
  console.log('interval stopped; the process can exit');
})();
