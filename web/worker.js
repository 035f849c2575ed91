// The engine's Web Worker: it loads wasm/worker (the engine compiled to
// WebAssembly), which then answers the UI's messages. The engine starts
// compiling as it streams in, before wasm_exec.js is even read.
'use strict';
const engine = WebAssembly.compileStreaming(fetch('worker.wasm'));
importScripts('wasm_exec.js');
const go = new Go();
engine
  .then((module) => WebAssembly.instantiate(module, go.importObject))
  .then((instance) => go.run(instance))
  // The engine never returns from main; if it does, it crashed.
  .then(() => postMessage(JSON.stringify({ op: 'error', message: 'the engine stopped unexpectedly' })))
  .catch((err) => postMessage(JSON.stringify({ op: 'error', message: 'the engine failed to load: ' + err })));
