// The walking skeleton: welcome → "Your plan" by keyboard alone, answers survive a reload,
// delete really deletes, storage problems are told plainly, every screen passes axe.
import {
  test,
  expect,
  openApp,
  reloadApp,
  tabTo,
  expectAccessible,
  ourStorageKeys,
  STORAGE_PREFIX,
} from "./fixtures.mjs";

const heading = (page) => page.locator("h1");

test("welcome screen explains the tool and the privacy promise", async ({ page, guard }) => {
  await openApp(page, guard);
  await expect(heading(page)).toHaveText("Get a second opinion from a doctor outside Kaiser");
  await expect(page.getByText("Nothing is sent anywhere")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await expect(page.getByText("not legal or medical advice")).toBeVisible();
  await expectAccessible(page, "the welcome screen");
});

test("welcome to Your plan by keyboard alone", async ({ page, guard }) => {
  await openApp(page, guard);

  await tabTo(page, page.getByRole("button", { name: "Start" }));
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText("Your plan");
  await expect(heading(page)).toBeFocused();

  const region = page.getByLabel("Kaiser region");
  await tabTo(page, region);
  // Typing a name's first letters picks it in a focused native select.
  await page.keyboard.type("Southern");
  await expect(region).toHaveValue("ca-south");

  const firstPlan = page.getByRole("radio", { name: "Employer or individual HMO" });
  await tabTo(page, firstPlan);
  await page.keyboard.press("Space");
  await expect(firstPlan).toBeChecked();
  // Arrow keys move through a radio group and choose as they go.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Medi-Cal" })).toBeChecked();

  const urgent = page.getByRole("radio", { name: "Yes, it is urgent" });
  await tabTo(page, urgent);
  await page.keyboard.press("Space");
  await expect(urgent).toBeChecked();

  await expectAccessible(page, "Your plan, answered");

  await tabTo(page, page.getByRole("button", { name: "Back to the start page" }));
  await page.keyboard.press("Enter");
  await expect(heading(page)).toBeFocused();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
});

test("a California-only plan outside California is questioned", async ({ page, guard }) => {
  await openApp(page, guard);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Kaiser region").selectOption({ label: "Colorado" });
  await page.getByRole("radio", { name: "Covered California" }).check();
  await expect(page.getByRole("status").filter({ hasText: "only in California" })).toBeVisible();
  await page.getByLabel("Kaiser region").selectOption({ label: "Northern California" });
  await expect(page.getByText("only in California")).toBeHidden();
});

test("answers survive a reload, under one versioned key", async ({ page, guard }) => {
  await openApp(page, guard);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Kaiser region").selectOption({ label: "Oregon / Southwest Washington" });
  await page.getByRole("radio", { name: "Federal employee plan (FEHB)" }).check();
  await page.getByRole("radio", { name: "No, it is not urgent" }).check();

  const keys = await ourStorageKeys(page);
  expect(keys).toEqual([`${STORAGE_PREFIX}case`]);
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), keys[0]);
  expect(saved).toMatchObject({
    app: "second-opinion-navigator",
    schema: 5,
    case: { plan: { region: "northwest", planType: "fehb", urgency: "not-urgent" } },
  });

  // A reload keeps the step (its address is #/plan) and the answers.
  await reloadApp(page, guard);
  await expect(page.locator("h1")).toHaveText("Your plan");
  await expect(page.getByLabel("Kaiser region")).toHaveValue("northwest");
  await expect(page.getByRole("radio", { name: "Federal employee plan (FEHB)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "No, it is not urgent" })).toBeChecked();

  // Opened again at its bare address, the app offers to continue.
  await openApp(page, guard, "./");
  await page.getByRole("button", { name: "Continue where you left off" }).click();
  // The plan is complete, so Continue opens the first unfinished step.
  await expect(page.locator("h1")).toHaveText("Your reason");
  const steps = page.getByRole("navigation", { name: "Steps of the guide" });
  await steps.getByRole("button", { name: "Your plan" }).click();
  await expect(page.getByLabel("Kaiser region")).toHaveValue("northwest");
  await expect(page.getByRole("radio", { name: "Federal employee plan (FEHB)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "No, it is not urgent" })).toBeChecked();
});

test("delete asks first, then really deletes", async ({ page, guard }) => {
  await openApp(page, guard);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Kaiser region").selectOption({ label: "Hawaii" });
  expect(await ourStorageKeys(page)).toHaveLength(1);

  await page.getByRole("button", { name: "Delete everything" }).click();
  await expect(page.getByText("This cannot be undone")).toBeVisible();
  await expectAccessible(page, "the delete confirmation");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Delete everything" })).toBeFocused();
  expect(await ourStorageKeys(page)).toHaveLength(1);

  await page.getByRole("button", { name: "Delete everything" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(page.getByText("Everything this guide saved on this device was deleted.")).toBeVisible();
  await expect(page.getByLabel("Kaiser region")).toHaveValue("");
  expect(await ourStorageKeys(page)).toEqual([]);

  // A reload keeps the step, still empty; the bare address is a fresh start.
  await reloadApp(page, guard);
  await expect(heading(page)).toHaveText("Your plan");
  await expect(page.getByLabel("Kaiser region")).toHaveValue("");
  await openApp(page, guard, "./");
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue where you left off" })).toHaveCount(0);
  expect(await ourStorageKeys(page)).toEqual([]);
});

test("blocked storage: the app works and says answers will not be kept", async ({ page, guard }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("blocked for this test", "SecurityError");
      },
    });
  });
  await openApp(page, guard);
  await expect(page.getByTestId("storage-notice")).toContainText("not letting us save");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByLabel("Kaiser region").selectOption({ label: "Georgia" });
  await expect(page.getByLabel("Kaiser region")).toHaveValue("ga");
  await expectAccessible(page, "Your plan without storage");
});

test("an unreadable saved value is kept aside and the user is told", async ({ page, guard }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem(key, "{this is not json");
    }
  }, `${STORAGE_PREFIX}case`);
  await openApp(page, guard);
  // Storage v2 keeps the unreadable value and opens read-only until the member starts fresh.
  await expect(page.getByTestId("storage-notice")).toContainText("could not read");
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  const kept = await page.evaluate(
    (key) => localStorage.getItem(key),
    `${STORAGE_PREFIX}case-unreadable`,
  );
  expect(kept).toBe("{this is not json");
  await expectAccessible(page, "the unreadable-save notice");
});

test("readable and usable on a 360 px wide phone", async ({ page, guard }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, guard);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  await expectAccessible(page, "the welcome screen at 360 px");
  await page.getByRole("button", { name: "Start" }).click();
  expect(await overflow()).toBe(0);
  await expectAccessible(page, "Your plan at 360 px");
  await page.screenshot({ path: "tests/e2e/output/plan-360.png", fullPage: true });
});
