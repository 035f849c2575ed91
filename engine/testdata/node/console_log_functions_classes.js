// Case: console.log shows functions and classes by kind and name, not by source.
// Tags: node
function named() {}
const anonymous = function () {};
const arrow = () => 1;
async function asyncFn() {}
function* gen() {}
class Animal {}
class Dog extends Animal {}

console.log(named);
console.log(anonymous);
console.log(arrow);
console.log(asyncFn);
console.log(gen);
console.log(Animal);
console.log(Dog);
console.log([named, arrow]);
console.log({ method() {}, named });
console.log(Math.max);
console.log(named.bind(null));
