/**
 * Registers `/sw.js`, which keeps the app itself on this device so a draft can be reopened
 * (from its IndexedDB copy) without a connection. Only in builds: in development Vite serves
 * modules that must never come from a cache.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Without the worker everything works online; only reopening offline is lost.
    });
  });
}
