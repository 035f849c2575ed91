// Case: console.log shows a promise's state: pending, fulfilled value, or rejected reason, as of the moment it is logged.
// Tags: node
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ ok: true });
const rejected = Promise.reject(new Error('nope').message);
rejected.catch(() => {});

console.log(pending);
console.log(fulfilled);
console.log(rejected);

let resolveLater;
const later = new Promise((r) => (resolveLater = r));
console.log('before:', later);
resolveLater(42);
console.log('right after resolve():', later);
const chained = later.then((v) => v * 2);
console.log('then() result right away:', chained);
setTimeout(() => console.log('in a timer:', chained), 0);
