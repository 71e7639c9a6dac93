/**
 * Registers `/sw.js`, which keeps the app itself on this device so a draft can be reopened
 * (from its IndexedDB copy) without a connection. Only in builds: in development Vite serves
 * modules that must never come from a cache.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker
      .register("/sw.js")
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        // Screens load their code on demand; what this page loaded before the worker took over
        // went past its cache, so ask for it again through the worker.
        if (navigator.serviceWorker.controller) cacheLoadedAssets();
        else navigator.serviceWorker.addEventListener("controllerchange", cacheLoadedAssets);
      })
      .catch(() => {
        // Without the worker everything works online; only reopening offline is lost.
      });
  });
}

/** Fetches again, through the service worker, every `/assets/` file this page has loaded. */
function cacheLoadedAssets(): void {
  const assets = performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith("/assets/"));
  for (const url of new Set(assets.map((asset) => asset.href))) {
    void fetch(url).catch(() => undefined);
  }
}
