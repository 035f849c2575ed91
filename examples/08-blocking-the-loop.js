// Title: Blocking the loop
// A busy loop keeps the stack occupied: a timer due after 10 ms can only run when the synchronous work ends, 200 ms later.
const start = Date.now();

setTimeout(() => {
  console.log(`timer due at 10 ms ran at ${Date.now() - start} ms`);
}, 10);

function block(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {}
}

block(200);
console.log('blocking work finished');
