// Case: for await over an array of promises awaits each in array order, even when a later promise settles first.
// Tags: both
const later = (ms, v) => new Promise((r) => setTimeout(() => { console.log(`  ${v} settled`); r(v); }, ms));

(async () => {
  const items = [later(30, 'slow'), later(10, 'fast'), 'plain'];
  for await (const v of items) {
    console.log('got', v);
  }
  console.log('done');
})();
