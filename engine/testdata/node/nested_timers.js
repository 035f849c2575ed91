// Case: a timer scheduled inside a timer callback is measured from when the outer callback ran, so nested delays add up.
// Tags: node
setTimeout(() => {
  console.log('outer at 10 ms');
  setTimeout(() => {
    console.log('inner: 50 ms after the outer one (~60 ms)');
    setTimeout(() => console.log('innermost: another 50 ms later (~110 ms)'), 50);
  }, 50);
}, 10);

setTimeout(() => console.log('sibling at 30 ms'), 30);
setTimeout(() => console.log('sibling at 250 ms'), 250);
