// Case: a simulated server interleaves requests: parsing in nextTick, "database" work on timers, responses via setImmediate, in a deterministic order.
// Tags: node
const EventEmitter = require('events');

class Server extends EventEmitter {
  receive(id, path, dbMs) {
    console.log(`[${id}] received ${path}`);
    process.nextTick(() => {
      console.log(`[${id}] parsed`);
      this.emit('request', { id, path, dbMs });
    });
  }
}

const server = new Server();
server.on('request', (req) => {
  if (req.path === '/health') {
    setImmediate(() => console.log(`[${req.id}] 200 ok (no db)`));
    return;
  }
  setTimeout(() => {
    console.log(`[${req.id}] db returned after ${req.dbMs} ms`);
    Promise.resolve(`rows for ${req.path}`).then((rows) => {
      console.log(`[${req.id}] render ${rows}`);
      setImmediate(() => console.log(`[${req.id}] 200 sent`));
    });
  }, req.dbMs);
});

server.receive(1, '/users', 300);
server.receive(2, '/health', 0);
server.receive(3, '/orders', 10);
setTimeout(() => server.receive(4, '/users', 10), 100);
console.log('server ready');
