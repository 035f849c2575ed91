// Case: reading the script's own file (__filename) delivers its source in the poll phase, after nextTicks and promises.
// Tags: node
const fs = require('fs');

fs.readFile(__filename, 'utf8', (err, source) => {
  if (err) throw err;
  const firstLine = source.split('\n')[0];
  console.log('first line of this file:', firstLine);
  console.log('mentions readFile:', source.includes('fs.readFile'));
});
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
