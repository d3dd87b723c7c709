// The address as the app's history and as a link (issue 12; the design is src/link.rs and the
// README's "Links"): each step is an entry, so Back and Forward move between steps and a reload
// keeps the step; a link's presets fill only empty answers and go from the address once used;
// where they differ from saved answers the member is told once and chooses; garbage is ignored
// without a word; an accent colour is applied only if it has the contrast, in the light scheme;
// the skip link leaves the address alone.
import {
  test,
  expect,
  APP_ORIGIN,
  openApp,
  reloadApp,
  expectAccessible,
  ourStorageKeys,
  STORAGE_PREFIX,
} from "./fixtures.mjs";

const heading = (page) => page.locator("h1");
const region = (page) => page.getByLabel("Kaiser region");
const oneOff = (page) => page.getByTestId("one-off-notice");
const start = (page) => page.getByRole("button", { name: "Start", exact: true });
const next = (page, title) => page.getByRole("button", { name: `Next: ${title}`, exact: true });
const at = (fragment) => `${APP_ORIGIN}/${fragment}`;
const savedPlan = async (page) =>
  JSON.parse((await page.evaluate((k) => localStorage.getItem(k), `${STORAGE_PREFIX}case`)) ?? "{}")
    .case?.plan;

/** Opens `link` as a new page load, as a link from elsewhere would (a `goto` that changes only
 *  the fragment of the open page would be a move within it, not an opening). */
async function openLink(page, guard, link) {
  await page.goto("about:blank");
  await openApp(page, guard, link);
}

/** The step's heading is shown and has focus. */
async function onStep(page, title) {
  await expect(heading(page)).toHaveText(title);
  await expect(page.locator("#screen-heading")).toBeFocused();
}

test("Back and Forward move between steps, and a reload keeps the step and the answers", async ({
  page,
  guard,
}) => {
  await openApp(page, guard);
  await expect(page).toHaveURL(at(""));
  await start(page).click();
  await onStep(page, "Your plan");
  await expect(page).toHaveURL(at("#/plan"));
  await region(page).selectOption({ label: "Georgia" });
  await next(page, "Your reason").click();
  await onStep(page, "Your reason");
  await expect(page).toHaveURL(at("#/reason"));
  await next(page, "Your case for an outside referral").click();
  await onStep(page, "Your case for an outside referral");
  await expect(page).toHaveURL(at("#/case"));

  await page.goBack();
  await onStep(page, "Your reason");
  await expect(page).toHaveURL(at("#/reason"));
  await page.goBack();
  await onStep(page, "Your plan");
  await expect(page).toHaveURL(at("#/plan"));
  await expect(region(page)).toHaveValue("ga");
  await page.goForward();
  await onStep(page, "Your reason");
  await expect(page).toHaveURL(at("#/reason"));

  await reloadApp(page, guard);
  await onStep(page, "Your reason");
  await expect(page).toHaveURL(at("#/reason"));
  // The history survives the reload too.
  await page.goBack();
  await onStep(page, "Your plan");
  await expect(region(page)).toHaveValue("ga");

  // Back from the first step is the welcome screen, where the member started.
  await page.goBack();
  await expect(heading(page)).toHaveText("Get a second opinion from a doctor outside Kaiser");
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveURL(at(""));
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
});

test("the progress list and the summary are history entries too", async ({ page, guard }) => {
  await openApp(page, guard);
  await start(page).click();
  const steps = page.getByRole("navigation", { name: "Steps of the guide" });
  await steps.getByRole("button", { name: "Costs" }).click();
  await onStep(page, "Costs");
  await expect(page).toHaveURL(at("#/costs"));
  await page.goBack();
  await onStep(page, "Your plan");
  await page.goForward();
  await onStep(page, "Costs");
  await reloadApp(page, guard);
  await onStep(page, "Costs");
  await expect(page).toHaveURL(at("#/costs"));

  await steps.getByRole("button", { name: "Your timeline and contact log" }).click();
  await onStep(page, "Your timeline and contact log");
  await expect(page).toHaveURL(at("#/timeline"));
  await page.getByRole("button", { name: "Your case summary, to print" }).click();
  await onStep(page, "Your case summary");
  await expect(page).toHaveURL(at("#/summary"));
  await reloadApp(page, guard);
  await onStep(page, "Your case summary");
  await page.goBack();
  await onStep(page, "Your timeline and contact log");
  await page.goBack();
  await onStep(page, "Costs");
});

test("a preset link in a fresh browser fills the answers, then leaves the address", async ({
  page,
  guard,
}) => {
  await openApp(page, guard, "./#/plan?region=co&plan=hmo");
  await onStep(page, "Your plan");
  await expect(region(page)).toHaveValue("co");
  await expect(region(page).locator("option:checked")).toHaveText("Colorado");
  await expect(page.getByRole("radio", { name: "Employer or individual HMO" })).toBeChecked();
  // The presets are used once, then gone from the address; nothing is said about them.
  await expect(page).toHaveURL(at("#/plan"));
  await expect(oneOff(page)).toHaveCount(0);
  expect(await savedPlan(page)).toMatchObject({ region: "co", planType: "hmo" });

  // A change since, and a reload: the presets do not come back (no notice, the change kept).
  await region(page).selectOption({ label: "Hawaii" });
  await reloadApp(page, guard);
  await onStep(page, "Your plan");
  await expect(page).toHaveURL(at("#/plan"));
  await expect(region(page)).toHaveValue("hi");
  await expect(page.getByRole("radio", { name: "Employer or individual HMO" })).toBeChecked();
  await expect(oneOff(page)).toHaveCount(0);
  // The preset link's entry was replaced, not stacked on: Back does not return to it.
  await page.goBack();
  expect(page.url()).not.toContain("region=");
});

test("plan=medi-cal is Medicaid, as California members call it", async ({ page, guard }) => {
  await openApp(page, guard, "./#/plan?region=ca-north&plan=medi-cal");
  await onStep(page, "Your plan");
  await expect(region(page)).toHaveValue("ca-north");
  await expect(page.getByRole("radio", { name: "Medi-Cal" })).toBeChecked();
  await expect(page).toHaveURL(at("#/plan"));
  await expect(oneOff(page)).toHaveCount(0);
  expect(await savedPlan(page)).toMatchObject({ region: "ca-north", planType: "medicaid" });
});

test("with saved answers a preset link fills only the empty ones, and says once that it differs", async ({
  page,
  guard,
}) => {
  await openApp(page, guard);
  await start(page).click();
  await region(page).selectOption({ label: "Hawaii" });
  expect(await savedPlan(page)).toEqual({ region: "hi" });

  // The same region: nothing to say. The plan type was empty, so the link fills it.
  await openLink(page, guard, "./#/plan?region=hi&plan=fehb");
  await expect(region(page)).toHaveValue("hi");
  await expect(page.getByRole("radio", { name: "Federal employee plan (FEHB)" })).toBeChecked();
  await expect(oneOff(page)).toHaveCount(0);
  await expect(page).toHaveURL(at("#/plan"));

  // A different region: Hawaii stays, and the member is told.
  await openLink(page, guard, "./#/plan?region=co");
  await onStep(page, "Your plan");
  await expect(region(page)).toHaveValue("hi");
  await expect(oneOff(page)).toContainText("This link is set up for a different region");
  await expect(oneOff(page)).toContainText("Your answers are kept unless you choose the link's");
  await expect(page).toHaveURL(at("#/plan"));
  expect(await savedPlan(page)).toEqual({ region: "hi", planType: "fehb" });
  await expectAccessible(page, "the notice that a link's answers differ");

  // Told once: a reload before choosing does not tell again, and changes nothing.
  await reloadApp(page, guard);
  await expect(oneOff(page)).toHaveCount(0);
  await expect(region(page)).toHaveValue("hi");

  // Keep my answers.
  await openLink(page, guard, "./#/plan?region=co");
  await expect(oneOff(page)).toContainText("set up for a different region");
  await oneOff(page).getByRole("button", { name: "Keep my answers" }).click();
  await expect(oneOff(page)).toHaveCount(0);
  await expect(region(page)).toHaveValue("hi");
  expect(await savedPlan(page)).toEqual({ region: "hi", planType: "fehb" });
  await reloadApp(page, guard);
  await expect(oneOff(page)).toHaveCount(0);
  await expect(region(page)).toHaveValue("hi");

  // Use the link's answers: only what the link said changes, and it is saved.
  await openLink(page, guard, "./#/plan?region=co");
  await expect(region(page)).toHaveValue("hi");
  await oneOff(page).getByRole("button", { name: "Use the link's answers" }).click();
  await expect(oneOff(page)).toHaveCount(0);
  await expect(region(page)).toHaveValue("co");
  await expect(page.getByRole("radio", { name: "Federal employee plan (FEHB)" })).toBeChecked();
  expect(await savedPlan(page)).toEqual({ region: "co", planType: "fehb" });
  await reloadApp(page, guard);
  await expect(oneOff(page)).toHaveCount(0);
  await expect(region(page)).toHaveValue("co");
});

test("a link's different plan type is offered too, on the welcome screen as well", async ({
  page,
  guard,
}) => {
  await openApp(page, guard);
  await start(page).click();
  await page.getByRole("radio", { name: "Federal employee plan (FEHB)" }).check();
  await openLink(page, guard, "./#/?plan=hmo&region=wa");
  await expect(start(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeVisible();
  await expect(page).toHaveURL(at("#/"));
  await expect(oneOff(page)).toContainText("kind of plan");
  // The empty region was filled all the same.
  expect(await savedPlan(page)).toEqual({ region: "wa", planType: "fehb" });
  await expectAccessible(page, "the differing-link notice on the welcome screen");
  await oneOff(page).getByRole("button", { name: "Use the link's answers" }).click();
  expect(await savedPlan(page)).toEqual({ region: "wa", planType: "hmo" });
});

test.describe("garbage in the address is ignored without a word", () => {
  const cases = [
    {
      name: "unknown codes and a bad embed value",
      link: "#/plan?region=atlantis&plan=gold&embed=yes",
      step: "Your plan",
      after: "#/plan",
    },
    {
      name: "an unknown region, on a named step",
      link: "#/costs?region=atlantis",
      step: "Costs",
      after: "#/costs",
    },
    { name: "a javascript: colour", link: "#/?accent=javascript:alert(1)", after: "#/" },
    { name: "a CSS expression for a colour", link: "#/?accent=url(https://example.org/x)", after: "#/" },
    {
      // Well formed, so the address keeps it as the link said, but never used (white text on
      // it would be 1.1:1).
      name: "a colour too light for white text",
      link: "#/plan?accent=ffff00",
      step: "Your plan",
      after: "#/plan?accent=ffff00",
    },
    { name: "a fragment over 512 characters", link: `#/costs?${"x".repeat(5000)}`, after: "#/" },
    {
      // Ignored whole: its good parts too, the accent among them.
      name: "a fragment over 512 characters that starts with good parts",
      link: `#/costs?region=co&embed=1&accent=4b2c83&${"x".repeat(600)}`,
      after: "#/",
    },
    { name: "a query without its question mark", link: "#/plan&accent=4b2c83&embed=1&region=co", after: "#/" },
    { name: "an unknown screen", link: "#/nowhere", after: "#/" },
    {
      name: "percent-encoded junk",
      link: "#/%70lan?region=%63o&%00=%ff&plan=%3Cscript%3E&accent=%2523zzzzzz&lang=%E2%80%AE",
      after: "#/",
    },
    {
      name: "keys without values, empty pairs and repeated question marks",
      link: "#/plan??&&region&=co&plan==hmo&embed&accent=#4b2c83#",
      step: "Your plan",
      after: "#/plan",
    },
  ];
  for (const { name, link, step, after } of cases) {
    test(name, async ({ page, guard }) => {
      await openApp(page, guard, `./${link}`);
      if (step) {
        await onStep(page, step);
      } else {
        await expect(heading(page)).toHaveText("Get a second opinion from a doctor outside Kaiser");
        await expect(start(page)).toBeVisible();
      }
      await expect(page).toHaveURL(at(after));
      await expect(oneOff(page)).toHaveCount(0);
      await expect(page.getByTestId("storage-notice")).toHaveCount(0);
      // No answer was set, so nothing was saved; the page looks and speaks as it always does.
      expect(await ourStorageKeys(page)).toEqual([]);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator("html")).not.toHaveClass(/\bembed\b/);
      await expect(page.locator(".app-header")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.style.getPropertyValue("--preset-accent"))).toBe("");
      await page.mouse.move(0, 0);
      await expect(page.locator("button.primary").first()).toHaveCSS("background-color", "rgb(31, 95, 139)");
      // And the app works: the first step's answers can be given, and are saved.
      if (!step) await start(page).click();
      else if (step !== "Your plan") {
        await page.getByRole("navigation", { name: "Steps of the guide" }).getByRole("button", { name: "Your plan" }).click();
      }
      await onStep(page, "Your plan");
      await region(page).selectOption({ label: "Georgia" });
      expect(await savedPlan(page)).toEqual({ region: "ga" });
    });
  }
});

test.describe("an accent colour", () => {
  test("is applied in the light scheme and stays in the address from step to step", async ({
    page,
    guard,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await openApp(page, guard, "./#/?accent=4b2c83");
    await expect(page).toHaveURL(at("#/?accent=4b2c83"));
    await page.mouse.move(0, 0);
    await expect(start(page)).toHaveCSS("background-color", "rgb(75, 44, 131)");
    await start(page).click();
    await onStep(page, "Your plan");
    await expect(page).toHaveURL(at("#/plan?accent=4b2c83"));
    await next(page, "Your reason").click();
    await onStep(page, "Your reason");
    await expect(page).toHaveURL(at("#/reason?accent=4b2c83"));
    await page.mouse.move(0, 0);
    await expect(next(page, "Your case for an outside referral")).toHaveCSS(
      "background-color",
      "rgb(75, 44, 131)",
    );
    await page.goBack();
    await onStep(page, "Your plan");
    await expect(page).toHaveURL(at("#/plan?accent=4b2c83"));
    await reloadApp(page, guard);
    await onStep(page, "Your plan");
    await expect(page).toHaveURL(at("#/plan?accent=4b2c83"));
    await page.mouse.move(0, 0);
    await expect(next(page, "Your reason")).toHaveCSS("background-color", "rgb(75, 44, 131)");
    await expectAccessible(page, "Your plan in the link's accent");
  });

  test("written with a '#' (as %23) or in capitals it is accepted too, and written as six digits", async ({
    page,
    guard,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await openApp(page, guard, "./#/plan?accent=%234B2C83");
    await expect(page).toHaveURL(at("#/plan?accent=4b2c83"));
    await page.mouse.move(0, 0);
    await expect(next(page, "Your reason")).toHaveCSS("background-color", "rgb(75, 44, 131)");
  });

  test("is not used in the dark scheme, which keeps its own light accent", async ({ page, guard }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openApp(page, guard, "./#/plan?accent=4b2c83");
    await expect(page).toHaveURL(at("#/plan?accent=4b2c83"));
    await page.mouse.move(0, 0);
    await expect(next(page, "Your reason")).toHaveCSS("background-color", "rgb(124, 184, 230)");
    await expectAccessible(page, "Your plan in the dark scheme with a link's accent");
  });

  test("without enough contrast it is not used: the default accent, the address as the link said", async ({
    page,
    guard,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    // White text on #777777 is 4.48:1, just under AA.
    await openApp(page, guard, "./#/plan?accent=777777");
    await expect(page).toHaveURL(at("#/plan?accent=777777"));
    await page.mouse.move(0, 0);
    await expect(next(page, "Your reason")).toHaveCSS("background-color", "rgb(31, 95, 139)");
  });

  test("the last well-formed one counts, as in src/link.rs", async ({ page, guard }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await openApp(page, guard, "./#/plan?accent=1f5f8b&accent=4b2c83&accent=red");
    await expect(page).toHaveURL(at("#/plan?accent=4b2c83"));
    await page.mouse.move(0, 0);
    await expect(next(page, "Your reason")).toHaveCSS("background-color", "rgb(75, 44, 131)");
  });
});

test("the skip link moves focus and leaves the address, so Back, Forward and reload keep working", async ({
  page,
  guard,
}) => {
  await openApp(page, guard, "./#/plan?embed=1");
  await onStep(page, "Your plan");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toHaveAttribute("href", "#main");
  await skip.focus();
  await page.keyboard.press("Enter");
  // Focus is on the main content; the address still names the step and the look.
  await expect(page.locator("main#main")).toBeFocused();
  await expect(page).toHaveURL(at("#/plan?embed=1"));
  await expect(heading(page)).toHaveText("Your plan");

  await next(page, "Your reason").click();
  await onStep(page, "Your reason");
  await expect(page).toHaveURL(at("#/reason?embed=1"));
  await page.goBack();
  await onStep(page, "Your plan");
  await page.goForward();
  await onStep(page, "Your reason");

  await skip.focus();
  await page.keyboard.press("Enter");
  await reloadApp(page, guard);
  await onStep(page, "Your reason");
  await expect(page).toHaveURL(at("#/reason?embed=1"));
  await expect(page.locator("html")).toHaveClass(/\bembed\b/);
});
