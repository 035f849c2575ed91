// Case: timers fire in order of their due time; timers with equal delays fire in creation order.
// Tags: browser
setTimeout(() => console.log('50 ms'), 50);
setTimeout(() => console.log('10 ms (first of two)'), 10);
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('10 ms (second of two)'), 10);
setTimeout(() => console.log('0 ms'), 0);
setTimeout(() => console.log('no delay argument'));
console.log('scheduled');
