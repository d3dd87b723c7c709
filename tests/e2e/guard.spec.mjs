// The guards must be able to fail (the foreign origin is another loopback address, and the CSP
// blocks it before anything is sent): each test here breaks a privacy rule on purpose and is
// marked as expected to fail. If a guard stopped catching it, the test would "pass" and
// Playwright would report that as a failure.
import { test, openApp } from "./fixtures.mjs";

test("the network guard catches a request to another origin (expected to fail)", async ({ page, guard }) => {
  test.fail();
  await openApp(page, guard);
  await page.evaluate(() => fetch("http://127.0.0.2:9/never").catch(() => {}));
});

test("the network guard catches a same-origin request after load (expected to fail)", async ({ page, guard }) => {
  test.fail();
  await openApp(page, guard);
  await page.evaluate(() => fetch("./index.html").then((r) => r.text()));
});

test("the CSP blocks and reports an injected inline script (expected to fail)", async ({ page, guard }) => {
  test.fail();
  await openApp(page, guard);
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true";
    document.body.append(script);
  });
});
