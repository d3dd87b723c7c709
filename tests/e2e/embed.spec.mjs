// Embed mode: the example host page (static/embed-example.html), served on another localhost
// port as an advocacy site would be, embeds the guide with the host snippet. The frame shows no
// page header and wastes no space; it grows and shrinks with its content as the member moves
// between steps (the one height message, and the snippet's listener); the link's presets are
// applied; nothing is fetched but the host page and the app's own files; no console errors; and
// the app ignores every message posted to it (it adds no "message" listener at all).
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { test, expect, APP_ORIGIN, openApp, reloadApp } from "./fixtures.mjs";
import { serve } from "./servers.mjs";

const HOST_PORT = 4181;
// The same site as the guide (127.0.0.1), on another port: its frame may save, for this site.
const HOST = `http://127.0.0.1:${HOST_PORT}`;
// Another site (localhost is not 127.0.0.1), as an advocacy site would be: this Chromium, like
// a browser that blocks third-party storage, lets its frame save nothing.
const OTHER_SITE = `http://localhost:${HOST_PORT}`;
const FRAME = "#second-opinion-navigator";

let server;
test.beforeAll(async () => {
  server = await serve("static", { port: HOST_PORT });
});
test.afterAll(() => server?.stop());

test.use({ locale: "en-US" });

/** The example host page at `host`, embedding the app at `fragment`. */
const hostPage = (fragment, host = HOST) =>
  `${host}/embed-example.html?app=${encodeURIComponent(`${APP_ORIGIN}/${fragment}`)}`;

/** Counts, in every frame from its start, the "message" listeners added to its window (by
 *  addEventListener or onmessage), before any script of the page runs. */
async function countMessageListeners(page) {
  await page.addInitScript(() => {
    window.__messageListeners = 0;
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, ...rest) {
      if (type === "message" && this === window) window.__messageListeners += 1;
      return add.call(this, type, ...rest);
    };
    Object.defineProperty(window, "onmessage", {
      configurable: true,
      get: () => null,
      set: () => {
        window.__messageListeners += 1;
      },
    });
  });
}

/** Opens the host page (at `host`) and waits until the app in its frame has loaded. */
async function openHost(page, guard, fragment, host = HOST) {
  const url = hostPage(fragment, host);
  guard.hosting(url, `${host}/icon.svg`);
  guard.expectLoad();
  await page.goto(url);
  const app = page.frameLocator(FRAME);
  await expect(app.getByTestId("export")).toBeAttached();
  const frame = page.frame({ url: (u) => u.origin === APP_ORIGIN });
  await frame.waitForLoadState("networkidle");
  await guard.settled(page, app);
  return { app, frame, iframe: page.locator(FRAME) };
}

/** The frame element's height on the host page, and the height of the app's document in it. */
async function heights(iframe, frame) {
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() => ({
    height: document.documentElement.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
  }));
  return { outer, content: Math.ceil(content.height), scroll: content.scroll };
}

/** Waits until the frame is exactly as tall as its content (and has nothing to scroll). */
async function expectFitted(iframe, frame, what) {
  await expect
    .poll(async () => {
      const h = await heights(iframe, frame);
      return h.outer === h.content && h.scroll === h.content;
    }, { message: `the frame fits its content: ${what}` })
    .toBe(true);
  return (await heights(iframe, frame)).outer;
}

test("the example host page embeds the guide: compact, sized to its content, presets applied, nothing else fetched", async ({
  page,
  guard,
}) => {
  await countMessageListeners(page);
  const { app, frame, iframe } = await openHost(page, guard, "#/plan?embed=1&region=co&plan=hmo");

  // Embed mode: no page header (the app's name and the language switch), little space.
  await expect(app.locator("html")).toHaveClass(/\bembed\b/);
  await expect(app.locator(".app-header")).toBeHidden();
  await expect(app.locator("h1")).toHaveText("Your plan");
  // The first thing shown (a notice, or the step) starts at the top of the frame.
  const top = await frame.evaluate(() =>
    Math.min(
      ...[...document.querySelectorAll("#app *")]
        .map((el) => el.getBoundingClientRect())
        .filter((box) => box.height > 0)
        .map((box) => box.top),
    ),
  );
  expect(top, "no space above the first thing in the frame").toBeLessThanOrEqual(16);
  // The notice that progress is kept for this website only stays, and it is the only one: this
  // frame can save, so nothing says otherwise.
  await expect(app.getByText("This guide is running inside another website.")).toBeVisible();
  await expect(app.getByTestId("storage-notice")).toHaveCount(0);
  expect(await frame.evaluate(() => localStorage.length >= 0)).toBe(true);
  // The snippet's frame, as the Share page writes it.
  await expect(iframe).toHaveAttribute("title", "Second Opinion Navigator: getting a second opinion outside Kaiser");
  await expect(iframe).toHaveAttribute("allow", "clipboard-write");

  // The presets are applied, and the address keeps only what stays (embed mode).
  await expect(app.getByLabel("Kaiser region", { exact: true })).toHaveValue("co");
  await expect(app.getByRole("radio", { name: "Employer or individual HMO", exact: true })).toBeChecked();
  await expect.poll(() => frame.url()).not.toMatch(/region=|plan=/);
  expect(frame.url()).toMatch(/#\/plan\?(?:.*&)?embed=1(?:&|$)/);

  // The frame follows its content, step after step, taller and shorter.
  const onPlan = await expectFitted(iframe, frame, "the plan step");
  expect(onPlan, "taller than a frame's default 150 px").toBeGreaterThan(300);
  await app.getByRole("button", { name: /^Next: / }).click();
  await expect(app.locator("h1")).toHaveText("Your reason");
  const onReason = await expectFitted(iframe, frame, "the reason step");
  expect(onReason, "the two steps differ in length").not.toBe(onPlan);
  await app.getByRole("button", { name: /^Next: / }).click();
  await expect(app.locator("h1")).toHaveText("Your case for an outside referral");
  const onCase = await expectFitted(iframe, frame, "the case step");
  expect(onCase, "one way the frame grew, the other it shrank").not.toBe(onReason);
  // Back (the app's own history entry, inside the frame).
  await frame.evaluate(() => history.back());
  await expect(app.locator("h1")).toHaveText("Your reason");
  expect(await expectFitted(iframe, frame, "back on the reason step")).toBe(onReason);

  // The snippet's listener takes heights only from the guide's frame: the host page's own
  // window posting one is ignored.
  const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  await page.evaluate(() => {
    postMessage({ type: "second-opinion-navigator:height", height: 40 }, "*");
  });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(before);

  // Nothing was fetched but the host page and the app's own built files.
  const appFiles = guard.requests
    .map((r) => new URL(r.url))
    .filter((url) => url.origin === APP_ORIGIN)
    .map((url) => join("dist", url.pathname.endsWith("/") ? `${url.pathname}index.html` : url.pathname));
  expect(appFiles.length).toBeGreaterThan(0);
  for (const file of appFiles) expect(existsSync(file) && statSync(file).isFile(), file).toBe(true);
  expect(await frame.evaluate(() => window.__cspViolations), "CSP violations in the frame").toEqual([]);
});

test("the app ignores every message posted to it, and listens for none", async ({ page, guard }) => {
  await countMessageListeners(page);
  const { app, frame, iframe } = await openHost(page, guard, "#/plan?embed=1&region=co&plan=hmo");
  await expect(app.getByLabel("Kaiser region", { exact: true })).toHaveValue("co");
  expect(await frame.evaluate(() => window.__messageListeners), "message listeners in the app").toBe(0);
  // The host snippet listens, in the host page.
  expect(await page.evaluate(() => window.__messageListeners)).toBe(1);

  const state = () =>
    frame.evaluate(() => ({
      url: location.href,
      heading: document.querySelector("h1")?.textContent,
      region: document.getElementById("region")?.value,
      lang: document.documentElement.lang,
      saved: JSON.stringify(Object.entries(localStorage).sort()),
    }));
  const before = await state();
  const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  // A listener of the test's own in the frame, added after the count, only to know when the
  // messages have been delivered.
  await frame.evaluate(() => {
    window.__delivered = 0;
    window.addEventListener("message", () => {
      window.__delivered += 1;
    });
  });
  const messages = [
    { type: "second-opinion-navigator:height", height: 5 },
    { type: "second-opinion-navigator:preset", region: "hi", plan: "medicare-advantage", lang: "es" },
    { type: "second-opinion-navigator:delete" },
    "garbage \u0000 <script>alert(1)</script>",
    null,
    [1, 2, 3],
    { toString: null, valueOf: null, then: 42 },
  ];
  await page.evaluate(
    ([selector, sent]) => {
      const target = document.querySelector(selector).contentWindow;
      for (const message of sent) target.postMessage(message, "*");
    },
    [FRAME, messages],
  );
  await expect.poll(() => frame.evaluate(() => window.__delivered)).toBe(messages.length);
  // A moment for anything that might react, then: nothing changed.
  await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  expect(await state()).toEqual(before);
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
  await expect(app.locator("h1")).toHaveText("Your plan");
});

test("embed mode outside a frame: compact, and it posts nothing", async ({ page, guard }) => {
  await page.addInitScript(() => {
    window.__posted = [];
    const post = window.postMessage.bind(window);
    window.postMessage = (...args) => {
      window.__posted.push(args[0]);
      return post(...args);
    };
  });
  await openApp(page, guard, "./#/plan?embed=1");
  await expect(page.locator("html")).toHaveClass(/\bembed\b/);
  await expect(page.locator(".app-header")).toBeHidden();
  await expect(page.getByText("This guide is running inside another website.")).toHaveCount(0);
  const heights = await page.evaluate(() =>
    window.__posted.filter((m) => m && m.type === "second-opinion-navigator:height"),
  );
  expect(heights, "no height message without a parent").toEqual([]);
  // Without embed=1 the header is there, as ever (a new page: embed mode is decided as the
  // page starts).
  await openApp(page, guard, "./#/plan");
  await reloadApp(page, guard);
  await expect(page.locator(".app-header")).toBeVisible();
});

/** Counts, in every frame, the calls of `navigator.storage.persist()`, before any script runs. */
async function countPersistCalls(page) {
  await page.addInitScript(() => {
    window.__persistCalls = 0;
    const storage = navigator.storage;
    if (!storage || !storage.persist) return;
    const persist = storage.persist.bind(storage);
    Object.defineProperty(storage, "persist", {
      configurable: true,
      value: () => {
        window.__persistCalls += 1;
        return persist();
      },
    });
  });
}

test("in another site's frame that may save nothing: one true notice, a way to its own tab, nothing asked of the browser", async ({ page, guard }) => {
  await countPersistCalls(page);
  const { app, frame } = await openHost(page, guard, "#/plan?embed=1&accent=4b2c83", OTHER_SITE);
  // What this Chromium does with a frame from another site: no storage at all.
  expect(
    await frame.evaluate(() => {
      try {
        return typeof localStorage.length;
      } catch (error) {
        return error.name;
      }
    }),
  ).toBe("SecurityError");
  const notice = app.getByTestId("storage-notice");
  await expect(notice).toContainText(
    "Inside another website, this browser does not let the guide save your answers: they will be lost when you close this page.",
  );
  // One notice: not also "saved in this browser for this website only", which is untrue here.
  await expect(app.getByTestId("embedded-notice")).toHaveCount(0);
  await expect(app.getByText(/saved in this browser for this website only/)).toHaveCount(0);
  // The same address without embed=1 (the screen and the accent kept), in a new tab.
  const link = notice.getByRole("link", { name: "Open the guide in its own tab" });
  await expect(link).toHaveAttribute("target", "_blank");
  const own = new URL(await link.evaluate((a) => a.href));
  expect(own.origin + own.pathname).toBe(new URL(frame.url()).origin + new URL(frame.url()).pathname);
  expect(own.hash).toBe("#/plan?accent=4b2c83");
  // Nothing asked of the browser from inside the frame: no persist(), no install, no words on
  // what the browser keeps.
  await app.getByLabel("Kaiser region", { exact: true }).selectOption({ label: "Colorado" });
  expect(await frame.evaluate(() => window.__persistCalls)).toBe(0);
  await expect(app.getByTestId("keep-status")).toHaveText("");
  await expect(app.getByRole("button", { name: "Keep my case on this device" })).toHaveCount(0);
  await expect(app.getByRole("button", { name: "Install this guide" })).toHaveCount(0);
  // The copy of the case is still offered: Export works in the frame.
  await expect(app.getByTestId("export")).toBeVisible();
  // In its own tab the guide saves.
  const [tab] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
  await expect(tab.locator("h1")).toHaveText("Your plan");
  await expect(tab.locator("html")).not.toHaveClass(/\bembed\b/);
  await expect(tab.getByTestId("storage-notice")).toHaveCount(0);
  await tab.getByLabel("Kaiser region", { exact: true }).selectOption({ label: "Hawaii" });
  await expect
    .poll(() => tab.evaluate(() => localStorage.getItem("second-opinion-navigator/case")))
    .toContain('"hi"');
  await tab.close();
});
