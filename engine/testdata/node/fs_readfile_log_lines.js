// Case: reading a file in a subfolder (logs/access.log) and counting its lines in the callback.
// Tags: node
const fs = require('fs');
const path = require('path');

fs.readFile(path.join(__dirname, 'logs', 'access.log'), 'utf8', (err, text) => {
  if (err) throw err;
  const lines = text.trim().split('\n');
  console.log('lines:', lines.length);
  const requests = lines.filter((l) => l.includes('request'));
  console.log('requests:', requests.map((l) => l.split(' ').pop()).join(' '));
});
