// Case: writeFile then readFile in its callback sees the new content; the callbacks run in sequence on later loop turns.
// Tags: node
const fs = require('fs');
const path = require('path');

const file = path.join(__dirname, 'notes.txt');
fs.writeFile(file, 'first line\n', (err) => {
  if (err) throw err;
  console.log('written');
  fs.appendFile(file, 'second line\n', (err) => {
    if (err) throw err;
    console.log('appended');
    fs.readFile(file, 'utf8', (err, text) => {
      if (err) throw err;
      console.log('read back:', JSON.stringify(text));
      fs.unlink(file, () => console.log('removed'));
    });
  });
});
console.log('write started');
