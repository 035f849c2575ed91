// Case: URL and URLSearchParams in Chromium: relative references against a base, searchParams kept in step with search, dot segments, default ports, the constructor's error
// Tags: browser
const u = new URL('/api/users?id=7&tag=a+b', 'http://localhost:3000');
console.log(u.href, u.pathname, u.searchParams.get('tag'), u.host, u.origin);
u.searchParams.append('x', 'ü');
console.log(u.search, String(u.searchParams), [...u.searchParams.keys()].join());
console.log(new URL('../up?q#f', 'https://a.com/b/c/d').href, URL.canParse('nope'), new URLSearchParams({ a: 1 }).toString());
try { new URL('nope'); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify({ u }), new URL('mailto:a@b.c').protocol, new URL('HTTPS://X.COM:443/p/./q/../r').href);
