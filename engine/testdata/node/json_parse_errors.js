// Case: JSON.parse rejects bad input with V8's messages (what a fetch().json() failure shows).
// Tags: both
const inputs = ['{bad', '', '{"a":}', 'abc', '{"a":1,}', undefined, '[1,2', '{"a" 1}', '"abc', '[1,]', '{"a":1', 'tru', '01', '-', '1e', '1.',
  '"\\x"', '"a\nb"', '[1] x', 'NaN', '{"a":1}}', 'this is a much longer invalid json input text', '{"key": "value", "other": invalid}',
  '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 14]', "{'a':1}", '[object Object]', '"\\u12"', '{"a":1 "b":2}', '{,}', ' ', '"abc"x', '{"ok": true}'];
for (const input of inputs) {
  try {
    const value = JSON.parse(input);
    console.log(JSON.stringify(input), '-> parsed', JSON.stringify(value));
  } catch (err) {
    console.log(JSON.stringify(input), '->', err.name + ':', err.message);
  }
}
new Promise((resolve) => resolve(JSON.parse('{"broken": }')))
  .catch((err) => console.log('rejected with:', err.message));
