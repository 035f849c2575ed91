// Case: a timer callback's this is the Timeout object in Node and the window in a browser.
// Tags: both
setTimeout(function () {
  console.log('has refresh():', typeof this.refresh === 'function');
  console.log('is globalThis:', this === globalThis);
}, 0);
