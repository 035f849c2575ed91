// Case: nested function calls run depth-first on the call stack, each returning before its caller continues.
// Tags: node
function multiply(a, b) {
  console.log(`  multiply(${a}, ${b})`);
  return a * b;
}

function square(n) {
  console.log(` square(${n}) calls multiply`);
  const result = multiply(n, n);
  console.log(` square(${n}) got ${result}`);
  return result;
}

function printSquare(n) {
  console.log(`printSquare(${n}) calls square`);
  const s = square(n);
  console.log(`printSquare(${n}) prints ${s}`);
}

printSquare(4);
console.log('stack is empty again');
