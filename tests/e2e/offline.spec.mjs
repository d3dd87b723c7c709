// Offline, and any path prefix: the service worker (static/sw.js, written into each language
// folder by scripts/offline-files.mjs) keeps the build's own files after one visit, so a reload
// with no connection still runs the app with the saved answers; a new deployment waits until the
// member takes it ("A new version … is ready", Reload), then runs; and the release build works
// under /tools/second-opinion/, each language under its own worker, offline too. Each test serves
// a temporary copy of dist/ on a port of its own (scripts/serve.mjs), so it can change the copy
// (a new deployment) or stop the server (no connection at all).
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { test as base, expect, openApp, reloadApp, expectAccessible } from "./fixtures.mjs";
import { workerFiles } from "../../scripts/offline-files.mjs";
import { serve } from "./servers.mjs";

const CASE_KEY = "second-opinion-navigator/case";
const PREFIX = "/tools/second-opinion/";

/** `host(prefix)`: a copy of dist/ served at a new port under `prefix`; `stop()` ends the
 *  server (no connection at all). Every server is stopped and every copy removed after the test. */
const test = base.extend({
  host: async ({}, use) => {
    const servers = [];
    const dirs = [];
    await use(async (prefix = "/") => {
      const dir = mkdtempSync(join(tmpdir(), "son-offline-"));
      dirs.push(dir);
      cpSync("dist", dir, { recursive: true, filter: (src) => !src.includes(".stage") });
      const server = await serve(dir, { prefix });
      servers.push(server);
      return { dir, ...server };
    });
    await Promise.all(servers.map((server) => server.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  },
});

const controller = (page) => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);

/** Waits until the worker of this page's own folder is active (its files cached), then reloads
 *  once if that is what it takes for it to run the page (a first visit is not run by it; nor is
 *  a first visit to es/ after the root's worker, whose scope covers es/ too, but not its list). */
async function untilControlled(page, guard) {
  const mine = new URL("sw.js", page.url()).href;
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL))
    .toBe(mine);
  if ((await controller(page)) !== mine) await reloadApp(page, guard);
  expect(await controller(page), "the page is run by its own folder's service worker").toBe(mine);
}

/** The version a folder's written sw.js carries. */
const versionOf = (dir) => /VERSION="([0-9a-f]+)"/.exec(readFileSync(join(dir, "sw.js"), "utf8"))[1];

test("after one visit, a reload with no connection runs the app with the saved answers", async ({
  page,
  context,
  guard,
  host,
}) => {
  const site = await host();
  guard.serving(site.base, site.dir);
  await openApp(page, guard, site.base);
  await untilControlled(page, guard);

  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator("h1")).toHaveText("Your plan");
  await page.getByLabel("Kaiser region").selectOption("ca-south");
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), CASE_KEY)).toContain("ca-south");

  // The worker fetched exactly its list, and the guard saw it do so: every file of the folder
  // but sw.js and the Share page's (for advocates, not kept offline; scripts/offline-files.mjs
  // says why), none of es/.
  const list = workerFiles(readFileSync(join(site.dir, "sw.js"), "utf8"));
  // (The folder's own files, icons/ included; not es/, another language's folder.)
  const onDisk = readdirSync(site.dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name !== "sw.js")
    .map((entry) => relative(site.dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join("/"))
    .filter((name) => !name.startsWith("es/"))
    .sort();
  const sharePage = ["share.css", "share.html", "share.js"];
  expect(onDisk).toEqual(expect.arrayContaining(sharePage));
  expect(list).toEqual(onDisk.filter((name) => !sharePage.includes(name)));
  expect(list).toContain("index.html");
  expect(new Set(guard.workerRequests)).toEqual(
    new Set([`${site.base}sw.js`, ...list.map((f) => new URL(f, site.base).href)]),
  );

  // No connection at all: the server is gone and the browser is offline.
  await site.stop();
  await context.setOffline(true);
  guard.expectLoad();
  const response = await page.reload();
  await guard.settled(page);
  expect(response.fromServiceWorker(), "the page came from the worker's cache").toBe(true);
  await expect(page.locator("h1")).toHaveText("Your plan");
  await expect(page.getByTestId("export")).toBeVisible();
  await expect(page.getByLabel("Kaiser region")).toHaveValue("ca-south");
  // The sources' titles came from the worker too: a "Why?" names its source by a link.
  const means = page.locator("section.result").filter({ has: page.locator("#plan-means") });
  await means.locator("summary").first().click();
  await expect(means.locator(".why-body a").first()).toHaveAttribute("href", /^https?:\/\//);
  await expect(means).not.toContainText("has not loaded");
  // And it still works: the next step opens.
  await page.getByRole("button", { name: "Back to the start page" }).click();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
});

test("a new deployment is offered on the next visit, the old one runs until Reload, then the new one", async ({
  page,
  guard,
  host,
}) => {
  const site = await host();
  guard.serving(site.base, site.dir);
  await openApp(page, guard, site.base);
  await untilControlled(page, guard);
  const oldVersion = versionOf(site.dir);
  const update = page.getByText("A new version of this guide is ready.");
  await expect(update).toBeHidden();

  // A new build is deployed: its page differs (a marker), and so does its worker.
  const index = join(site.dir, "index.html");
  writeFileSync(
    index,
    readFileSync(index, "utf8").replace("<title>", '<meta name="deployment" content="2" /><title>'),
  );
  const written = spawn(process.execPath, ["scripts/offline-files.mjs", site.dir], { stdio: "ignore" });
  expect(await new Promise((resolve) => written.on("exit", resolve))).toBe(0);
  const newVersion = versionOf(site.dir);
  expect(newVersion).not.toBe(oldVersion);

  // The next visit: still the old version (from its own cache), and the offer of the new one.
  await reloadApp(page, guard);
  await expect(update).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "A new version" })).toBeVisible();
  await expectAccessible(page, "the page with the update notice");
  await expect(page.locator('meta[name="deployment"]')).toHaveCount(0);
  // The new version waits: another visit still gets the old one, and the offer again.
  const waiting = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null);
  await expect.poll(waiting).toBe(true);
  await reloadApp(page, guard);
  await expect(update).toBeVisible();
  await expect(page.locator('meta[name="deployment"]')).toHaveCount(0);
  expect(await waiting()).toBe(true);
  // The old page still works meanwhile.
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator("h1")).toHaveText("Your plan");
  await page.getByLabel("Kaiser region").selectOption("co");
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), CASE_KEY)).toContain('"co"');

  guard.expectLoad();
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.locator('meta[name="deployment"]')).toHaveAttribute("content", "2");
  await guard.settled(page);
  await expect(update).toBeHidden();
  await expect(page.locator("h1")).toHaveText("Your plan");
  await expect(page.getByLabel("Kaiser region")).toHaveValue("co");
  // Only the new version's cache is left.
  const caches = await page.evaluate(() => caches.keys());
  expect(caches).toEqual([`second-opinion-navigator ${site.base} ${newVersion}`]);
});

test("under a path prefix, the English and the Spanish pages work, each with its own worker, offline too", async ({
  page,
  context,
  guard,
  host,
}) => {
  const site = await host(PREFIX);
  guard.serving(site.base, site.dir);
  expect((await fetch(new URL("/", site.base))).status, "nothing outside the prefix").toBe(404);

  await openApp(page, guard, `${site.base}#/?lang=en`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText("Get a second opinion from a doctor outside Kaiser");
  await untilControlled(page, guard);

  await openApp(page, guard, `${site.base}es/#/?lang=es`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator("h1")).toHaveText("Obtenga una segunda opinión de un médico fuera de Kaiser");
  await untilControlled(page, guard);

  const scopes = await page.evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope).sort(),
  );
  expect(scopes).toEqual([site.base, `${site.base}es/`]);
  // Two caches, one per folder: neither worker removed the other's.
  const caches = (await page.evaluate(() => caches.keys())).sort();
  expect(caches).toEqual([
    `second-opinion-navigator ${site.base} ${versionOf(site.dir)}`,
    `second-opinion-navigator ${site.base}es/ ${versionOf(join(site.dir, "es"))}`,
  ]);

  await site.stop();
  await context.setOffline(true);
  await reloadApp(page, guard);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByTestId("export")).toBeVisible();
  await page.getByRole("button", { name: "Comenzar" }).click();
  await expect(page.locator("h1")).toHaveText("Su plan");

  await openApp(page, guard, `${site.base}#/?lang=en`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("export")).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator("h1")).toHaveText("Your plan");
});

// The guard's new rule must be able to fail: the worker is made to fetch a file that is not on
// its list, then something from another origin; the guard's check must reject each (and accept
// what the worker did before that: its install).
test("the network guard rejects a service worker fetching anything but the app's own files", async ({
  page,
  context,
  guard,
}) => {
  await openApp(page, guard);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const [worker] = context.serviceWorkers();
  expect(guard.workerRequests.length, "the guard sees the worker's own requests").toBeGreaterThan(2);
  expect(() => guard.check()).not.toThrow();
  const fine = [...guard.workerRequests];
  for (const url of ["./not-on-the-list.txt", "http://127.0.0.2:9/never"]) {
    await worker.evaluate((u) => fetch(u).catch(() => {}), url);
    await expect.poll(() => guard.workerRequests.length).toBe(fine.length + 1);
    expect(() => guard.check()).toThrow(/service worker requests for anything but the app's own files/);
    guard.workerRequests = [...fine];
  }
});
