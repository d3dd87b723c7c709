// 200% zoom: a 1280 px wide window zoomed to 200% lays out like a 640 px wide one at twice the
// pixel density. Every step must stay readable there without sideways scrolling.
import { test, expect, openApp } from "./fixtures.mjs";
import { STEPS } from "./journey-helpers.mjs";


test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

test("every step is usable at 200% zoom without sideways scrolling", async ({ page, guard }) => {
  await openApp(page, guard);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  await page.getByRole("button", { name: "Start" }).click();
  const steps = page.getByRole("navigation", { name: "Steps of the guide" });
  for (const name of STEPS) {
    await steps.getByRole("button", { name }).click();
    await expect(page.locator("h1")).toHaveText(name);
    expect(await overflow(), `sideways scrolling on "${name}"`).toBe(0);
  }
});
