// Title: One thread serves many requests
// A server never waits for slow work: each request hands its database call to the runtime and the thread takes the next request.
const http = require('http');

function queryDatabase(id, callback) {
  setTimeout(() => callback({ id, name: `user ${id}` }), 50); // a slow query
}

const server = http.createServer((req, res) => {
  const id = Number(req.url.slice(1));
  console.log(`request ${id} arrived`);
  queryDatabase(id, (user) => {
    res.end(JSON.stringify(user));
  });
});

server.listen(3000, () => {
  let answered = 0;
  for (let id = 1; id <= 3; id++) {
    http.get(`http://localhost:3000/${id}`, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => {
        console.log(`response: ${body}`);
        if (++answered === 3) server.close();
      });
    });
  }
});
