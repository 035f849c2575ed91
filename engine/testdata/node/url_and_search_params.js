// Case: URL and URLSearchParams as Node 20 parses, serializes and inspects them (relative references, default ports, percent-encoding, searchParams kept in step with search)
// Tags: node
const u = new URL("https://user:pw@example.com:8080/a/b/../c?x=1&y=two+words&x=3#frag");
console.log(u);
console.log(u.searchParams, String(u), JSON.stringify({u}));
const p = new URLSearchParams("a=1&b=%20c");
p.append("z","ü &");
console.log(p.toString(), [...p], p.size, p.get("b"));
console.log(new URL("../x?q", "http://h.com/a/b/c").href, new URL("//o.com/p", "https://h.com").href);
try { new URL("nope"); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(u.origin, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.username, u.password, u.protocol);
u.searchParams.set("x", "9");
u.hash = "h2";
u.pathname = "/new path";
console.log(u.href);
const url2 = new URL("http://EXAMPLE.com:80/%7Efoo/ä?ö#ü");
console.log(Object.keys(u), typeof URL.canParse, URL.canParse("x:"), url2, url2.href);
const v = new URL('/api/users?id=7', 'http://localhost:3000');
console.log(v.pathname, v.searchParams.get('id'), v.host, `${v}`);
console.log({ nested: { v } });
console.log([new URL('http://a.b')]);
const q = new URLSearchParams({ q: 'x y', n: 1 });
q.sort(); q.delete('n');
console.log(q, q + '', new URLSearchParams([['a', 'b']]).toString(), new URLSearchParams());
for (const [k, v] of new URLSearchParams('a=1&b=2')) console.log(k, v);
console.log(new URL('mailto:someone@example.com').pathname, new URL('data:text/plain,hi').href, new URL('file:///tmp/x.txt').pathname);
console.log(new URL('HTTP://Example.COM:443/').href, new URL('https://example.com:443/').port, new URL('http://a.com/a b').pathname);
console.log(new URL('?q=1', 'http://a.com/p/q').href, new URL('#h', 'http://a.com/p?x').href, new URL('', 'http://a.com/p?x#y').href);
try { new URL('/relative'); } catch (e) { console.log(e.message, e.input); }
const long = new URLSearchParams(); for (let i = 0; i < 8; i++) long.append('key' + i, 'value number ' + i);
console.log(long);
