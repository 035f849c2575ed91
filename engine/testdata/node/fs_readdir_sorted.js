// Case: fs.readdir lists __dirname; the sorted list of non-.js entries is stable, and withFileTypes tells files from folders.
// Tags: node
const fs = require('fs');

fs.readdir(__dirname, (err, entries) => {
  if (err) throw err;
  const data = entries.filter((e) => !e.endsWith('.js')).sort();
  console.log('entries:', data.join(', '));
  fs.readdir(__dirname, { withFileTypes: true }, (err, dirents) => {
    if (err) throw err;
    const dirs = dirents.filter((d) => d.isDirectory()).map((d) => d.name);
    console.log('folders:', dirs.join(', '));
    console.log('logs folder:', fs.readdirSync(__dirname + '/logs').join(', '));
  });
});
