// Case: fs.readFile with an encoding hands the callback a string; the callback runs after all synchronous code.
// Tags: node
const fs = require('fs');
const path = require('path');

fs.readFile(path.join(__dirname, 'hello.txt'), 'utf8', (err, text) => {
  if (err) throw err;
  console.log('typeof data:', typeof text);
  console.log('length:', text.length);
  console.log('content:', JSON.stringify(text));
});
console.log('readFile started');
