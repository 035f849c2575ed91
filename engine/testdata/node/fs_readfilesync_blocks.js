// Case: readFileSync finishes before the next line runs, while readFile's callback waits for the poll phase.
// Tags: node
const fs = require('fs');
const file = __dirname + '/config.json';

fs.readFile(file, 'utf8', (err, text) => {
  console.log('3. async readFile callback, port', JSON.parse(text).port);
});
const text = fs.readFileSync(file, 'utf8');
console.log('1. readFileSync returned, retries', JSON.parse(text).retries);
setImmediate(() => console.log('2. immediate (first loop turn)'));
console.log('1b. sync code continues');
