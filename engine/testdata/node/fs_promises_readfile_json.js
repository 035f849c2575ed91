// Case: fs/promises readFile with await, parsing JSON sample files one after the other.
// Tags: node
const fsp = require('fs/promises');
const path = require('path');

async function main() {
  console.log('loading users');
  const users = JSON.parse(await fsp.readFile(path.join(__dirname, 'users.json'), 'utf8'));
  console.log('users:', users.map((u) => u.name).join(', '));
  const admins = users.filter((u) => u.role === 'admin');
  console.log('admins:', admins.length);

  const config = JSON.parse(await require('fs').promises.readFile(path.join(__dirname, 'config.json'), 'utf8'));
  console.log('config:', config);
  console.log('same API object:', require('fs').promises === fsp);
}

main().then(() => console.log('main done'));
console.log('main started');
