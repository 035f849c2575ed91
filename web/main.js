// looplab's page starts here. This glue only starts the two WebAssembly
// programs: the engine's Web Worker first (it has the most to load), then
// the UI (wasm/ui), which takes the worker over. Everything else is Go.
'use strict';
(() => {
  const root = new URL('.', document.currentScript.src);
  const boot = {
    root: root.href,
    // spawn starts a fresh engine worker. Until the UI sets its own
    // onmessage, messages wait in early (the engine may be ready first).
    spawn() {
      const worker = new Worker(new URL('worker.js', root));
      boot.early = [];
      worker.onmessage = (e) => boot.early.push(e.data);
      return worker;
    },
  };
  boot.worker = boot.spawn();
  globalThis.looplabBoot = boot;

  const go = new Go();
  WebAssembly.instantiateStreaming(fetch(new URL('ui.wasm', root)), go.importObject)
    .then((result) => go.run(result.instance))
    .catch((err) => {
      const notice = document.getElementById('notice');
      notice.textContent = 'The page failed to start: ' + err;
      notice.hidden = false;
      console.error(err);
    });
})();
