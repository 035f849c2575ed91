// Title: fs callbacks vs fs.promises
// Both run the read on the thread pool; a callback is called from the poll phase, a promise resolves there and continues as microtasks.
const fs = require('fs');
const fsp = require('fs/promises');

fs.readFile(__dirname + '/hello.txt', 'utf8', (err, text) => {
  console.log('callback:', text.trim());
});

fsp.readFile(__dirname + '/config.json', 'utf8').then((text) => {
  console.log('promise: port', JSON.parse(text).port);
});

(async () => {
  const users = JSON.parse(await fsp.readFile(__dirname + '/users.json', 'utf8'));
  console.log('await:', users.length, 'users');
})();

console.log('three reads started');
