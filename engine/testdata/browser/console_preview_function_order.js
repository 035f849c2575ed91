// Case: DevTools previews list at most five properties, functions after the other values.
// Tags: browser
console.log({o: {}, n: 1, f() {}, a: [1], s: 'x'});
console.log({f() {}, o: {k: 1}, n: 2});
console.log({a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g() {}});
console.log({g() {}, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6});
console.log({x: null, y: () => 1, z: undefined, w: Symbol('s'), v: 1n});
