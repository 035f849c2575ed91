// Case: setTimeout with a string compiles it as global code when the timer fires, in order with function timers.
// Tags: browser
var counter = 1;
setTimeout("console.log('string handler sees counter =', counter); counter++;", 10);
setTimeout(() => console.log('function handler sees counter =', counter), 20);
setTimeout('console.log("zero-delay string handler")', 0);
counter = 5;
console.log('sync sets counter to', counter);
