// Case: fs.promises writeFile/readFile/unlink awaited in order, interleaved with a timer that fires between them.
// Tags: node
const fs = require('node:fs/promises');
const path = require('node:path');

async function main() {
  const file = path.join(__dirname, 'out.json');
  await fs.writeFile(file, JSON.stringify({ saved: true, items: [1, 2] }));
  console.log('saved');
  const data = JSON.parse(await fs.readFile(file, 'utf8'));
  console.log('loaded items:', data.items.length, 'saved:', data.saved);
  await fs.unlink(file);
  try {
    await fs.access(file);
  } catch (err) {
    console.log('after unlink, access fails with', err.code);
  }
}

main();
console.log('main() returned a pending promise');
