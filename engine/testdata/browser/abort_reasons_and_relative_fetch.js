// Case: Chromium's default abort and timeout reasons, and fetch of a relative URL with an already aborted signal rejecting with that reason
// Tags: browser
const ac = new AbortController();
ac.abort();
console.log(ac.signal.reason.name, ac.signal.reason.message, ac.signal.aborted);
console.log(AbortSignal.abort().reason.message);
const s = AbortSignal.timeout(5);
s.onabort = () => console.log('timeout', s.reason.name, s.reason.message);
fetch('data.json', { signal: AbortSignal.abort() }).catch(e => console.log('fetch', e.name, e.message));
