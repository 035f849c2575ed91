// Title: MessageChannel is a task that skips the timer clamp (browser)
// A message posted to a MessageChannel is its own task, queued at once: deep inside nested timers it beats a 0 ms setTimeout.
const { port1, port2 } = new MessageChannel();
let depth = 0;

port1.onmessage = (event) => console.log(`message ${event.data} (a task on the posted message source)`);

function deep() {
  depth++;
  if (depth < 6) {
    setTimeout(deep, 0);
    return;
  }
  setTimeout(() => console.log('setTimeout 0 at depth 6 (clamped to 4 ms)'), 0);
  port2.postMessage('posted at depth 6');
}
setTimeout(deep, 0);
