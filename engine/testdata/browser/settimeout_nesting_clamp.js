// Case: deeply nested zero-delay timers are clamped to at least 4 ms each after the 5th level, so 40 levels cannot finish before a 100 ms timer.
// Tags: browser
let level = 0;
let atTimer = -1;
function nest() {
  level++;
  if (level < 40) {
    setTimeout(nest, 0);
  } else {
    console.log('chain of 40 nested timers finished');
    console.log('the 100 ms timer fired first:', atTimer !== -1);
    console.log('the chain was past level 5 by then:', atTimer > 5);
  }
}
setTimeout(() => {
  atTimer = level;
  console.log('100 ms timer fires while the chain is still running:', level < 40);
}, 100);
setTimeout(nest, 0);
