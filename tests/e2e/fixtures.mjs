// Shared fixtures for every end-to-end test:
// - a network guard: every request must go to the app's own origin, and none may be made
//   after the app has finished loading (the privacy promise; the files of words the app asks
//   for as it starts, sources.txt and document-words.txt, are part of loading), but for what
//   the browser reads for itself whenever it likes, the web app manifest and its icons; the
//   service worker's own requests (seen on the browser context) may only fetch the app's own
//   files, on the build's list;
// - console errors and Content-Security-Policy violations fail the test;
// - helpers for keyboard-only navigation and axe-core scans.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { languageFolders, workerFiles } from "../../scripts/offline-files.mjs";

export const APP_ORIGIN = "http://127.0.0.1:4173";
export const STORAGE_PREFIX = "second-opinion-navigator/";

/** The service workers' lists of the build in `dir`, served at `base`: for each language
 *  folder, its address and the files its sw.js caches, by name. */
function workerLists(base, dir) {
  if (!existsSync(dir)) return [];
  return languageFolders(dir).flatMap((folder) => {
    const worker = join(folder, "sw.js");
    if (!existsSync(worker)) return [];
    const rel = relative(dir, folder).split(sep).join("/");
    return [{ at: new URL(rel ? `${rel}/` : "./", base), files: workerFiles(readFileSync(worker, "utf8")) }];
  });
}

/** What the service workers of the build in `dir`, served at `base`, may fetch: each language
 *  folder's own files, as its sw.js lists them, the folder itself (its index) and its sw.js. */
export function workerURLs(base, dir = "dist") {
  return new Set(
    workerLists(base, dir).flatMap(({ at, files }) => ["./", "sw.js", ...files].map((f) => new URL(f, at).href)),
  );
}

/** What the browser may read of the build in `dir`, served at `base`, for itself and at any
 *  time (Chromium reads the manifest, and an icon it names, to see whether the guide can be
 *  installed): each language folder's manifest and the icons it names. */
export function browserURLs(base, dir = "dist") {
  return new Set(
    workerLists(base, dir).flatMap(({ at }) => {
      const folder = join(dir, relative(new URL(base).pathname, at.pathname));
      const path = join(folder, "manifest.webmanifest");
      if (!existsSync(path)) return [];
      const manifest = new URL("manifest.webmanifest", at);
      const icons = JSON.parse(readFileSync(path, "utf8")).icons ?? [];
      return [manifest.href, ...icons.map((icon) => new URL(icon.src, manifest).href)];
    }),
  );
}

class NetworkGuard {
  constructor(page) {
    this.requests = [];
    this.workerRequests = [];
    this.icons = new Set();
    this.loading = true;
    this.hostPages = new Set();
    this.serving(`${APP_ORIGIN}/`);
    page.on("request", (request) => {
      this.requests.push({ url: request.url(), afterLoad: !this.loading });
    });
    page.context().on("request", (request) => {
      if (request.serviceWorker()) this.workerRequests.push(request.url());
    });
  }

  /** The app is served at `base` (an origin and a path) from the build folder `dir`, by a test's
   *  own server. Its lists are read now and again at the end, so a test may deploy a new build
   *  into `dir` meanwhile. */
  serving(base, dir = "dist") {
    this.base = base;
    this.dir = dir;
    this.origin = new URL(base).origin;
    this.workerAllowed = workerURLs(base, dir);
    this.browserOwn = browserURLs(base, dir);
  }

  /** Another site's page that embeds the app (tests/e2e/embed.spec.mjs): those files of it, at
   *  `urls` (their query and fragment aside), may be fetched from its origin, and nothing else
   *  from there. */
  hosting(...urls) {
    for (const url of urls) {
      const file = new URL(url);
      this.hostPages.add(file.origin + file.pathname);
    }
  }

  /** Marks the start of a (re)load: requests are expected until `settled`. */
  expectLoad() {
    this.loading = true;
  }

  /** Waits for the app to be up and the network idle; from now on no request is allowed. The
   *  static first screen shows a heading before the app runs, so wait for what only the app
   *  draws: the saved-case tools in the footer. */
  async settled(page, app = page) {
    // `app`: where the app is, the page itself or a frame in it (a FrameLocator).
    await expect(app.getByTestId("export")).toBeAttached();
    await expect(app.locator("h1")).toBeVisible();
    await page.waitForLoadState("networkidle");
    // Chrome asks for the page's icon again whenever the address changes (each step is a
    // history entry). The app's icon is a data: address, which never reaches a network, but a
    // page with a file icon (the Share page, the example host page) may ask again for that one
    // file, and only it is allowed after load.
    for (const icon of await page.locator('link[rel~="icon"]').evaluateAll((l) => l.map((e) => e.href))) {
      this.icons.add(icon);
    }
    this.loading = false;
  }

  check() {
    const foreign = this.requests.filter((r) => {
      const url = new URL(r.url);
      return url.origin !== this.origin && !this.hostPages.has(url.origin + url.pathname);
    });
    expect(foreign, "requests to anywhere but the app's own origin").toEqual([]);
    const late = this.requests.filter((r) => r.afterLoad && !this.icons.has(r.url) && !this.browserOwn.has(r.url));
    expect(late, "requests made after the app finished loading").toEqual([]);
    const allowed = new Set([...this.workerAllowed, ...workerURLs(this.base, this.dir)]);
    const stray = this.workerRequests.filter((url) => !allowed.has(url));
    expect(stray, "service worker requests for anything but the app's own files").toEqual([]);
  }
}

export const test = base.extend({
  guard: async ({ page }, use) => {
    const problems = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const guard = new NetworkGuard(page);
    await use(guard);
    guard.check();
    if (!page.isClosed()) {
      const csp = await page.evaluate(() => window.__cspViolations ?? []);
      expect(csp, "Content-Security-Policy violations").toEqual([]);
    }
    expect(problems, "console errors and uncaught exceptions").toEqual([]);
  },
});

export { expect };

/** Opens the app and waits until it has finished loading. */
export async function openApp(page, guard, path = "./") {
  guard.expectLoad();
  await page.goto(path);
  await guard.settled(page);
}

/** Reloads the page, allowing the reload's own requests. */
export async function reloadApp(page, guard) {
  guard.expectLoad();
  await page.reload();
  await guard.settled(page);
}

/** Presses Tab until `locator` has focus; fails if it is not reached within `max` presses. */
export async function tabTo(page, locator, max = 40) {
  for (let i = 0; i < max; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(locator, `reached by Tab within ${max} presses`).toBeFocused();
}

/** Runs axe-core with the WCAG 2.1 A and AA rules; any violation fails, listed by rule. */
export async function expectAccessible(page, what) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe WCAG 2.1 A/AA violations on ${what}`).toEqual([]);
}

/** The keys this app has in localStorage. */
export async function ourStorageKeys(page) {
  return page.evaluate(
    (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)),
    STORAGE_PREFIX,
  );
}
