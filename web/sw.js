// Offline copy of ChatWise. web/build.sh fills in this build's version and file list, so a
// new deployment changes this file: the browser then installs the new worker, which fetches
// the new build in the background; it takes over on the next visit and removes the old copy.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `chatwise-${VERSION}`;

// A language's words (lang-*.json), script fonts (*.ttf) and lessons' pictures (images/) are not fetched up front: an
// English reader never downloads Hindi. Each is kept once a reader has needed it (see fetch and
// message below), and a new version of the site fetches again the ones the old one kept, so a
// Hindi or Urdu reader stays able to read offline.
const onDemand = (path) => path.endsWith(".ttf") || /(^|\/)lang-[^/]+\.json$/.test(path) || /(^|\/)images\/[^/]+$/.test(path);

// "no-cache" revalidates with the server: files the page has just downloaded come back as
// "304 Not Modified" instead of being downloaded twice on the first visit.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (cache) => {
        await cache.addAll(FILES.filter((file) => !onDemand(file)).map((file) => new Request(file, { cache: "no-cache" })));
        const kept = new Set();
        for (const key of await caches.keys()) {
          if (!key.startsWith("chatwise-") || key === CACHE) continue;
          for (const request of await (await caches.open(key)).keys()) {
            const path = new URL(request.url).pathname;
            if (onDemand(path)) kept.add(path);
          }
        }
        const listed = FILES.map((file) => new URL(file, self.location).pathname);
        await Promise.all(
          [...kept]
            .filter((path) => listed.includes(path))
            .map((path) => cache.add(new Request(path, { cache: "no-cache" })).catch(() => {})),
        );
      })
      .then(() => self.skipWaiting()),
  );
});

// The page fetched such a file before this worker was in charge (the first visit): keep it too.
self.addEventListener("message", (event) => {
  const files = event.data?.keep;
  if (!Array.isArray(files)) return;
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(files.filter(onDemand).map((file) => cache.match(file).then((hit) => hit || cache.add(file)).catch(() => {}))),
    ),
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
      if (copy) return copy;
      const response = await fetch(event.request);
      if (onDemand(path) && response.ok) await cache.put(path, response.clone());
      return response;
    }),
  );
});
