// Case: a zero-delay timer set inside a rAF callback runs before the next frame's rAF callbacks.
// Tags: browser
requestAnimationFrame(() => {
  console.log('frame 1');
  setTimeout(() => console.log('timer set in frame 1'), 0);
  requestAnimationFrame(() => console.log('frame 2'));
});
