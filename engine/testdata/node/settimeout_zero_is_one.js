// Case: Node turns a delay of 0 into 1 ms, so setTimeout(f, 1) created first fires before setTimeout(g, 0) created second.
// Tags: node
setTimeout(() => console.log('delay 1 (created first)'), 1);
setTimeout(() => console.log('delay 0 (created second)'), 0);
setTimeout(() => console.log('no delay argument (created third)'));
console.log('sync');
