// Case: AbortSignal.timeout fires as a timer but does not keep the process alive, and fetch rejects at once with an aborted signal's reason
// Tags: node
const s = AbortSignal.timeout(10);
s.onabort = () => console.log('timeout fired', s.reason.name, s.reason.message);
setTimeout(() => console.log('20 ms: aborted?', s.aborted), 20);
const never = AbortSignal.timeout(5000);
never.onabort = () => console.log('never printed: nothing else keeps the process alive');
fetch('http://127.0.0.1:9/', { signal: AbortSignal.abort() }).catch(e => console.log('1', e.name, e.message, e instanceof DOMException));
const ac = new AbortController();
fetch('http://127.0.0.1:9/', { signal: ac.signal }).catch(e => console.log('2', e.name, e.message));
ac.abort();
const ac2 = new AbortController();
fetch('http://127.0.0.1:9/', { signal: ac2.signal }).catch(e => console.log('3', e));
ac2.abort('why');
process.on('exit', () => console.log('exit, aborted:', never.aborted));
