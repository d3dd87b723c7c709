// Documents to act with (issue 10), for one persona: a Northern California HMO member whose
// referral was denied and whose appeal Kaiser kept. Markup is typed into every free-text field:
// it must show literally in the letters and the summary, never run, and never reach the
// calendar file (which carries no personal data at all). Copy (granted and refused), Download,
// Print (the letter alone), edits kept across a reload and undone, the .ics read back by
// ical.js against the timeline, the summary printed at Letter size with no navigation, and axe.
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { test, expect, openApp, reloadApp, expectAccessible } from "./fixtures.mjs";
import { heading, pinToday, STEPS } from "./journey-helpers.mjs";

test.use({ locale: "en-US", timezoneId: "America/Los_Angeles" });

const MARKUP = "<img src=x onerror=alert(1)>";
const CASE_KEY = "second-opinion-navigator/case";

/** The persona, saved at schema 4: denied Jan 5, appeal filed Jan 12, kept on Feb 2. */
function savedCase() {
  const letter = Object.fromEntries(
    [
      "memberName",
      "medicalRecordNumber",
      "dateOfBirth",
      "kaiserDoctor",
      "condition",
      "outsideDoctor",
      "outsideDoctorContact",
      "ownWords",
      "memberContact",
    ].map((field) => [field, `${field} ${MARKUP}`]),
  );
  return JSON.stringify({
    app: "second-opinion-navigator",
    schema: 4,
    revision: 1,
    case: {
      plan: { region: "ca-north", planType: "hmo", urgency: "not-urgent" },
      details: {
        reasons: { kaiserDoctorAsked: true },
        access: { qualifiedSpecialistInNetwork: false },
        referral: { requestedOn: "2025-12-15", decidedOn: "2026-01-05", outcome: "denied" },
        appeal: {
          denialLetter: "2026-01-05",
          grievanceFiled: "2026-01-12",
          grievanceDecision: "2026-02-02",
          grievanceOutcome: "upheld",
        },
        appointment: { date: "2026-04-20" },
        letter,
        contacts: [
          {
            date: "2026-01-12",
            channel: "call",
            who: `who ${MARKUP}`,
            reference: `ref ${MARKUP}`,
            summary: `summary ${MARKUP}`,
            nextStep: `next ${MARKUP}`,
          },
        ],
        documents: { edited: {} },
      },
    },
  });
}

/** Seeds the case once (a reload keeps what the app saved since), pins today, opens the app. */
async function open(page, guard, { clipboard } = {}) {
  await page.addInitScript(
    ({ key, value, clipboard }) => {
      if (!sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem(key, value);
      }
      // Markup that ran would call alert, or load an image from "x".
      window.alert = () => {
        throw new Error("markup ran");
      };
      // Print dialogs never open in a test; the page's own print styles are checked instead.
      window.print = () => {
        window.__printed = (window.__printed ?? 0) + 1;
      };
      if (clipboard === "refused") {
        navigator.clipboard.writeText = () =>
          Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
      }
      if (clipboard === "missing") {
        Object.defineProperty(navigator, "clipboard", { value: undefined });
      }
    },
    { key: CASE_KEY, value: savedCase(), clipboard },
  );
  // Today: Tuesday March 3, 2026.
  await pinToday(page, "2026-03-03");
  await openApp(page, guard);
  await page.getByRole("button", { name: "Continue where you left off" }).click();
}

async function goToStep(page, index) {
  await page
    .getByRole("navigation", { name: "Steps of the guide" })
    .getByRole("button", { name: STEPS[index] })
    .click();
  await expect(heading(page)).toHaveText(STEPS[index]);
}

async function noMarkupRan(page) {
  expect(await page.locator('img[src="x"]').count(), "no <img> made from typed text").toBe(0);
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

test("Copy puts the letter on the clipboard; Download gives the same text as a file", async ({
  page,
  context,
  guard,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await open(page, guard);
  await goToStep(page, 6);
  const box = page.getByTestId("letter-appeal");
  const letter = page.getByLabel("Your appeal letter");
  const text = await letter.inputValue();
  // Typed markup is in the letter as text.
  expect(text).toContain(`From: memberName ${MARKUP}`);
  expect(text).toContain(`about condition ${MARKUP}`);
  expect(text).not.toContain("None");

  // The live region is there, empty, before anything is said.
  await expect(box.getByRole("status")).toHaveText("");
  await box.getByRole("button", { name: "Copy" }).click();
  await expect(box.getByRole("status")).toHaveText("Copied. Paste it into your message.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  const file = await download(page, box.getByRole("button", { name: "Download (.txt)" }));
  expect(file.name).toBe("appeal.txt");
  expect(file.text).toBe(text);

  // The cover sheet for the independent review: where, by when, what to send.
  const cover = page.getByLabel("Cover sheet for the independent review");
  await expect(cover).toHaveValue(/To: California Department of Managed Health Care \(DMHC\) Help Center/);
  // Six months from Kaiser's decision of Feb 2: Aug 2, 2026 (as the timeline says).
  await expect(cover).toHaveValue(/Sent before the last day to ask: August 2, 2026\./);
  await expect(cover).toHaveValue(/A copy of the written decision on my appeal/);
  const coverFile = await download(
    page,
    page.getByTestId("letter-review-cover").getByRole("button", { name: "Download (.txt)" }),
  );
  expect(coverFile.name).toBe("review-cover.txt");
  expect(coverFile.text).toBe(await cover.inputValue());
  await noMarkupRan(page);
});

for (const clipboard of ["refused", "missing"]) {
  test(`with the clipboard ${clipboard}, Copy selects the letter and says how to copy it`, async ({
    page,
    guard,
  }) => {
    await open(page, guard, { clipboard });
    await goToStep(page, 3);
    const box = page.getByTestId("letter-referral-request");
    await box.getByRole("button", { name: "Copy" }).click();
    await expect(box.getByRole("status")).toHaveText(/The letter is selected\. To copy it, press Ctrl\+C/);
    const letter = page.getByLabel("Request for an outside referral");
    await expect(letter).toBeFocused();
    const selection = await letter.evaluate((area) => [area.selectionStart, area.selectionEnd, area.value.length]);
    expect(selection[0]).toBe(0);
    expect(selection[1]).toBe(selection[2]);
  });
}

test("the member's changes to a letter survive a reload, and the generated text comes back on request", async ({
  page,
  guard,
}) => {
  await open(page, guard);
  await goToStep(page, 5);
  const letter = page.getByLabel("Your records request");
  const generated = await letter.inputValue();
  await letter.press("Control+End");
  await letter.pressSequentially(" Please hurry.");
  await expect(letter).toHaveValue(`${generated} Please hurry.`);
  const box = page.getByTestId("letter-records-request");
  await expect(box).toContainText("You changed this letter");

  // A reload stays on the step, with the member's letter.
  await reloadApp(page, guard);
  await expect(heading(page)).toHaveText(STEPS[5]);
  await expect(page).toHaveURL(/#\/records$/);
  await expect(letter).toHaveValue(`${generated} Please hurry.`);
  const stored = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), CASE_KEY));
  expect(stored.schema).toBe(5);
  expect(stored.case.details.documents.edited["records-request"]).toBe(`${generated} Please hurry.`);

  await box.getByRole("button", { name: "Back to the generated text" }).click();
  await expect(letter).toHaveValue(generated);
  // The button has gone, so focus is on the letter, not lost.
  await expect(letter).toBeFocused();
  await expect(box).not.toContainText("You changed this letter");
  await expect(box.getByRole("button", { name: "Back to the generated text" })).toHaveCount(0);
});

test("Print prints the letter alone, on a sheet of its own", async ({ page, guard }) => {
  await open(page, guard);
  await goToStep(page, 6);
  const text = await page.getByLabel("Your appeal letter").inputValue();
  await page.getByTestId("letter-appeal").getByRole("button", { name: "Print this letter" }).click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
  const sheet = page.locator("#print-sheet");
  await expect(sheet).toHaveText(text);
  await page.emulateMedia({ media: "print" });
  await expect(sheet).toBeVisible();
  await expect(page.locator("main")).toBeHidden();
  await expect(page.locator(".app-footer")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(sheet).toBeHidden();
  // Once the print dialog has closed, the sheet goes.
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(sheet).toHaveCount(0);
  await noMarkupRan(page);
});

test("the calendar file holds the timeline's dates, with reminders and stable UIDs, and no personal data", async ({
  page,
  guard,
}) => {
  await open(page, guard);
  await goToStep(page, 7);
  await expect(page.getByText("Some calendar apps drop the reminders of an imported file")).toBeVisible();
  const button = page.getByRole("button", { name: "Add these dates to your calendar (.ics)" });
  const first = await download(page, button);
  expect(first.name).toBe("second-opinion-dates.ics");
  expect(first.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(first.text).not.toContain("img");
  expect(first.text).not.toContain("memberName");

  const events = new ICAL.Component(ICAL.parse(first.text))
    .getAllSubcomponents("vevent")
    .map((v) => new ICAL.Event(v));
  // The timeline's dated rows that are still to act on, each an event on the same day.
  const expected = {
    "review-deadline": "2026-08-02",
    "records-legal": "2026-04-05",
    "records-by": "2026-04-13",
    appointment: "2026-04-20",
  };
  for (const [code, day] of Object.entries(expected)) {
    const event = events.find((e) => e.uid.startsWith(`${code}-`));
    expect(event, code).toBeTruthy();
    expect(event.startDate.toString()).toBe(day);
    expect(event.startDate.isDate).toBe(true);
    const shown = new Date(`${day}T12:00:00`).toLocaleDateString("en-US", {
      month: "long",
      day: "numeric",
      year: "numeric",
    });
    await expect(page.getByTestId(`timeline-${code}`)).toContainText(shown);
    const alarms = event.component.getAllSubcomponents("valarm").length;
    expect(alarms, code).toBe(code === "appointment" ? 0 : 1);
    // How to open the guide again: its address as this browser has it, and nothing of the
    // case (not even the screen in the fragment).
    expect(event.description, code).toMatch(
      /\nTo open the guide again: http:\/\/127\.0\.0\.1:4173\/ \(on an iPhone or iPad, opening it now and then also keeps your saved answers\)\.$/,
    );
  }
  // A second download updates the same events: the same UIDs.
  const second = await download(page, button);
  const uids = (text) => [...text.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]).sort();
  expect(uids(second.text)).toEqual(uids(first.text));
  expect(uids(first.text)[0]).toMatch(/^[a-z-]+-[0-9a-f]{26}@second-opinion-navigator$/);
});

test("the case summary prints at Letter size without navigation; markup shows as text; axe passes", async ({
  page,
  guard,
}) => {
  await open(page, guard);
  await goToStep(page, 7);
  await page.getByRole("button", { name: "Your case summary, to print" }).click();
  await expect(heading(page)).toHaveText("Your case summary");
  await expect(heading(page)).toBeFocused();
  const summary = page.locator(".summary");
  for (const part of [
    "Kaiser region: Northern California",
    "How strong is your case?",
    "What you may pay",
    "Last day to ask for the independent review",
    `who ${MARKUP}`,
    `summary ${MARKUP}`,
    "Where the rules come from",
    "https://",
  ]) {
    await expect(summary).toContainText(part);
  }
  await noMarkupRan(page);
  await expectAccessible(page, "the case summary");

  await page.setViewportSize({ width: 816, height: 1056 });
  await page.emulateMedia({ media: "print" });
  for (const hidden of [".step-nav", ".progress", ".app-footer", ".skip-link", ".summary button"]) {
    for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
  }
  await expect(summary).toBeVisible();
  await page.screenshot({ path: "tests/e2e/output/screens/summary-print-letter.png", fullPage: true });
  // Printed on US Letter and on A4 (as the browser prints, with the page's own margins), the
  // whole case fits on one or two pages.
  for (const format of ["Letter", "A4"]) {
    const pdf = (await page.pdf({ format, preferCSSPageSize: true })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(`summary on ${format}: ${pages} page(s)`);
    expect(pages, `pages on ${format}`).toBeGreaterThanOrEqual(1);
    expect(pages, `pages on ${format}`).toBeLessThanOrEqual(2);
  }
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Back to your timeline" }).click();
  await expect(heading(page)).toHaveText(STEPS[7]);
});
