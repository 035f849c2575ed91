// Case: setting process.exitCode does not stop the program: pending work still runs, then the process exits with that code.
// Tags: node
process.exitCode = 3;
console.log('exitCode set to 3');
setTimeout(() => {
  console.log('timer still runs, exitCode is', process.exitCode);
}, 10);
process.on('exit', (code) => console.log('exit event with code', code));
