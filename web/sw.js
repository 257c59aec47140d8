// Offline copy of ChatWise. web/build.sh fills in this build's version and file list, so a
// new deployment changes this file: the browser then installs the new worker, which fetches
// the new build in the background; it takes over on the next visit and removes the old copy.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `chatwise-${VERSION}`;

// "no-cache" revalidates with the server: files the page has just downloaded come back as
// "304 Not Modified" instead of being downloaded twice on the first visit.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "no-cache" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("chatwise-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// This site's own files come from the copy; anything else (there should be nothing) goes to
// the network untouched.
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  const path = url.pathname.endsWith("/") ? `${url.pathname}index.html` : url.pathname;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const copy = await cache.match(path, { ignoreSearch: true });
      return copy || fetch(event.request);
    }),
  );
});
