// A case that lasts as long as the appeal (months): the guide asks the browser to keep its data
// only once there are answers to keep, and only where the browser decides without asking the
// member (else the member chooses); it shows what the browser answered, and nothing where it
// cannot say; Safari's week-long limit is told once; the browser's install offer becomes an
// Install button only where the browser makes it; the guide offers to save a copy of the case
// file at the moments that matter, once each; and "Open my case file" on the welcome screen
// brings back a case a browser deleted. The browser's answers are stood in for by init scripts
// (a test cannot make Chromium grant or refuse, or be Safari or Firefox).
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import config from "../../playwright.config.mjs";
import { workerFiles } from "../../scripts/offline-files.mjs";
import { test, expect, openApp, reloadApp, expectAccessible, tabTo } from "./fixtures.mjs";
import { heading, nextStep, pickRadio, press, typeDate, pinToday, STEPS } from "./journey-helpers.mjs";
import { serve } from "./servers.mjs";

const CASE_KEY = "second-opinion-navigator/case";
const keepStatus = (page) => page.getByTestId("keep-status");
const reminder = (page) => page.getByTestId("copy-reminder");

/** Stands in for the browser's side of keeping data: `navigator.storage.persisted()` answers
 *  `persisted`, `persist()` answers `grants` and is counted; `api: false` takes both away;
 *  `engine` is "chromium" (as here), "firefox" (no userAgentData: a browser that asks the
 *  member) or "safari" (Apple's WebKit: navigator.standalone, false outside a Home Screen app). */
async function browserSide(page, { persisted = false, grants = false, api = true, engine = "chromium" } = {}) {
  await page.addInitScript(
    ({ persisted, grants, api, engine }) => {
      window.__persistCalls = 0;
      const storage = navigator.storage;
      const define = (name, value) => Object.defineProperty(storage, name, { configurable: true, value });
      if (!api) {
        define("persist", undefined);
        define("persisted", undefined);
      } else {
        define("persisted", () => Promise.resolve(persisted));
        define("persist", () => {
          window.__persistCalls += 1;
          return Promise.resolve(grants);
        });
      }
      if (engine !== "chromium") delete Navigator.prototype.userAgentData;
      if (engine === "safari") {
        Object.defineProperty(Navigator.prototype, "standalone", { configurable: true, get: () => false });
      }
    },
    { persisted, grants, api, engine },
  );
}

const persistCalls = (page) => page.evaluate(() => window.__persistCalls);

/** Starts the guide and gives a first answer (the region), which is saved at once. */
async function firstAnswer(page) {
  await page.getByRole("button", { name: "Start" }).click();
  await expect(heading(page)).toHaveText("Your plan");
  await page.getByLabel("Kaiser region").selectOption({ label: "Colorado" });
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), CASE_KEY)).toContain('"co"');
}

test.describe("installable, in English and Spanish, at the root and under a path prefix", () => {
  const PREFIX = "/tools/second-opinion/";
  let prefixed;
  test.beforeAll(async () => {
    prefixed = await serve("dist", { prefix: PREFIX });
  });
  test.afterAll(() => prefixed?.stop());

  // Chromium reports "in-incognito" for every page of a throwaway profile (Playwright's usual
  // context), so these pages open in a profile of their own, as a member's browser would.
  let context;
  let profile;
  test.beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), "son-install-"));
    context = await chromium.launchPersistentContext(profile, config.use.launchOptions);
  });
  test.afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  for (const [lang, folder, fragment] of [
    ["en", "", ""],
    ["es", "es/", "#/?lang=es"],
  ]) {
    for (const where of ["root", "prefix"]) {
      test(`${lang}, at the ${where}: no installability errors; the manifest stays in its folder; every icon is served and kept offline`, async ({ request }) => {
        const base = where === "root" ? "http://127.0.0.1:4173/" : prefixed.base;
        const pageURL = new URL(folder, base).href;
        const page = await context.newPage();
        await page.goto(pageURL + fragment);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByTestId("export")).toBeAttached();
        const cdp = await context.newCDPSession(page);
        // Chromium has read the manifest once it names it; then it says what stops installing.
        await expect
          .poll(async () => (await cdp.send("Page.getAppManifest")).url ?? "")
          .toBe(new URL("manifest.webmanifest", pageURL).href);
        const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
        expect(installabilityErrors).toEqual([]);
        const { url: manifestURL, data, errors } = await cdp.send("Page.getAppManifest");
        expect(errors).toEqual([]);
        const manifest = JSON.parse(data);
        // Its words are the page's own, in its language; its addresses stay in the page's folder.
        expect(manifest.lang).toBe(lang);
        expect(manifest.name).toBe(await page.title());
        expect(manifest.short_name.length).toBeLessThanOrEqual(12);
        expect(new URL(manifest.start_url, manifestURL).href).toBe(pageURL);
        expect(new URL(manifest.scope, manifestURL).href).toBe(pageURL);
        expect(manifest.display).toBe("standalone");
        // Every icon it names, and the page's apple-touch-icon, is served and on the folder's
        // service worker's list (so the installed guide has them offline).
        const list = workerFiles(readFileSync(join("dist", folder, "sw.js"), "utf8"));
        expect(list).toContain("manifest.webmanifest");
        const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
        const icons = [...manifest.icons, { src: apple, sizes: "180x180" }];
        expect(manifest.icons.map((icon) => icon.purpose).sort()).toEqual(["any", "any", "any", "maskable"]);
        expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512", "any"]));
        for (const { src, sizes } of icons) {
          const response = await request.get(new URL(src, manifestURL).href);
          expect(response.status(), src).toBe(200);
          expect(response.headers()["content-type"], src).toMatch(/^image\/(png|svg\+xml)/);
          expect(list, `${src} is kept offline`).toContain(src);
          if (sizes !== "any") {
            // A PNG's size, from its header: as the manifest (or iOS, 180 px) says.
            const png = await response.body();
            expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, src).toBe(sizes);
          }
        }
        await page.close();
      });
    }
  }
});

test.describe("asking the browser to keep the answers", () => {
  test("where the browser decides by itself: asked once, after the first saved answer, never on load", async ({ page, guard }) => {
    await browserSide(page, { grants: false });
    await openApp(page, guard);
    expect(await persistCalls(page), "nothing is asked on load").toBe(0);
    // Not kept yet, and the page says so truthfully, with what to do.
    await expect(keepStatus(page)).toHaveText(/This browser may clear your saved answers/);
    await firstAnswer(page);
    await expect.poll(() => persistCalls(page)).toBe(1);
    await page.getByRole("radio", { name: "Federal employee plan (FEHB)" }).check();
    await page.getByRole("radio", { name: "No, it is not urgent" }).check();
    expect(await persistCalls(page), "once a visit").toBe(1);
    await expect(keepStatus(page)).toHaveText(
      "This browser may clear your saved answers, for example when the device runs short of space. Keep a copy of your case file.",
    );
    await expect(keepStatus(page).getByRole("button")).toHaveCount(0);
  });

  test("a browser that grants it: kept until deleted", async ({ page, guard }) => {
    await browserSide(page, { grants: true });
    await openApp(page, guard);
    await firstAnswer(page);
    await expect(keepStatus(page)).toHaveText("This browser keeps your answers until you delete them.");
    expect(await persistCalls(page)).toBe(1);
  });

  test("already kept: said so on load, nothing asked", async ({ page, guard }) => {
    await browserSide(page, { persisted: true, grants: true });
    await openApp(page, guard);
    await expect(keepStatus(page)).toHaveText("This browser keeps your answers until you delete them.");
    await firstAnswer(page);
    expect(await persistCalls(page)).toBe(0);
  });

  test("a browser that would ask the member (Firefox): asked only when they choose, once", async ({ page, guard }) => {
    await browserSide(page, { engine: "firefox", grants: true });
    await openApp(page, guard);
    await firstAnswer(page);
    await page.getByRole("radio", { name: "Federal employee plan (FEHB)" }).check();
    expect(await persistCalls(page), "no prompt the member did not ask for").toBe(0);
    const ask = page.getByRole("button", { name: "Keep my case on this device" });
    await expect(page.getByText("You can ask it to keep yours; it will ask you to allow that.")).toBeVisible();
    await expect(ask).toHaveAccessibleDescription(/You can ask it to keep yours/);
    await tabTo(page, ask, 200);
    await page.keyboard.press("Enter");
    await expect(keepStatus(page)).toHaveText("This browser keeps your answers until you delete them.");
    expect(await persistCalls(page)).toBe(1);
    await expect(ask).toHaveCount(0);
  });

  test("the member refuses the browser's question: told the browser may clear them", async ({ page, guard }) => {
    await browserSide(page, { engine: "firefox", grants: false });
    await openApp(page, guard);
    await page.getByRole("button", { name: "Keep my case on this device" }).click();
    await expect(keepStatus(page)).toHaveText(/^This browser may clear your saved answers/);
    expect(await persistCalls(page)).toBe(1);
  });

  test("no Storage API: nothing is said about it", async ({ page, guard }) => {
    await browserSide(page, { api: false });
    await openApp(page, guard);
    await firstAnswer(page);
    await expect(keepStatus(page)).toHaveText("");
    await expect(page.getByText(/keeps your answers|may clear/)).toHaveCount(0);
    await expect(page.getByTestId("last-copy")).toHaveText("You have not saved a copy of your case yet.");
  });
});

test("Safari: the week-long limit is told once, and how to add the guide in Your saved case", async ({ page, guard }) => {
  await browserSide(page, { engine: "safari", grants: false });
  await openApp(page, guard);
  const limit = "Safari clears saved answers after about a week without a visit. Add the guide to your Home Screen or Dock, or keep your case file.";
  const tools = page.locator(".case-tools");
  await expect(tools.getByText(limit)).toBeVisible();
  await expect(tools.getByText(/tap the Share button, then "Add to Home Screen"/)).toBeVisible();
  await expect(tools.getByText(/save a copy of your case file here first, then open it there/)).toBeVisible();
  // Nothing to lose yet: the one-off note waits for a first answer.
  await expect(reminder(page)).toHaveCount(0);
  await firstAnswer(page);
  // Apple's WebKit decides by itself: asked once, quietly.
  await expect.poll(() => persistCalls(page)).toBe(1);
  await expect(reminder(page)).toHaveText(new RegExp(`^${limit}`));
  await expectAccessible(page, "Safari's note");
  await reminder(page).getByRole("button", { name: "Dismiss this message" }).click();
  await expect(reminder(page)).toHaveText("");
  // Remembered with the case: not shown again after a reload; still in Your saved case.
  await reloadApp(page, guard);
  await expect(heading(page)).toHaveText("Your plan");
  await expect(reminder(page)).toHaveText("");
  await expect(tools.getByText(limit)).toBeVisible();
  // No Install button: Safari makes no install offer.
  await expect(page.getByRole("button", { name: "Install this guide" })).toHaveCount(0);
});

test("Install: a button only when the browser offers to install, which opens the browser's own dialog", async ({ page, guard }) => {
  await openApp(page, guard);
  const install = page.getByRole("button", { name: "Install this guide" });
  await expect(install, "no offer, no button").toHaveCount(0);
  // The browser's offer (Chromium's beforeinstallprompt), as it makes it, once the app runs.
  await page.evaluate(() => {
    window.__prompts = 0;
    const offer = new Event("beforeinstallprompt", { cancelable: true });
    offer.prompt = () => {
      window.__prompts += 1;
      return Promise.resolve({ outcome: "accepted" });
    };
    window.__offer = offer;
    dispatchEvent(offer);
  });
  expect(await page.evaluate(() => window.__offer.defaultPrevented), "the browser's own banner is held back").toBe(true);
  await expect(install).toBeVisible();
  await expect(install).toHaveAccessibleDescription(/install this guide on this device/);
  await install.click();
  expect(await page.evaluate(() => window.__prompts)).toBe(1);
  await expect(install).toHaveCount(0);
  // Installed from the browser's menu instead: the offer goes.
  await page.evaluate(() => dispatchEvent(Object.assign(new Event("beforeinstallprompt"), { prompt() {} })));
  await expect(install).toBeVisible();
  await page.evaluate(() => dispatchEvent(new Event("appinstalled")));
  await expect(install).toHaveCount(0);
});

/** Downloads what `button` saves, as { name, json }. */
async function saved(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button]);
  return { name: download.suggestedFilename(), json: JSON.parse(await readFile(await download.path(), "utf8")) };
}

test("a copy at the moments that matter, once each, by keyboard, announced politely", async ({ page, guard }) => {
  await pinToday(page, "2026-12-08");
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, guard);
  await expect(page.getByTestId("last-copy")).toHaveText("You have not saved a copy of your case yet.");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Kaiser region").selectOption({ label: "Northern California" });
  await pickRadio(page, "plan-type", "Employer or individual HMO");
  // Answers alone are no moment: nothing offered.
  await expect(reminder(page)).toHaveText("");
  await expect(reminder(page)).toHaveAttribute("role", "status");

  // The referral request logged: a copy offered.
  await page.getByRole("navigation", { name: "Steps of the guide" }).getByRole("button", { name: STEPS[3] }).click();
  await expect(heading(page)).toHaveText(STEPS[3]);
  await typeDate(page, "The day you sent your written request", "2026-12-07");
  await expect(reminder(page)).toContainText("You have asked for the referral. Save a copy of your case file now");
  await expectAccessible(page, "the copy offer at 360 px");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no sideways scrolling at 360 px").toBe(0);
  const copy = await saved(page, (async () => {
    await press(page, "Save a copy (download)");
  })());
  expect(copy.name).toBe("second-opinion-case-2026-12-08.json");
  expect(copy.json.case.details.referral.requestedOn).toBe("2026-12-07");
  expect(copy.json.case.details.keeping).toEqual({ lastCopy: "2026-12-08", offered: ["referral-requested"] });
  await expect(reminder(page)).toHaveText("");
  await expect(page.getByTestId("last-copy")).toHaveText("Your last copy was saved to a file on December 8, 2026.");
  // Not twice: more answers after the moment bring no second offer.
  await typeDate(page, "The date of Kaiser's answer", "2026-12-08");
  await expect(reminder(page)).toHaveText("");

  // A denial logged: offered again; put off with "Not now", by keyboard.
  await pickRadio(page, "outcome", "Denied");
  await expect(reminder(page)).toContainText("You have logged Kaiser's denial.");
  await press(page, "Not now");
  await expect(reminder(page)).toHaveText("");

  // The appeal filed: offered once more; and not again after a reload.
  await nextStep(page, STEPS[4]);
  await nextStep(page, STEPS[5]);
  await nextStep(page, STEPS[6]);
  await typeDate(page, "The date printed on the denial letter", "2026-12-08");
  await expect(reminder(page)).toHaveText("", { timeout: 2000 });
  await typeDate(page, "The day you filed your appeal", "2026-12-08");
  await expect(reminder(page)).toContainText("You have filed your appeal.");
  await reloadApp(page, guard);
  await expect(heading(page)).toHaveText(STEPS[6]);
  await expect(reminder(page)).toContainText("You have filed your appeal.");
  await press(page, "Not now");
  await reloadApp(page, guard);
  await expect(heading(page)).toHaveText(STEPS[6]);
  await expect(reminder(page)).toHaveText("");
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), CASE_KEY));
  expect(stored.case.details.keeping.offered).toEqual(["referral-requested", "denied", "appeal-filed"]);
});

test("a deadline within 14 days, with answers changed since the last copy: offered once", async ({ page, guard }) => {
  // A Northern California HMO member denied on December 1, 2026: the appeal window (180 days)
  // closes on May 30, 2027; on May 20 it is 10 days away.
  await pinToday(page, "2027-05-20");
  const saved = {
    app: "second-opinion-navigator",
    schema: 5,
    revision: 3,
    case: {
      plan: { region: "ca-north", planType: "hmo", urgency: "not-urgent" },
      details: {
        referral: { requestedOn: "2026-11-20", outcome: "denied" },
        appeal: { denialLetter: "2026-12-01" },
        keeping: { lastCopy: "2027-05-01", offered: ["referral-requested", "denied"] },
      },
    },
  };
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem(key, value);
      sessionStorage.setItem("seeded", "1");
    }
  }, [CASE_KEY, JSON.stringify(saved)]);
  await openApp(page, guard, "./#/if-denied");
  await expect(heading(page)).toHaveText(STEPS[6]);
  // The copy of May 1 holds everything: nothing offered, however near.
  await expect(reminder(page)).toHaveText("");
  // A change since: the deadline is offered.
  await page.getByRole("navigation", { name: "Steps of the guide" }).getByRole("button", { name: STEPS[3] }).click();
  await typeDate(page, "The date of Kaiser's answer", "2026-12-01");
  await expect(reminder(page)).toContainText("Last day to file your appeal: May 30, 2027.");
  await expect(reminder(page)).toContainText("Your answers have changed since your last copy");
  await press(page, "Not now");
  await expect(reminder(page)).toHaveText("");
  await typeDate(page, "The day you sent your written request", "2026-11-21");
  await expect(reminder(page)).toHaveText("");
});

test.describe("Open my case file, on the welcome screen", () => {
  const caseFile = () => ({
    name: "second-opinion-case-2026-11-02.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify({
        app: "second-opinion-navigator",
        kind: "case-export",
        schema: 5,
        case: {
          plan: { region: "hi", planType: "fehb", urgency: "not-urgent" },
          details: { reasons: { questionedSurgery: true, kaiserDoctorAsked: true } },
        },
      }),
    ),
  });

  test("a browser that lost the case: the file opens it, after asking, where it left off", async ({ page, guard }) => {
    await openApp(page, guard);
    const open = page.getByLabel("Open my case file");
    await expect(open).toHaveAttribute("type", "file");
    // Beside Start, reached by keyboard.
    await tabTo(page, open);
    await expect(page.locator(".start-row label")).toHaveCSS("outline-style", "solid");
    await open.setInputFiles(caseFile());
    const question = page.getByText("Open the case in this file? It will be saved in this browser.");
    await expect(question).toBeVisible();
    await expect(page.getByTestId("import-status")).toBeFocused();
    await expectAccessible(page, "the question after Open my case file");
    await page.getByRole("button", { name: "Yes, open my case" }).click();
    // Plan and reason are done: the case opens at step 3.
    await expect(heading(page)).toHaveText(STEPS[2]);
    await expect(page.getByTestId("one-off-notice")).toContainText("Your answers are now the ones in the file.");
    const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), CASE_KEY));
    expect(stored.case.plan.region).toBe("hi");
  });

  test("chosen on the static first screen before the app ran: opened when it starts", async ({ page, guard }) => {
    // Hold the app's download until the file is chosen on the static screen.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    guard.expectLoad();
    await page.goto("./");
    await expect(page.locator("html")).toHaveClass(/\bjs\b/);
    await page.locator("#open-case-file").setInputFiles(caseFile());
    release();
    await guard.settled(page);
    await expect(page.getByText("Open the case in this file? It will be saved in this browser.")).toBeVisible();
    await page.getByRole("button", { name: "Yes, open my case" }).click();
    await expect(heading(page)).toHaveText(STEPS[2]);
  });

  test("without JavaScript it is not shown", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("./");
    await expect(page.locator("#open-case-file")).toBeHidden();
    await expect(page.getByText("Open my case file")).toBeHidden();
    await context.close();
  });
});

test("in Spanish: the offers, the browser's answer and Open my case file", async ({ page, guard }) => {
  await pinToday(page, "2026-12-08");
  await browserSide(page, { grants: true });
  await openApp(page, guard, "es/#/?lang=es");
  await expect(page.getByText("Abrir el archivo de mi caso")).toBeVisible();
  await expect(page.getByTestId("last-copy")).toHaveText("Todavía no ha guardado una copia de su caso.");
  await page.getByRole("button", { name: "Comenzar" }).click();
  await page.getByLabel("Región de Kaiser").selectOption({ index: 1 });
  await expect(keepStatus(page)).toHaveText("Este navegador conserva sus respuestas hasta que usted las borre.");
  await page.getByRole("navigation", { name: "Pasos de la guía" }).getByRole("button", { name: "Pida el referido" }).click();
  await typeDate(page, "El día en que envió su solicitud por escrito", "2026-12-07");
  await expect(reminder(page)).toContainText("Ya pidió el referido.");
  await expectAccessible(page, "the Spanish copy offer");
  const copy = await saved(page, page.getByRole("button", { name: "Guardar una copia (descargar)" }).click());
  expect(copy.name).toBe("second-opinion-case-2026-12-08.json");
  await expect(page.getByTestId("last-copy")).toHaveText("Guardó la última copia en un archivo el 8 de diciembre de 2026.");
});
