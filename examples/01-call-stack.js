// Title: The call stack
// Each call pushes a frame and each return pops it: JavaScript runs one function at a time, on one stack.
function multiply(a, b) {
  return a * b;
}

function square(n) {
  return multiply(n, n);
}

function printSquare(n) {
  const result = square(n);
  console.log(`${n} squared is ${result}`);
}

printSquare(4);
console.log('done');
