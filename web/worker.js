// The engine's Web Worker: it loads wasm/worker (the engine compiled to
// WebAssembly), which then answers the UI's messages.
'use strict';
importScripts('wasm_exec.js');
const go = new Go();
WebAssembly.instantiateStreaming(fetch('worker.wasm'), go.importObject)
  .then((result) => go.run(result.instance))
  .catch((err) => postMessage(JSON.stringify({ op: 'error', message: 'the engine failed to load: ' + err })));
