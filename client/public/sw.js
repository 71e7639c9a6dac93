// Rembuk's service worker: keeps the app shell on this device so a draft can be reopened
// without a connection (its text comes from IndexedDB). Plain JavaScript: Vite copies files in
// public/ as they are.
//
// - page loads: network first, the cached shell when offline (every route is the same SPA page;
//   pages under /api/ — print pages, the DIM table — are the server's own and never the shell)
// - /assets/*: content-hashed, so cache first
// - GET /api/documents…: network first, the last answer when offline
// - event streams (text/event-stream, the comments' live updates) are not touched: they never
//   end, so they can be neither cached nor waited for
// - everything else (including the /collab WebSocket) is not touched

const CACHE_NAME = "rembuk-shell-v1";
const SHELL_URL = "/";

async function precacheShell() {
  const cache = await caches.open(CACHE_NAME);
  const response = await fetch(SHELL_URL, { cache: "no-store" });
  if (!response.ok) return;
  const html = await response.clone().text();
  const assetUrls = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await cache.put(SHELL_URL, response);
  await cache.addAll([...new Set(assetUrls), "/favicon.svg"]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name !== CACHE_NAME).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
  );
});

function isHtml(response) {
  return (response.headers.get("content-type") ?? "").includes("text/html");
}

async function networkFirst(request, cacheKey, shouldCache = () => true) {
  const cache = await caches.open(CACHE_NAME);
  try {
    const response = await fetch(request);
    if (response.ok && shouldCache(response)) await cache.put(cacheKey, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(cacheKey);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE_NAME);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Event streams never end: caching one would hold the response back forever.
  if ((request.headers.get("accept") ?? "").includes("text/event-stream")) return;
  // Pages the server renders itself (print pages, the DIM table) are not the app shell.
  if (request.mode === "navigate" && !url.pathname.startsWith("/api/")) {
    event.respondWith(networkFirst(request, SHELL_URL, isHtml));
  } else if (url.pathname.startsWith("/assets/")) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname.startsWith("/api/documents")) {
    event.respondWith(networkFirst(request, request));
  }
});
