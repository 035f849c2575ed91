// Case: timers with different delays fire in order of their due time, not their creation order.
// Tags: node
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('10 ms'), 10);
setTimeout(() => console.log('50 ms'), 50);
setTimeout(() => console.log('20 ms'), 20);
setTimeout(() => console.log('40 ms'), 40);
console.log('scheduled five timers');
