// Case: a delay above 2147483647 ms overflows: Node warns on stderr and uses 1 ms instead, so the timer fires at once.
// Tags: node
setTimeout(() => console.log('10 ms timer'), 10);
setTimeout(() => console.log('huge delay fired immediately'), 2 ** 31);
setTimeout(() => console.log('Infinity also fires immediately'), Infinity);
console.log('scheduled');
