// Keyboard-only helpers for walking the journey, and the per-step checks every persona runs:
// axe at 1280 px and 360 px, no sideways scrolling on the phone, and a screenshot at each width.
import { expect, tabTo, expectAccessible } from "./fixtures.mjs";

export const heading = (page) => page.locator("h1");

/** Every step's heading, in journey order. */
export const STEPS = [
  "Your plan",
  "Your reason",
  "Your case for an outside referral",
  "Ask for the referral",
  "Costs",
  "Your medical records",
  "If the referral is denied",
  "Your timeline and contact log",
];
export const nextLine = (page) => page.getByTestId("next-step");

const MAX = 160;

/** Tabs to a button by its name and presses Enter. */
export async function press(page, name) {
  const button = page.getByRole("button", { name, exact: true });
  await tabTo(page, button, MAX);
  await page.keyboard.press("Enter");
}

/** Goes to the next step with its "Next" button; the new heading must take focus. */
export async function nextStep(page, title) {
  await press(page, `Next: ${title}`);
  await expect(heading(page)).toHaveText(title);
  await expect(heading(page)).toBeFocused();
}

/** Chooses a radio by keyboard: Tab into its group, then arrow keys until it is checked. */
export async function pickRadio(page, group, label) {
  const radios = page.locator(`input[type="radio"][name="${group}"]`);
  const target = page
    .getByRole("radio", { name: label, exact: true })
    .and(page.locator(`[name="${group}"]`));
  const checked = page.locator(`input[type="radio"][name="${group}"]:checked`);
  const entry = (await checked.count()) > 0 ? checked : radios.first();
  await tabTo(page, entry, MAX);
  if (!(await entry.isChecked())) await page.keyboard.press("Space");
  const count = await radios.count();
  for (let i = 0; i < count && !(await target.isChecked()); i += 1) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(target).toBeChecked();
}

/** Ticks a checkbox by keyboard. */
export async function tick(page, label) {
  const box = page.getByRole("checkbox", { name: label });
  await tabTo(page, box, MAX);
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
}

/** Types into a text field (after clearing it) by keyboard. */
export async function typeInto(page, label, text) {
  const field = page.getByLabel(label, { exact: true });
  await tabTo(page, field, MAX);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Types a date into a native date input, as a member would: month, day, year. */
export async function typeDate(page, label, iso) {
  const [y, m, d] = iso.split("-");
  const field = page.getByLabel(label, { exact: true });
  await tabTo(page, field, MAX);
  await page.keyboard.type(`${m}${d}${y}`);
  await expect(field).toHaveValue(iso);
}

/** Picks an option of a native select by typing its first letters. */
export async function typeSelect(page, label, text, value) {
  const select = page.getByLabel(label, { exact: true });
  await tabTo(page, select, MAX);
  await page.keyboard.type(text);
  await expect(select).toHaveValue(value);
}

/** Opens a <details> disclosure by keyboard. */
export async function openDetails(page, summary) {
  await tabTo(page, summary, MAX);
  await page.keyboard.press("Enter");
}

/** axe at 1280 px and 360 px, no sideways scroll at 360 px, and a screenshot at each width. */
export async function checkStep(page, persona, step) {
  const name = `${persona}-${step}`;
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, `${name} at 1280 px`);
  await page.screenshot({ path: `tests/e2e/output/screens/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name}: no sideways scrolling at 360 px`).toBe(0);
  await expectAccessible(page, `${name} at 360 px`);
  await page.screenshot({ path: `tests/e2e/output/screens/${name}-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Pins "today" in the browser's clock (local time), before the app loads. */
export async function pinToday(page, iso) {
  await page.clock.setFixedTime(new Date(`${iso}T12:00:00`));
}
