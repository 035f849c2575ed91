// Case: console.log of functions shows their source text with ƒ, and classes as class source, as DevTools does.
// Tags: browser
function add(a, b) {
  return a + b;
}
console.log(add);
console.log((x) => x * 2);
console.log(async function fetchData() {});
console.log(function* ids() {});
console.log(class Shape {});
console.log({ add, arrow: () => 1 });
console.log([add]);
