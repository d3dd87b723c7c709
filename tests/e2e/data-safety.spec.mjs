// Data safety (issue 5): every start-up outcome, export and import, delete everything, several
// tabs and embedded use. Each bad state is seeded before the app starts and each test checks both
// what the member sees and that nothing stored was changed behind their back.
import { readFile } from "node:fs/promises";
import {
  test,
  expect,
  openApp,
  reloadApp,
  expectAccessible,
  ourStorageKeys,
  STORAGE_PREFIX,
  APP_ORIGIN,
} from "./fixtures.mjs";

const CASE_KEY = `${STORAGE_PREFIX}case`;
const KEPT_KEY = `${STORAGE_PREFIX}case-unreadable`;
const fixture = (name) => readFile(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const notice = (page) => page.getByTestId("storage-notice");
const oneOff = (page) => page.getByTestId("one-off-notice");
const region = (page) => page.getByLabel("Kaiser region");

/** Puts `value` under `key` before the app's first start in this page (not on reloads). */
async function seed(page, entries) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, entries);
}

const stored = (page, key = CASE_KEY) => page.evaluate((k) => localStorage.getItem(k), key);

/** Clicks `button` and returns the downloaded file's name and text. */
async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const text = await readFile(await download.path(), "utf8");
  return { name: download.suggestedFilename(), text, path: await download.path() };
}

async function startPlan(page) {
  const go = page.getByRole("button", { name: /^(Start|Continue where you left off)$/ });
  await go.click();
  // "Continue" opens the first unfinished step; these tests check the plan answers.
  const steps = page.getByRole("navigation", { name: "Steps of the guide" });
  await steps.getByRole("button", { name: "Your plan" }).click();
  await expect(page.locator("h1")).toHaveText("Your plan");
}

test("nothing saved: a fresh start, no warnings, nothing written until an answer", async ({ page, guard }) => {
  await openApp(page, guard);
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
  await expect(page.getByTestId("embedded-notice")).toHaveCount(0);
  expect(await ourStorageKeys(page)).toEqual([]);
  await expect(page.getByRole("heading", { name: "Your saved case" })).toBeVisible();
  await expectAccessible(page, "the welcome screen with the saved-case tools");
});

test("an older version's save is migrated silently and saved back", async ({ page, guard }) => {
  await seed(page, [[CASE_KEY, await fixture("schema-v1.json")]]);
  await openApp(page, guard);
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
  await expect(oneOff(page)).toHaveCount(0);
  expect(JSON.parse(await stored(page)).schema).toBe(5);
  await startPlan(page);
  await expect(region(page)).toHaveValue("ca-north");
});

test("a migrated save that cannot be written back says so and leaves the old value", async ({ page, guard }) => {
  const v1 = await fixture("schema-v1.json");
  await seed(page, [[CASE_KEY, v1]]);
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.endsWith("/case")) throw new DOMException("full", "QuotaExceededError");
      return original.call(this, key, value);
    };
  });
  await openApp(page, guard);
  await expect(notice(page)).toContainText("could not save your latest answers");
  await expect(notice(page)).toContainText("Export my case");
  expect(await stored(page)).toBe(v1);
  await startPlan(page);
  await expect(region(page)).toHaveValue("ca-north");
});

test("a newer version's save: read-only banner, export of the saved text, never written", async ({ page, guard }) => {
  const newer = JSON.stringify({
    app: "second-opinion-navigator",
    schema: 99,
    revision: 4,
    case: { fromTheFuture: true },
  });
  await seed(page, [[CASE_KEY, newer]]);
  await openApp(page, guard);
  await expect(notice(page)).toContainText("saved by a newer version");
  await expect(notice(page)).toContainText("nothing will be changed here");
  await expectAccessible(page, "the newer-version banner");

  const file = await downloadFrom(page, page.getByRole("button", { name: "Download the saved answers" }));
  expect(file.text).toBe(newer);
  expect(file.name).toMatch(/\.json$/);

  await startPlan(page);
  await region(page).selectOption({ label: "Hawaii" });
  await expect(region(page)).toHaveValue("hi");
  expect(await stored(page)).toBe(newer);
  // A reload keeps the step; what was typed was not saved, and the banner is back.
  await reloadApp(page, guard);
  await expect(page.locator("h1")).toHaveText("Your plan");
  await expect(region(page)).toHaveValue("");
  await expect(notice(page)).toContainText("saved by a newer version");
  expect(await stored(page)).toBe(newer);
});

test("an unreadable save: told, downloadable, read-only until the member starts fresh", async ({ page, guard }) => {
  const bad = '{"app":"second-opinion-navigator","schema":2,"case":{"plan":';
  await seed(page, [[CASE_KEY, bad]]);
  await openApp(page, guard);
  await expect(notice(page)).toContainText("could not read");
  await expect(notice(page)).toContainText("nothing you type here will be saved");
  await expectAccessible(page, "the unreadable-save banner");

  const file = await downloadFrom(page, page.getByRole("button", { name: "Download the unreadable copy" }));
  expect(file.text).toBe(bad);

  await startPlan(page);
  await region(page).selectOption({ label: "Colorado" });
  expect(await stored(page)).toBe(bad);
  expect(await stored(page, KEPT_KEY)).toBe(bad);

  await page.getByRole("button", { name: "Start fresh" }).click();
  await expect(oneOff(page)).toContainText("You started fresh");
  await expect(notice(page)).toHaveCount(0);
  await expectAccessible(page, "after starting fresh");
  // What was typed meanwhile is kept and now saved; the unreadable copy is still kept aside.
  await expect(region(page)).toHaveValue("co");
  expect(JSON.parse(await stored(page)).case.plan.region).toBe("co");
  expect(await stored(page, KEPT_KEY)).toBe(bad);
});

test("storage unavailable: works in memory, says so, and Export still works", async ({ page, guard }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("blocked for this test", "SecurityError");
      },
    });
  });
  await openApp(page, guard);
  await expect(notice(page)).toContainText("not letting us save");
  await expect(notice(page)).toContainText("Export my case");
  await startPlan(page);
  await region(page).selectOption({ label: "Georgia" });
  await expectAccessible(page, "the storage-unavailable notice");
  const file = await downloadFrom(page, page.getByTestId("export"));
  expect(JSON.parse(file.text).case.plan.region).toBe("ga");
});

test("a full storage: the answer stays on screen, the notice is persistent, storage unchanged", async ({ page, guard }) => {
  // The current version's save, so nothing needs writing back at start-up.
  // The current version, so nothing is migrated and written back on opening.
  const v5 = await fixture("schema-v5.json");
  await seed(page, [[CASE_KEY, v5]]);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await openApp(page, guard);
  await expect(notice(page)).toHaveCount(0);
  await startPlan(page);
  await expect(region(page)).toHaveValue("mid-atlantic");
  await region(page).selectOption({ label: "Hawaii" });
  await expect(notice(page)).toContainText("storage may be full");
  await expect(region(page)).toHaveValue("hi");
  await page.getByRole("radio", { name: "Federal employee plan (FEHB)" }).check();
  await expect(notice(page)).toContainText("storage may be full");
  expect(await stored(page)).toBe(v5);
  await expectAccessible(page, "the write-failed notice");
});

test("export, then import into a fresh browser: the same case, after confirming", async ({ page, guard, browser }) => {
  await seed(page, [[CASE_KEY, await fixture("schema-v2.json")]]);
  await openApp(page, guard);
  const first = await downloadFrom(page, page.getByTestId("export"));
  // Named with the day it was saved, which it also records.
  const today = await page.evaluate(() => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  });
  expect(first.name).toBe(`second-opinion-case-${today}.json`);
  const exported = JSON.parse(first.text);
  expect(exported.schema).toBe(5);
  expect(exported.case.details.keeping.lastCopy).toBe(today);
  expect(exported.case.plan.region).toBe("mid-atlantic");
  await startPlan(page);
  const shownA = await region(page).inputValue();

  const context = await browser.newContext({ baseURL: APP_ORIGIN });
  const other = await context.newPage();
  await other.goto("/");
  await expect(other.locator("h1")).toBeVisible();
  await other.locator("#import-file").setInputFiles(first.path);
  // Nothing to replace in a fresh browser: the file would open the case.
  await expect(other.getByText("Open the case in this file? It will be saved in this browser.")).toBeVisible();
  await expectAccessible(other, "the import confirmation");
  expect(await other.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await other.getByRole("button", { name: "Yes, open my case" }).click();
  await expect(other.getByTestId("one-off-notice")).toContainText("Your answers are now the ones in the file.");
  // The case opens where it left off, a step of the guide.
  await expect(other.locator(".step-count")).toBeVisible();
  await other.getByRole("navigation", { name: "Steps of the guide" }).getByRole("button", { name: "Your plan" }).click();
  expect(await region(other).inputValue()).toBe(shownA);

  const [download] = await Promise.all([
    other.waitForEvent("download"),
    other.getByTestId("export").click(),
  ]);
  const again = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(again.case).toEqual(exported.case);
  const saved = JSON.parse(await other.evaluate((k) => localStorage.getItem(k), CASE_KEY));
  expect(saved.case).toEqual(exported.case);
  await context.close();
});

test("a bad file is refused with every problem listed, and nothing changes", async ({ page, guard }) => {
  // The current version, so nothing is migrated and written back on opening.
  const v5 = await fixture("schema-v5.json");
  await seed(page, [[CASE_KEY, v5]]);
  await openApp(page, guard);
  const input = page.locator("#import-file");
  const problem = page.getByTestId("import-problem");
  const file = (name, text) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });

  const wrong = JSON.parse(v5);
  wrong.case.plan.region = "mars";
  wrong.case.details.appointment.date = "April 20";
  await input.setInputFiles(file("wrong.json", JSON.stringify(wrong)));
  await expect(problem).toContainText("has problems, so it was not imported");
  await expect(problem).toContainText('case.plan.region: expected one of:');
  await expect(problem).toContainText('but found the text "mars"');
  await expect(problem).toContainText("case.details.appointment.date: expected a date written YYYY-MM-DD");
  await expect(problem).toContainText("Nothing was changed.");
  await expectAccessible(page, "the import problems");

  await input.setInputFiles(file("notes.json", "this is { not json"));
  await expect(problem).toContainText("cannot be read as JSON (the problem is at line 1, column 2)");

  await input.setInputFiles(file("other.json", '{"hello": "world"}'));
  await expect(problem).toContainText("not a case file from this guide");

  const newer = { ...JSON.parse(v5), schema: 99, kind: "case-export" };
  await input.setInputFiles(file("newer.json", JSON.stringify(newer)));
  await expect(problem).toContainText("exported by a newer version of this guide (format 99)");

  await input.setInputFiles(file("huge.json", " ".repeat(1024 * 1024 + 10)));
  await expect(problem).toContainText("too large");
  await expect(problem).toContainText("the limit is 1024 KB");

  await expect(page.getByText("Replace my current answers with this file?")).toHaveCount(0);
  expect(await stored(page)).toBe(v5);
  await startPlan(page);
  await expect(region(page)).toHaveValue("mid-atlantic");
});

test("delete everything says what goes, and leaves no key behind", async ({ page, guard }) => {
  await seed(page, [
    [CASE_KEY, await fixture("schema-v2.json")],
    [KEPT_KEY, "{an old unreadable copy"],
    ["someone-else", "not ours"],
  ]);
  await openApp(page, guard);
  await page.getByRole("button", { name: "Delete everything" }).click();
  const question = page.locator("#delete-question");
  for (const part of ["answers", "dates", "contact log", "letters", "unreadable saved answers kept aside"]) {
    await expect(question).toContainText(part);
  }
  await expectAccessible(page, "the delete-everything confirmation");
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(oneOff(page)).toContainText("was deleted");
  expect(await ourStorageKeys(page)).toEqual([]);
  expect(await stored(page, "someone-else")).toBe("not ours");
  await reloadApp(page, guard);
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  expect(await ourStorageKeys(page)).toEqual([]);
});

test("two tabs stay in step: a save, and a delete, show in the other", async ({ page, guard }) => {
  await openApp(page, guard);
  const other = await page.context().newPage();
  await other.goto("/");
  await startPlan(page);
  await startPlan(other);

  await region(page).selectOption({ label: "Colorado" });
  await expect(region(other)).toHaveValue("co");
  await expect(other.getByTestId("one-off-notice")).toContainText("updated from another tab");
  await expectAccessible(other, "the other-tab notice");

  // The second tab's answer builds on the first's: nothing is lost either way.
  const medicaid = "Medicaid: Health First Colorado";
  await other.getByRole("radio", { name: medicaid }).check();
  await expect(page.getByRole("radio", { name: medicaid })).toBeChecked();
  await expect(region(page)).toHaveValue("co");
  const saved = JSON.parse(await stored(page));
  expect(saved.case.plan).toMatchObject({ region: "co", planType: "medicaid" });

  await page.getByRole("button", { name: "Delete everything" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(other.getByTestId("one-off-notice")).toContainText("deleted in another tab");
  await expect(region(other)).toHaveValue("");
  expect(await ourStorageKeys(other)).toEqual([]);
  await other.close();
});

test("a conflict keeps the newer answers and says so plainly", async ({ page, guard }) => {
  await openApp(page, guard);
  const other = await page.context().newPage();
  // The second tab misses storage events (as a sleeping tab can), so its next save conflicts.
  await other.addInitScript(() => {
    window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true);
  });
  await other.goto("/");
  await startPlan(page);
  await startPlan(other);

  await region(page).selectOption({ label: "Hawaii" });
  await expect.poll(async () => JSON.parse((await stored(page)) ?? "{}").case?.plan?.region).toBe("hi");
  // Not `check()`: the tab rightly shows the newer answers instead, so the radio ends unticked.
  await other.getByRole("radio", { name: "Federal employee plan (FEHB)" }).click();

  const told = other.getByTestId("one-off-notice");
  await expect(told).toContainText("saved newer answers, so we are showing those");
  await expect(told).toContainText("Your last change in this tab was not saved");
  await expect(region(other)).toHaveValue("hi");
  await expect(other.getByRole("radio", { name: "Federal employee plan (FEHB)" })).not.toBeChecked();
  expect(JSON.parse(await stored(page)).case.plan.region).toBe("hi");
  await expectAccessible(other, "the conflict notice");

  // Entered again, it is saved on top of the newer answers, and the first tab sees both.
  await other.getByRole("radio", { name: "Federal employee plan (FEHB)" }).check();
  await expect(page.getByRole("radio", { name: "Federal employee plan (FEHB)" })).toBeChecked();
  await expect(region(page)).toHaveValue("hi");
  expect(JSON.parse(await stored(page)).case.plan).toMatchObject({ region: "hi", planType: "fehb" });
  await other.close();
});

test("inside another page's frame that may save: a plain, dismissible notice about where progress is saved", async ({ page, guard }) => {
  // A host page of the guide's own site, so the frame's storage works (tests/e2e/embed.spec.mjs
  // has a frame of another site, where it does not).
  await page.route(`${APP_ORIGIN}/host-page.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><title>An advocacy site</title></head>
        <body><main><h1>Help</h1><iframe title="Second Opinion Navigator" src="${APP_ORIGIN}/"
        style="width:100%;height:900px"></iframe></main></body></html>`,
    }),
  );
  await page.goto(`${APP_ORIGIN}/host-page.html`);
  const frame = page.frameLocator("iframe");
  const embedded = frame.getByTestId("embedded-notice");
  await expect(embedded).toContainText("saved in this browser for this website only");
  await expect(embedded).toContainText("Export my case");
  await page.waitForLoadState("networkidle");
  guard.loading = false;
  await expectAccessible(page, "the embedded notice");
  await embedded.getByRole("button", { name: "Dismiss this message" }).click();
  await expect(embedded).toHaveCount(0);
});

test("when no copy can be kept aside, starting fresh refuses and says what to do", async ({ page, guard }) => {
  const bad = "{unreadable";
  // Every kept-aside slot is taken by other copies, so this one cannot be set aside.
  const slots = Array.from({ length: 10 }, (_, i) => [
    i === 0 ? KEPT_KEY : `${KEPT_KEY}-${i}`,
    `{older copy ${i}`,
  ]);
  await seed(page, [[CASE_KEY, bad], ...slots]);
  await openApp(page, guard);
  await expect(notice(page)).toContainText("could not read");
  await page.getByRole("button", { name: "Start fresh" }).click();
  await expect(oneOff(page)).toContainText("could not set the unreadable answers aside");
  await expect(oneOff(page)).toContainText("Download the unreadable copy");
  await expect(notice(page)).toContainText("nothing you type here will be saved");
  expect(await stored(page)).toBe(bad);
  await expectAccessible(page, "the start-fresh-failed notice");
});

test("another tab's newer-version save turns this tab read-only, with the download offered", async ({ page, guard }) => {
  await openApp(page, guard);
  const other = await page.context().newPage();
  await other.goto("/");
  await startPlan(page);
  await region(page).selectOption({ label: "Hawaii" });

  const newer = JSON.stringify({ app: "second-opinion-navigator", schema: 99, revision: 9, case: {} });
  await other.evaluate(([k, v]) => localStorage.setItem(k, v), [CASE_KEY, newer]);
  await expect(notice(page)).toContainText("saved by a newer version");
  await region(page).selectOption({ label: "Colorado" });
  expect(await stored(page)).toBe(newer);
  const file = await downloadFrom(page, page.getByRole("button", { name: "Download the saved answers" }));
  expect(file.text).toBe(newer);
  await other.close();
});

test("a delete in a tab that missed the event is caught at the next save and told", async ({ page, guard }) => {
  await openApp(page, guard);
  const other = await page.context().newPage();
  await other.addInitScript(() => {
    window.addEventListener("storage", (e) => e.stopImmediatePropagation(), true);
  });
  await other.goto("/");
  await startPlan(other);
  await region(other).selectOption({ label: "Georgia" });
  await expect.poll(async () => (await stored(page)) !== null).toBe(true);

  await page.getByRole("button", { name: "Delete everything" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  expect(await ourStorageKeys(page)).toEqual([]);

  await other.getByRole("radio", { name: "Medicaid", exact: true }).click();
  await expect(other.getByTestId("one-off-notice")).toContainText("deleted in another tab");
  await expect(region(other)).toHaveValue("");
  expect(await ourStorageKeys(page)).toEqual([]);
  await other.close();
});
