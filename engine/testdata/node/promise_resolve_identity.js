// Case: Promise.resolve(p) returns p itself when p is a native promise, so it adds no ticks, while new Promise(r => r(p)) adds two.
// Tags: both
const p = Promise.resolve('value');
console.log('Promise.resolve(p) === p:', Promise.resolve(p) === p);
console.log('new Promise(r => r(p)) === p:', new Promise((r) => r(p)) === p);

Promise.resolve(p).then(() => console.log('via Promise.resolve(p)'));
new Promise((r) => r(p)).then(() => console.log('via new Promise(r => r(p))'));
p.then(() => console.log('p.then directly'));

Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
