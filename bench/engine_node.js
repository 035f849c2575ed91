// The engine benchmark's snippet (engine/bench_test.go) in real Node.js,
// for scale: the 16,500 rounds that fill looplab's 1,000,000-step budget.
// Run: node bench/engine_node.js
const rounds = 16500;
const start = process.hrtime.bigint();
let total = 0;
function work(i) {
  total += i;
  return total;
}
function tick(round) {
  for (let i = 0; i < 5; i++) work(i);
  Promise.resolve(round).then((r) => work(r));
  if (round % 10 === 0) setTimeout(() => work(round), 1);
  if (round < rounds) setImmediate(() => tick(round + 1));
  else setImmediate(() => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(`node: ${rounds} rounds in ${ms.toFixed(1)} ms (${Math.round(rounds * 60 / (ms / 1000))} looplab-step-equivalents/s)`);
  });
}
tick(0);
