// The sources' titles and addresses come from sources.txt beside the page (src/domain/cited.rs):
// asked for once as the app starts, the same file for everyone; used only if it is this build's.
import { readFileSync } from "node:fs";
import { test, expect, openApp, reloadApp, APP_ORIGIN } from "./fixtures.mjs";
import { openDetails } from "./journey-helpers.mjs";

const lines = readFileSync("dist/sources.txt", "utf8").trimEnd().split("\n").map((line) => line.split("\t"));
const titles = new Set(lines.map(([, title]) => title));
const addresses = new Set(lines.map(([url]) => url).filter(Boolean));
const NOT_LOADED = "the list of sources has not loaded yet";

/** The "Why?" under "What your plan means", opened by keyboard. */
async function planWhy(page) {
  const part = page.locator("section.result").filter({ has: page.locator("#plan-means") });
  await openDetails(page, part.locator("summary").first());
  return part.locator(".why-body").first();
}

const sourceRequests = (guard, path) =>
  guard.requests.filter((r) => new URL(r.url).pathname === path).length;

test("asked for once as the app starts; each Why? names its source from it", async ({ page, guard }) => {
  await openApp(page, guard, "./#/plan?region=co&plan=hmo");
  expect(sourceRequests(guard, "/sources.txt")).toBe(1);
  const why = await planWhy(page);
  const link = why.locator("a");
  await expect(link).toBeVisible();
  expect(titles.has(await link.textContent())).toBe(true);
  expect(addresses.has(await link.getAttribute("href"))).toBe(true);
  await expect(why).not.toContainText(NOT_LOADED);

  // Moving between steps asks for nothing more (the guard fails on any request after load).
  await page.getByRole("button", { name: /^Next/ }).click();
  await expect(page.locator("h1")).toBeFocused();
  expect(sourceRequests(guard, "/sources.txt")).toBe(1);
});

test("another build's file is not used: the guide says the list has not loaded, and a reload brings it", async ({ page, guard }) => {
  // A later deployment's file (or any other text) beside this build's page.
  await page.route("**/sources.txt", (route) =>
    route.fulfill({ status: 200, contentType: "text/plain", body: "https://example.org/\tA title from another build\n" }),
  );
  await openApp(page, guard, "./#/plan?region=co&plan=hmo");
  const why = await planWhy(page);
  await expect(why).toContainText(`Source: ${NOT_LOADED}. If this stays, check your connection, then reload the page.`);
  await expect(why).toContainText("How sure we are");
  await expect(page.locator("main")).not.toContainText("A title from another build");
  await expect(why.locator("a")).toHaveCount(0);

  // The printable summary says it once, in place of the list.
  await page.goto("./#/summary");
  await expect(page.locator("h1")).toHaveText("Your case summary");
  const summary = page.locator(".summary");
  const list = summary.locator(".summary-part").filter({ has: page.getByRole("heading", { name: "Where the rules come from" }) });
  await expect(list.locator("li")).toHaveText(["The list of sources has not loaded yet. If this stays, check your connection, then reload the page."]);

  await page.unroute("**/sources.txt");
  await reloadApp(page, guard);
  await expect(summary).not.toContainText(NOT_LOADED);
  expect(await list.locator("li").count()).toBeGreaterThan(3);
  for (const line of await list.locator("li").allTextContents()) {
    expect([...titles].some((title) => line.startsWith(`${title}: `)), line).toBe(true);
  }
});

test("the Spanish page reads its own folder's copy; the titles stay marked as English", async ({ page, guard }) => {
  await openApp(page, guard, "./es/#/plan?region=co&plan=hmo&lang=es");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(sourceRequests(guard, "/es/sources.txt")).toBe(1);
  expect(sourceRequests(guard, "/sources.txt")).toBe(0);
  const part = page.locator("section.result").filter({ has: page.locator("#plan-means") });
  await openDetails(page, part.locator("summary").first());
  const link = part.locator(".why-body a").first();
  await expect(link).toHaveAttribute("lang", "en");
  expect(titles.has(await link.textContent())).toBe(true);
  expect(new URL(page.url()).origin).toBe(APP_ORIGIN);
});
