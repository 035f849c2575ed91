// Case: a generator runs lazily: each next() resumes the body until the next yield, synchronously.
// Tags: both
function* steps() {
  console.log('  body: start');
  const x = yield 'first';
  console.log('  body: next() passed', x);
  yield 'second';
  console.log('  body: before return');
  return 'done';
}

const it = steps();
console.log('created');
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next('hello')));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));
console.log('spread:', [...steps()].join(','));
