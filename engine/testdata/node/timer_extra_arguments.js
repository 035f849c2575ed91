// Case: extra arguments to setTimeout, setInterval and setImmediate are passed to the callback.
// Tags: node
function greet(greeting, name, punctuation) {
  console.log(`${greeting}, ${name}${punctuation}`);
}

setTimeout(greet, 10, 'Hello', 'timer', '!');
setImmediate(greet, 'Hi', 'immediate', '.');

let n = 0;
const id = setInterval((label, step) => {
  n += step;
  console.log(`${label} ${n}`);
  if (n >= 3) clearInterval(id);
}, 20, 'interval count', 1);

setTimeout(function () {
  console.log('without extra arguments, arguments.length is', arguments.length);
}, 300);
