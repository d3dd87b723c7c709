// Static hosting anywhere (README, "Hosting"): the release build served under a path prefix, as
// an organisation's web space would, works in both languages, with its Share page, and the steps
// and presets work there as at the root. The server is the repo's own (scripts/serve.mjs
// --prefix), on a port of its own, serving dist/ as it is.
import { test, expect, openApp, reloadApp, expectAccessible } from "./fixtures.mjs";
import { serve } from "./servers.mjs";

const PREFIX = "/tools/second-opinion/";

let server;
let base;

test.beforeAll(async () => {
  server = await serve("dist", { prefix: PREFIX });
  base = server.base;
});

test.afterAll(() => server?.stop());

test("the build works under a path prefix, in English and Spanish, with steps, presets and reload", async ({
  page,
  guard,
}) => {
  guard.serving(base);
  // Nothing outside the prefix is served.
  const outside = await page.request.get(new URL("/", base).href);
  expect(outside.status()).toBe(404);

  await openApp(page, guard, `${base}#/plan?region=co&plan=hmo`);
  await expect(page.locator("h1")).toHaveText("Your plan");
  await expect(page.getByLabel("Kaiser region")).toHaveValue("co");
  await expect(page).toHaveURL(`${base}#/plan`);
  await page.getByRole("button", { name: "Next: Your reason", exact: true }).click();
  await expect(page.locator("h1")).toHaveText("Your reason");
  await expect(page).toHaveURL(`${base}#/reason`);
  await reloadApp(page, guard);
  await expect(page.locator("h1")).toHaveText("Your reason");
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Your plan");
  await expectAccessible(page, "Your plan under a path prefix");

  // The language switch goes to the Spanish page under the same prefix, at the same step.
  guard.expectLoad();
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(`${base}es/#/plan?lang=es`);
  await guard.settled(page);
  await expect(page.locator("h1")).toHaveText("Su plan");
  await expect(page.getByLabel("Región de Kaiser")).toHaveValue("co");

  // The Share page next to it builds links under the same prefix.
  guard.expectLoad();
  await page.goto(`${base}es/share.html`);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("#link")).toHaveValue(new RegExp(`^${base.replace(/[.]/g, "\\.")}es/#`));
});
