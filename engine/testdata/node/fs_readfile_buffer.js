// Case: fs.readFile without an encoding hands the callback a Buffer, which console.log shows as bytes.
// Tags: node
const fs = require('node:fs');

fs.readFile(`${__dirname}/hello.txt`, (err, data) => {
  if (err) throw err;
  console.log('is a Buffer:', Buffer.isBuffer(data));
  console.log('byte length:', data.length);
  console.log('first five bytes:', data.subarray(0, 5));
  console.log('as text:', data.toString().trim());
  console.log(Buffer.from('hi!'));
});
console.log('reading...');
