// The first screen is plain HTML in index.html: readable before (or without) the wasm, with a
// plain explanation when the app cannot start, and replaced by the app in place, with no layout
// shift and nothing shown twice.
import { test, expect, openApp, expectAccessible } from "./fixtures.mjs";

const WELCOME = "Get a second opinion from a doctor outside Kaiser";
const PROMISE = "Nothing is sent anywhere: not to Kaiser, not to us, not to anyone.";

/** Holds the wasm back until `release()` is called, so the static screen can be examined. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await page.route("**/*.wasm", async (route) => {
    await released;
    await route.continue();
  });
  return () => release();
}

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test("the welcome text and the privacy promise are there and readable at 360 px", async ({
    page,
  }) => {
    await page.goto("./");
    await expect(page.locator("h1")).toHaveText(WELCOME);
    await expect(page.getByText(PROMISE)).toBeVisible();
    await expect(page.getByText("this guide walks you through it")).toBeVisible();
    // (Playwright's text search skips <noscript>, so look at what the reader sees.)
    const notices = await page.locator(".notices").evaluate((el) => el.innerText);
    expect(notices).toContain("needs JavaScript, which is turned off");
    // No Start button that could not work.
    await expect(page.getByRole("button")).toHaveCount(0);
    const fits = await page.evaluate(
      () => document.documentElement.scrollWidth <= window.innerWidth,
    );
    expect(fits, "no sideways scrolling at 360 px").toBe(true);
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll("main h1, main p")].map((el) =>
          parseFloat(getComputedStyle(el).fontSize),
        ),
      ),
    );
    expect(smallest, "the welcome text at least 16 px").toBeGreaterThanOrEqual(16);
    // (axe needs JavaScript: the static screen is scanned below, before the wasm arrives.)
  });
});

test("when the wasm cannot load, the page says so in plain words", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto("./");
  const failed = page.getByRole("alert");
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("could not start in this browser");
  await expect(failed).toContainText("open this page in another one");
  // The welcome text is still there to read.
  await expect(page.locator("h1")).toHaveText(WELCOME);
  expect(errors.length, "the failed start is the page error behind the message").toBeGreaterThan(0);
});

test("the app takes over the static screen in place: no layout shift, nothing twice", async ({
  page,
  guard,
}) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const release = await holdWasm(page);
  guard.expectLoad();
  await page.goto("./");
  // The static screen, before any wasm.
  await expect(page.locator("h1")).toHaveText(WELCOME);
  await expect(page.getByTestId("export")).toHaveCount(0);
  const boxes = () =>
    page.evaluate(() =>
      ["h1", ".next-step", ".lead", ".privacy", "button.primary", ".disclaimer"].map((s) => {
        const r = document.querySelector(s).getBoundingClientRect();
        return `${s} ${r.x},${r.y},${r.width},${r.height}`;
      }),
    );
  const before = await boxes();
  await expectAccessible(page, "the static first screen");
  release();
  await guard.settled(page);
  expect(await boxes(), "every part of the first screen where it was").toEqual(before);
  expect(await page.evaluate(() => window.__shift), "cumulative layout shift").toBe(0);
  for (const selector of ["h1", ".welcome", ".app-header", ".app-footer", ".skip-link", "main"]) {
    await expect(page.locator(selector), `${selector} once`).toHaveCount(1);
  }
  await expect(page.getByRole("button", { name: "Start" })).toHaveCount(1);
  await expect(page.getByTestId("export")).toBeVisible();
});

test("a tap on Start before the app runs opens the first step when it does", async ({
  page,
  guard,
}) => {
  const release = await holdWasm(page);
  guard.expectLoad();
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("button", { name: "Starting…" })).toBeVisible();
  release();
  await guard.settled(page);
  await expect(page.locator("h1")).toHaveText("Your plan");
  await expect(page.locator("h1")).toBeFocused();
});

test("a returning member still gets Continue once the app has started", async ({
  page,
  guard,
}) => {
  await openApp(page, guard);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Kaiser region").selectOption({ label: "Northern California" });
  // The bare address again (a reload would stay on the step, #/plan).
  guard.expectLoad();
  await page.goto("./");
  await guard.settled(page);
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
});
