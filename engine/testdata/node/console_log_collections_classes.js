// Case: console.log shows Maps, Sets and class instances with their class name and contents.
// Tags: node
class User {
  constructor(name, role) {
    this.name = name;
    this.role = role;
  }
  greet() {
    return `hi ${this.name}`;
  }
}
class Admin extends User {
  #secret = 'hidden';
  constructor(name) {
    super(name, 'admin');
  }
}

console.log(new Map([['a', 1], ['b', { nested: true }]]));
console.log(new Set([1, 'two', [3]]));
console.log(new Map());
console.log(new Set());
console.log(new User('Grace', 'user'));
console.log(new Admin('Ada'));
console.log([new User('Alan', 'user')]);
console.log(Object.create(null));
console.log(new (class {})());
console.log(new WeakMap());
