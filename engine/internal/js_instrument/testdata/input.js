function add(a, b) {
  return a + b;
}
const double = (x) => x * 2;
for (let i = 0; i < 3; i++) console.log(add(i, 1));
async function load(url, retries = 2) {
  const res = await fetch(url);
  return res.json();
}
function* count() {
  try {
    yield 1;
  } finally {
    console.log('done');
  }
}
async function* stream() {
  yield 1;
  await null;
  yield* [2, 3];
  return 4;
}
class Base { greet() { return 'hi'; } }
class Child extends Base {
  async greet() { return (await super.greet()) + '!'; }
}
async function main() {
  outer: for await (const v of stream()) {
    if (v > 1) break outer;
  }
  try { JSON.parse('{'); } catch ({ message }) { console.log(message); }
  const arrow = async () => arguments.length;
}

// An empty counting loop: once fast-forwarded, its counter jumps to its end.
for (let i = 0; i < 1e9; i++) {}
