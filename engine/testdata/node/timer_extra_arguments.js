// Case: extra arguments to setImmediate, setTimeout and setInterval are passed to the callback.
// Tags: node
function greet(greeting, name, punctuation) {
  console.log(`${greeting}, ${name}${punctuation}`);
}

setImmediate((...args) => {
  greet(...args);
  setTimeout(greet, 10, 'Hello', 'timer', '!');

  let n = 0;
  const id = setInterval((label, step) => {
    n += step;
    console.log(`${label} ${n}`);
    if (n >= 3) {
      clearInterval(id);
      setTimeout(function () {
        console.log('without extra arguments, arguments.length is', arguments.length);
      }, 10);
    }
  }, 20, 'interval count', 1);
}, 'Hi', 'immediate', '.');
