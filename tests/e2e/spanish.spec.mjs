// Español: persona (a) of the journey walked entirely in Spanish by keyboard (axe and no
// sideways scrolling at 1280 and 360 px on every step), its calendar file and printable summary
// in Spanish, the language switch keeping every answer
// both ways, a Spanish-preferring browser getting Spanish on a first visit, the saved choice,
// the warning when answers live only in the page, and a letter in the other language on that
// language's page. The Spanish words are read from the tables themselves (each file of
// src/i18n/es mirrors its English file literal for literal, which tests/i18n_tables.rs holds),
// so a label found here is the table's; dates and filled sentences are written out by hand.
import { readFileSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { join } from "node:path";
import { test, expect, openApp, tabTo, ourStorageKeys } from "./fixtures.mjs";
import {
  heading,
  nextLine,
  press,
  pickRadio,
  tick,
  typeInto,
  typeSelect,
  checkStep,
  pinToday,
  STEPS,
} from "./journey-helpers.mjs";

/** The string literals of a Rust table file, in order, without its comment lines. */
function literals(source) {
  const code = source
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
  return [...code.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map(([, body]) =>
    body.replace(/\\(.)/g, (_, c) => (c === "n" ? "\n" : c)),
  );
}

const TABLES = "src/i18n";
const SPANISH = new Map();
for (const name of readdirSync(join(TABLES, "en"))) {
  const en = literals(readFileSync(join(TABLES, "en", name), "utf8"));
  const es = literals(readFileSync(join(TABLES, "es", name), "utf8"));
  en.forEach((text, i) => SPANISH.set(text, es[i]));
}

/** The Spanish table's words for the English table's `text`. */
function es(text) {
  const found = SPANISH.get(text);
  if (!found) throw new Error(`no Spanish for ${JSON.stringify(text)}`);
  return found;
}

const ES_STEPS = STEPS.map(es);
const row = (page, id) => page.getByTestId(id);

/** A date typed as a US Spanish (es-US) browser orders its field: month, day, year, as US forms do. */
async function fecha(page, label, iso) {
  const [y, m, d] = iso.split("-");
  const field = page.getByLabel(label, { exact: true });
  await tabTo(page, field, 160);
  await page.keyboard.type(`${m}${d}${y}`);
  await expect(field).toHaveValue(iso);
}

/** The next step, by its button ("Siguiente: …"); its heading must take focus. */
async function siguiente(page, title) {
  await press(page, es("Next: {step}").replace("{step}", title));
  await expect(heading(page)).toHaveText(title);
  await expect(heading(page)).toBeFocused();
}

test.describe("a Spanish-speaking browser", () => {
  test.use({ locale: "es-US", timezoneId: "America/Los_Angeles" });

  test("(a) en español: Northern California HMO member questioning a surgery, by keyboard", async ({
    page,
    guard,
  }) => {
    const who = "es-a-norcal-hmo";
    await pinToday(page, "2026-02-10");
    // The English address: the browser prefers Spanish, so the Spanish page opens.
    await openApp(page, guard);
    await expect(page).toHaveURL(/\/es\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page).toHaveTitle(es("Second Opinion Navigator"));
    await expect(heading(page)).toHaveText(es("Get a second opinion from a doctor outside Kaiser"));
    await press(page, es("Start"));
    await expect(heading(page)).toHaveText(ES_STEPS[0]);
    await expect(heading(page)).toBeFocused();

    // 1. Su plan
    await typeSelect(page, es("Kaiser region"), "Norte", "ca-north");
    await pickRadio(page, "plan-type", es("Employer or individual HMO"));
    await pickRadio(page, "urgency", es("No, it is not urgent"));
    await checkStep(page, who, "1-plan");

    // 2. Su motivo
    await siguiente(page, ES_STEPS[1]);
    await tick(page, es("My doctor recommends surgery, and I question whether it is needed."));
    await pickRadio(page, "doctor-asked", es("Yes"));
    await pickRadio(page, "in-network-opinion", "No");
    await expect(row(page, "ca-reason-0")).toContainText(es("Applies"));
    await checkStep(page, who, "2-reason");

    // 3. Sus razones: 16 business days against the rule's 15.
    await siguiente(page, ES_STEPS[2]);
    await pickRadio(page, "specialist", es("Yes"));
    await fecha(page, es("The day you asked for a specialist appointment"), "2026-01-05");
    await fecha(page, es("The earliest appointment Kaiser offered"), "2026-01-28");
    await expect(row(page, "ground-1")).toContainText(es("May apply"));
    await expect(row(page, "ground-1")).toContainText("16 días hábiles (23 días)");
    await expect(page.getByTestId("strength")).toHaveText(
      es("Possible: a ground may apply. Kaiser decides, and the evidence below helps."),
    );
    await checkStep(page, who, "3-case");

    // 4. Pida el referido: the letter in Spanish, with the member's name and Spanish dates.
    await siguiente(page, ES_STEPS[3]);
    await typeInto(page, es("Your name"), "Ana Pérez");
    await typeInto(page, es("The outside doctor or center you want to see"), "UCSF Urology");
    const letter = page.getByLabel(es("Request for an outside referral"));
    await expect(letter).toHaveValue(/Ana Pérez/);
    await expect(letter).toHaveValue(/28 de enero de 2026/);
    await fecha(page, es("The day you sent your written request"), "2026-02-02");
    await pickRadio(page, "outcome", es("Waiting for an answer"));
    await expect(row(page, "referral-expected")).toContainText("9 de febrero de 2026");
    await expect(row(page, "referral-follow-up")).toContainText("16 de febrero de 2026");
    await expect(nextLine(page)).toContainText("9 de febrero de 2026");
    // Kaiser's Member Services with its Spanish line, and the office's English name said as English.
    await expect(page.getByRole("link", { name: "1-800-788-0616" })).toHaveAttribute("href", "tel:18007880616");
    await expect(page.getByText("Kaiser Permanente California Member Services")).toHaveAttribute("lang", "en");
    await checkStep(page, who, "4-ask");

    // 5. Costos: amounts stay US dollars.
    await siguiente(page, ES_STEPS[4]);
    await pickRadio(page, "share-in-network", es("A copay (a fixed amount per visit, like $30)"));
    await typeInto(page, es("Your copay for a Kaiser specialist visit"), "$30");
    await typeInto(page, es("Consultation fee"), "$1,200");
    await typeInto(page, es("Pathology slide review"), "250.5O");
    await expect(page.locator("#pay-pathology-error")).toContainText(
      es("We could not read this as an amount of money. Type numbers only, like 1200 or $1,200.50."),
    );
    await typeInto(page, es("Pathology slide review"), "250.50");
    await expect(row(page, "cost-referral").locator(".member")).toHaveText("$30.00");
    await expect(row(page, "cost-self-pay").locator(".member")).toHaveText("$1,450.50");
    await checkStep(page, who, "5-costs");

    // 6. Expedientes médicos: 5 business days before Monday, March 16.
    await siguiente(page, ES_STEPS[5]);
    await fecha(page, es("The date of your appointment with the outside doctor"), "2026-03-16");
    await expect(row(page, "records-by")).toContainText("9 de marzo de 2026");
    await expect(row(page, "records-legal")).toContainText("1 de marzo de 2026");
    await checkStep(page, who, "6-records");

    // 7. Si le niegan el referido: the route ahead of time, in the agencies' own Spanish terms.
    await siguiente(page, ES_STEPS[6]);
    await expect(page.getByTestId("second-step")).toContainText("Revisión Médica Independiente (IMR)");
    await checkStep(page, who, "7-if-denied");

    // 8. Fechas y registro de contactos.
    await siguiente(page, ES_STEPS[7]);
    await expect(row(page, "timeline-referral-follow-up")).toContainText("16 de febrero de 2026");
    await press(page, es("Add a contact to the log"));
    await checkStep(page, who, "8-timeline");
    // The calendar file in Spanish, read back by an independent parser.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      press(page, es("Add these dates to your calendar (.ics)")),
    ]);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), "utf8")));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(es("My second opinion: dates"));
    const followUp = calendar
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .find((e) => e.startDate.toString() === "2026-02-16");
    expect(followUp?.description).toContain("16 de febrero de 2026");
    expect(followUp?.description).toContain(
      es("If a letter from your plan gives a different date, go by the letter."),
    );
    // The printable summary, in Spanish.
    await press(page, es("Your case summary, to print"));
    await expect(heading(page)).toHaveText(es("Your case summary"));
    await expect(page.locator("main")).toContainText("9 de febrero de 2026");
    await expect(page.locator("main")).toContainText("$1,450.50");
    await checkStep(page, who, "9-summary");
    // Nothing on the way was in English: the frame's words are the Spanish table's.
    await expect(page.locator(".disclaimer")).toHaveText(
      es(
        "This guide gives general information to help you find your way. It is not legal or medical advice. The dates in your own letters and your plan's documents come first.",
      ),
    );
  });

  test("a first visit follows the browser's language; a choice made since wins", async ({ page, guard }) => {
    await openApp(page, guard);
    await expect(page).toHaveURL(/\/es\/$/);
    // The switch, by keyboard, back to English: named in English, and marked as English.
    const english = page.getByRole("link", { name: "English" });
    await expect(english).toHaveAttribute("lang", "en");
    await tabTo(page, english);
    guard.expectLoad();
    await page.keyboard.press("Enter");
    await guard.settled(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(heading(page)).toHaveText("Get a second opinion from a doctor outside Kaiser");
    // The English address again: the member's choice now wins over the browser's.
    await openApp(page, guard);
    await expect(page).not.toHaveURL(/\/es\//);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});

test.describe("an English-speaking browser", () => {
  test.use({ locale: "en-US" });

  test("the switch keeps every answer and the step, both ways, and Delete everything forgets the choice", async ({
    page,
    guard,
  }) => {
    await openApp(page, guard);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await press(page, "Start");
    await typeSelect(page, "Kaiser region", "Northern", "ca-north");
    await pickRadio(page, "plan-type", "Employer or individual HMO");

    const español = page.getByRole("link", { name: "Español" });
    await expect(español).toHaveAttribute("hreflang", "es");
    await tabTo(page, español, 200);
    guard.expectLoad();
    await page.keyboard.press("Enter");
    await guard.settled(page);
    await expect(page).toHaveURL(/\/es\/#\/plan\?lang=es$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(heading(page)).toHaveText(es("Your plan"));
    await expect(page.getByLabel(es("Kaiser region"), { exact: true })).toHaveValue("ca-north");
    await expect(page.getByRole("radio", { name: es("Employer or individual HMO") })).toBeChecked();
    // An answer given in Spanish is there in English too.
    await pickRadio(page, "urgency", es("No, it is not urgent"));

    const english = page.getByRole("link", { name: "English" });
    await tabTo(page, english, 200);
    guard.expectLoad();
    await page.keyboard.press("Enter");
    await guard.settled(page);
    await expect(page).toHaveURL(/#\/plan\?lang=en$/);
    await expect(heading(page)).toHaveText("Your plan");
    await expect(page.getByLabel("Kaiser region", { exact: true })).toHaveValue("ca-north");
    await expect(page.getByRole("radio", { name: "No, it is not urgent" })).toBeChecked();
    expect(await page.evaluate(() => localStorage.getItem("second-opinion-navigator/lang"))).toBe("en");

    await press(page, "Delete everything");
    await press(page, "Yes, delete everything");
    await expect(page.getByText("Everything this guide saved on this device was deleted.")).toBeVisible();
    expect(await ourStorageKeys(page)).toEqual([]);
  });

  test("answers that only this page holds: the switch warns and offers Export, then goes", async ({ page, guard }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("blocked for this test", "SecurityError");
        },
      });
    });
    await openApp(page, guard);
    await press(page, "Start");
    await typeSelect(page, "Kaiser region", "Northern", "ca-north");
    const español = page.getByRole("link", { name: "Español" });
    await tabTo(page, español, 200);
    await page.keyboard.press("Enter");
    await expect(page.getByText("the other language's page would open without them")).toBeVisible();
    await expect(page).not.toHaveURL(/\/es\//);
    await expect(page.getByLabel("Kaiser region", { exact: true })).toHaveValue("ca-north");
    await expect(page.getByTestId("export")).toBeVisible();
    // Told once, the member may go: the other page opens, without the answers, as it said.
    guard.expectLoad();
    await page.keyboard.press("Enter");
    await guard.settled(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByLabel(es("Kaiser region"), { exact: true })).toHaveValue("");
  });

  test("a letter in the other language is on that language's page, at the same step", async ({ page, guard }) => {
    await pinToday(page, "2026-02-10");
    await openApp(page, guard);
    await press(page, "Start");
    await typeSelect(page, "Kaiser region", "Northern", "ca-north");
    await pickRadio(page, "plan-type", "Employer or individual HMO");
    await page.locator(".progress button").nth(3).click();
    await expect(heading(page)).toHaveText(STEPS[3]);
    await typeInto(page, "Your name", "Ana Pérez");
    await expect(page.getByLabel("Request for an outside referral")).toHaveValue(/^To: /m);
    const inSpanish = page.getByTestId("letter-referral-request").getByRole("link", { name: "Español" });
    await expect(inSpanish).toHaveAttribute("lang", "es");
    guard.expectLoad();
    await inSpanish.click();
    await guard.settled(page);
    await expect(heading(page)).toHaveText(es(STEPS[3]));
    const carta = page.getByLabel(es("Request for an outside referral"));
    await expect(carta).toHaveValue(/Ana Pérez/);
    await expect(carta).toHaveValue(new RegExp(`^${es("To: {to}").split("{")[0]}`, "m"));
    await expect(carta).not.toHaveValue(/^To: /m);
    // And back: the English letter, for Kaiser, from the Spanish page.
    const inEnglish = page.getByTestId("letter-referral-request").getByRole("link", { name: "English" });
    guard.expectLoad();
    await inEnglish.click();
    await guard.settled(page);
    await expect(page.getByLabel("Request for an outside referral")).toHaveValue(/^To: /m);
  });
});
