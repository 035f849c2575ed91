// Case: setTimeout passes extra arguments to the callback; a regular function callback sees window as this.
// Tags: browser
setTimeout((a, b) => console.log('args:', a, b), 10, 'first', 2);
setTimeout(function () {
  console.log('this is window:', this === window);
}, 20);
const obj = {
  name: 'obj',
  later() {
    setTimeout(function () {
      console.log("function callback sees this.name === 'obj':", this.name === 'obj');
    }, 30);
    setTimeout(() => console.log('arrow callback keeps this.name:', this.name), 40);
  },
};
obj.later();
