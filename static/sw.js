// The service worker of one language's folder: the template, not served as it is. At the end of
// every build, scripts/offline-files.mjs writes each folder's own sw.js from it (dist/sw.js,
// dist/es/sw.js), minified, after a first line that sets VERSION (made from the folder's files'
// contents, so a new deployment is a byte-different worker) and FILES (that folder's files, by
// their hashed names). Plain JS, no imports, no other origin ever.

// Everything is relative to this worker's own folder, its scope: any path prefix works, and the
// English (/) and Spanish (/es/) workers keep caches of their own, named by scope and version.
const BASE = new URL("./", location.href).href;
const MINE = "second-opinion-navigator " + BASE + " ";
const CACHE = MINE + VERSION;
const URLS = new Set(FILES.map((file) => new URL(file, BASE).href));

// The folder's files into this version's cache. A hashed name's bytes never change, so the copy
// the first visit just downloaded is taken as it is (no second download); the page is checked
// with the server. No skipWaiting here: a new version waits until the member takes it.
addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(
        FILES.map(
          (file) =>
            new Request(new URL(file, BASE), {
              cache: /-[0-9a-f]{16}[._]/.test(file) ? "force-cache" : "no-cache",
            }),
        ),
      ),
    ),
  );
});

// Once this version is in charge, only this folder's older caches go.
addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(MINE) && n !== CACHE).map((n) => caches.delete(n))),
      ),
  );
});

// The page's "Reload" button, on the update notice: the waiting version takes over.
addEventListener("message", (event) => {
  if (event.data === "skipWaiting") skipWaiting();
});

// Only GET requests for this folder's own files (the folder itself is its index.html) are
// answered, from this version's cache, else the network; anything else, and every other
// origin, is left to the browser untouched.
addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  let key = url.origin + url.pathname;
  if (key === BASE) key += "index.html";
  if (request.method !== "GET" || !URLS.has(key)) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((hit) => hit || fetch(request)),
  );
});
