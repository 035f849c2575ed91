// Case: reading a missing file passes an ENOENT error to the callback (or rejects the promise) instead of throwing.
// Tags: node
const fs = require('fs');
const path = require('path');

const missing = path.join(__dirname, 'does-not-exist.txt');
fs.readFile(missing, 'utf8', (err, data) => {
  console.log('callback: code', err.code, 'syscall', err.syscall, 'data', data);
});

fs.promises.readFile(missing).catch((err) => {
  console.log('promise: code', err.code, 'errno is a number:', typeof err.errno === 'number');
});

try {
  fs.readFileSync(missing);
} catch (err) {
  console.log('sync: code', err.code, 'syscall', err.syscall);
}

fs.stat(path.join(__dirname, 'nope'), (err) => console.log('stat: code', err.code));
console.log('end of script');
