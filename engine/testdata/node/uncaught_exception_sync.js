// Case: a synchronous throw at top level prints nothing more to stdout after it, skips all queued callbacks, and exits with code 1.
// Tags: node
process.nextTick(() => console.log('never: nextTick'));
setTimeout(() => console.log('never: timer'), 0);
console.log('before the throw');
function parse(text) {
  return JSON.parse(text);
}
parse('{not json');
console.log('never: after the throw');
