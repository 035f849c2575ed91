// Case: console.log of Maps, Sets, class instances and promises as the DevTools console shows them.
// Tags: browser
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
console.log(new Map([['a', 1], ['b', 2]]));
console.log(new Set(['x', 'y', 3]));
console.log(new Point(1, 2));
console.log(new Map([['key', { nested: true }]]));
console.log(Promise.resolve(42));
console.log(new Promise(() => {}));
const rejected = Promise.reject('reason');
rejected.catch(() => {});
console.log(rejected);
console.log([new Point(0, 0)]);
