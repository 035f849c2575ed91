// Case: a simulated server, started from an I/O callback, interleaves requests: parsing in nextTick, "database" work on timers, responses via setImmediate, in a deterministic order.
// Tags: node
const EventEmitter = require('events');
const fs = require('fs');
const path = require('path');

class Server extends EventEmitter {
  receive(id, url, dbMs) {
    console.log(`[${id}] received ${url}`);
    process.nextTick(() => {
      console.log(`[${id}] parsed`);
      this.emit('request', { id, url, dbMs });
    });
  }
}

const server = new Server();
server.on('request', (req) => {
  if (req.url === '/health') {
    setImmediate(() => console.log(`[${req.id}] 200 ok (no db)`));
    return;
  }
  setTimeout(() => {
    console.log(`[${req.id}] db returned after ${req.dbMs} ms`);
    Promise.resolve(`rows for ${req.url}`).then((rows) => {
      console.log(`[${req.id}] render ${rows}`);
      setImmediate(() => console.log(`[${req.id}] 200 sent`));
    });
  }, req.dbMs);
});

fs.readFile(path.join(__dirname, 'config.json'), 'utf8', (err, text) => {
  if (err) throw err;
  console.log('server listening on port', JSON.parse(text).port);
  server.receive(1, '/users', 800);
  server.receive(2, '/health', 0);
  server.receive(3, '/orders', 10);
  setTimeout(() => server.receive(4, '/users', 10), 300);
});
console.log('booting');
