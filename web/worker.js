// The engine's Web Worker: it loads wasm/worker (the engine compiled to
// WebAssembly), which then answers the UI's messages. The engine starts
// compiling as it streams in, before wasm_exec.js is even read.
'use strict';
// boot holds when each loading stage ended (milliseconds since the epoch, so
// the page can compare them with its own clock); they are posted before the
// Go program starts, for the page benchmark (bench/page). The UI ignores them.
const at = () => performance.timeOrigin + performance.now();
const boot = { op: 'boot', start: at() };
const engine = WebAssembly.compileStreaming(fetch('worker.wasm').then((response) => {
  boot.response = at();
  return response;
}));
importScripts('wasm_exec.js');
const go = new Go();
engine
  .then((module) => {
    boot.compiled = at();
    return WebAssembly.instantiate(module, go.importObject);
  })
  .then((instance) => {
    boot.instantiated = at();
    postMessage(JSON.stringify(boot));
    return go.run(instance);
  })
  // The engine never returns from main; if it does, it crashed.
  .then(() => postMessage(JSON.stringify({ op: 'error', message: 'the engine stopped unexpectedly' })))
  .catch((err) => postMessage(JSON.stringify({ op: 'error', message: 'the engine failed to load: ' + err })));
