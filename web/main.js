// looplab's page starts here. This glue only starts the two WebAssembly
// programs: the engine's Web Worker first (it has the most to load), then
// the UI (wasm/ui), which takes the worker over. Everything else is Go.
// It runs as an async script from <head>, so the worker starts while the
// page is still being parsed; the UI starts once the document is parsed
// and wasm_exec.js (a deferred script) has run.
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

  const ui = WebAssembly.compileStreaming(fetch(new URL('ui.wasm', root)));
  const parsed = new Promise((resolve) => {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', resolve, { once: true });
    } else {
      resolve();
    }
  });
  Promise.all([ui, parsed])
    .then(([module]) => {
      const go = new Go();
      // The UI's Go collector: a heap goal four times the default, as
      // collections run in the browser's idle time (wasm/ui/gc.go).
      go.env = { GOGC: '400' };
      return WebAssembly.instantiate(module, go.importObject).then((instance) => go.run(instance));
    })
    .catch((err) => {
      const notice = document.getElementById('notice');
      if (notice) {
        notice.textContent = 'The page failed to start: ' + err;
        notice.hidden = false;
      }
      console.error(err);
    });
})();
