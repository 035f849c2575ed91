// Case: the url module (the WHATWG URL class and the file: helpers) and querystring (repeated keys become arrays, a null-prototype result)
// Tags: node
const qs = require('querystring');
console.log(qs.stringify({ a: 1, b: [2, 'x y'], c: true, d: null, e: "it's" }), qs.parse('a=1&b=2&b=3&c=x+y&d'), qs.escape('a b&'), qs.unescape('%41'));
const url = require('node:url');
console.log(url.fileURLToPath('file:///tmp/a%20b.txt'), url.pathToFileURL('/tmp/a b.txt').href, new url.URL('http://x.com/?q=1').searchParams.get('q'), url.URL === URL);
