// Case: negative, NaN and non-numeric delays all become 1 ms, so those timers fire in creation order, before a 20 ms timer.
// Tags: node
setTimeout(() => console.log('20 ms'), 20);
setTimeout(() => console.log('negative -5'), -5);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log("string 'abc'"), 'abc');
setTimeout(() => console.log('null'), null);
setTimeout(() => console.log("string '10' means 10 ms"), '10');
console.log('all scheduled');
