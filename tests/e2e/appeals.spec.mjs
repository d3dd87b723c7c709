// The appeal path beyond California's HMOs (issue 8): a Medicaid member outside California
// walked by keyboard to the plan-appeal and fair-hearing dates; a member whose appeal Kaiser
// reversed; and the Costs step's labels, each unique on the page. Every date is worked out by
// hand from 42 CFR 438.402 / 438.408 and checked natively first (tests/domain_personas.rs,
// persona (e); tests/domain_next_step.rs).
import { test, expect, openApp, tabTo } from "./fixtures.mjs";
import {
  heading,
  nextLine,
  press,
  nextStep,
  pickRadio,
  typeDate,
  typeSelect,
  checkStep,
  pinToday,
  STEPS,
} from "./journey-helpers.mjs";

test.use({ locale: "en-US", timezoneId: "America/Los_Angeles" });

const row = (page, id) => page.getByTestId(id);

async function start(page, guard, today) {
  await pinToday(page, today);
  await openApp(page, guard);
  await press(page, "Start");
  await expect(heading(page)).toHaveText(STEPS[0]);
}

test("(e) a Maryland HealthChoice member, denied a referral, to the appeal and fair-hearing dates", async ({
  page,
  guard,
}) => {
  const who = "e-maryland-medicaid";
  // Today: Monday July 20, 2026.
  await start(page, guard, "2026-07-20");

  // 1. Plan: the Medicaid choice is named as Maryland's members know it once the state is known.
  await typeSelect(page, "Kaiser region", "Maryland", "mid-atlantic");
  await expect(page.getByRole("radio", { name: "Medicaid", exact: true })).toBeVisible();
  await typeSelect(page, "Which state's law covers your plan?", "Maryland", "md");
  await pickRadio(page, "plan-type", "Medicaid: Maryland HealthChoice");
  await pickRadio(page, "urgency", "No, it is not urgent");
  await expect(page.getByTestId("route-sentence")).toContainText(
    "Your plan follows the federal Medicaid rules for health plans, and Maryland's Medicaid office runs the fair hearing.",
  );
  await checkStep(page, who, "1-plan");

  // 2-3. The reason and the case: Medicaid's own second-opinion rule (42 CFR 438.206(b)(3)).
  await nextStep(page, STEPS[1]);
  await expect(page.getByTestId("federal-rule")).toContainText(
    "Medicaid's rule: you can get a second opinion from a doctor in your plan's network, or your plan must arrange one outside the network, at no cost to you.",
  );
  await nextStep(page, STEPS[2]);

  // 4. Kaiser denied the request on June 5.
  await nextStep(page, STEPS[3]);
  await typeDate(page, "The day you sent your written request", "2026-06-01");
  await pickRadio(page, "outcome", "Denied");
  await typeDate(page, "The date of Kaiser's answer", "2026-06-05");
  await expect(nextLine(page)).toContainText("Kaiser said no. File an appeal with Kaiser");
  await checkStep(page, who, "4-ask");

  // 5. A second opinion outside the network costs nothing under Medicaid's rule.
  await nextStep(page, STEPS[4]);
  await expect(page.getByRole("radio", { name: "No cost to you (Medicaid's rule for a second opinion)" })).toBeChecked();
  await expect(row(page, "cost-referral").locator(".member")).toHaveText("$0.00");
  await nextStep(page, STEPS[5]);

  // 7. The route: a plan appeal within 60 days of the notice, then a State fair hearing within
  //    120 days of the plan's decision.
  await nextStep(page, STEPS[6]);
  await expect(page.getByTestId("first-step")).toHaveText(
    "1. First, ask Kaiser to look again: file an appeal.",
  );
  await expect(page.getByText("File within 60 days of the date on the denial letter.")).toBeVisible();
  await expect(page.getByTestId("second-step")).toHaveText(
    "2. Then, if the answer is still no: a State fair hearing by Maryland's Medicaid office.",
  );
  await expect(page.getByText("Ask within 120 days of the written decision on your appeal.")).toBeVisible();
  await expect(page.getByRole("link", { name: "1-877-463-3464" })).toHaveAttribute(
    "href",
    "tel:18774633464",
  );
  await expect(page.getByRole("link", { name: "1-800-284-4510" })).toBeVisible();

  // The notice of Fri Jun 5: appeal by Jun 5 + 60 days = Tue Aug 4, 15 days away.
  await typeDate(page, "The date printed on the denial letter", "2026-06-05");
  await expect(row(page, "grievance-deadline")).toContainText(
    "Last day to file your appeal: August 4, 2026.",
  );
  await expect(row(page, "grievance-deadline")).toContainText("In 15 days");
  // Filed Wed Jun 10: the plan decides within 30 days, by Fri Jul 10.
  await typeDate(page, "The day you filed your appeal", "2026-06-10");
  await expect(row(page, "plan-decision")).toContainText("July 10, 2026");
  // Kaiser kept its denial on Jul 10: the fair hearing by Jul 10 + 120 days = Sat Nov 7.
  await typeDate(page, "The date of the written decision on your appeal", "2026-07-10");
  await pickRadio(page, "grievance-outcome", "The denial was kept");
  await expect(row(page, "review-deadline")).toContainText(
    "Last day to ask for the independent review: November 7, 2026.",
  );
  await expect(row(page, "review-deadline")).toContainText("In 110 days");
  await expect(nextLine(page)).toContainText(
    "If the answer is still no, ask for the independent review (a State fair hearing by Maryland's Medicaid office) by November 7, 2026.",
  );
  const letter = page.getByLabel("Your appeal letter");
  await expect(letter).toHaveValue(/Subject: Appeal: denial of an outside referral/);
  await expect(letter).toHaveValue(/42 CFR 438\.206\(b\)\(3\)/);
  await expect(letter).toHaveValue(/I may ask for a State fair hearing/);
  await checkStep(page, who, "7-if-denied");

  // 8. The timeline has both dates.
  await nextStep(page, STEPS[7]);
  await expect(row(page, "timeline-grievance-deadline")).toContainText("August 4, 2026");
  await expect(row(page, "timeline-review-deadline")).toContainText("November 7, 2026");
  await checkStep(page, who, "8-timeline");
});

/** A saved case (schema 3), for the tests that start part-way through. */
function savedCase(appeal) {
  return JSON.stringify({
    app: "second-opinion-navigator",
    schema: 3,
    revision: 1,
    case: {
      plan: { region: "ca-north", planType: "hmo", urgency: "not-urgent" },
      details: {
        reasons: { kaiserDoctorAsked: true },
        referral: { requestedOn: "2025-12-15", decidedOn: "2026-01-05", outcome: "denied" },
        appeal,
        contacts: [],
      },
    },
  });
}

test("(f) a member whose appeal Kaiser reversed: no appeal deadline presses, and the next step is the appointment", async ({
  page,
  guard,
}) => {
  // Denied Jan 5; grievance filed Jan 12; Kaiser decided Feb 2. Six months from Feb 2 for the
  // IMR is Sun Aug 2; today, Tue Jul 28, that is 5 days away.
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("second-opinion-navigator/case", value);
    }
  }, savedCase({ denialLetter: "2026-01-05", grievanceFiled: "2026-01-12", grievanceDecision: "2026-02-02" }));
  await pinToday(page, "2026-07-28");
  await openApp(page, guard);
  await expect(nextLine(page)).toContainText("Act now: ask for the independent review by August 2, 2026.");
  await press(page, "Continue where you left off");
  const steps = page.getByRole("navigation", { name: "Steps of the guide" });
  await tabTo(page, steps.getByRole("button", { name: STEPS[6] }), 80);
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText(STEPS[6]);

  // Kaiser reversed its denial.
  await pickRadio(page, "grievance-outcome", "The denial was reversed (approved)");
  await expect(row(page, "grievance-outcome-note")).toContainText(
    "The denial was reversed, so the appeal deadlines no longer apply.",
  );
  await expect(nextLine(page)).toContainText(
    "Your appeal reversed the denial: your referral is approved. Get the written approval, then book the appointment with the outside doctor",
  );
  await expect(row(page, "review-deadline")).toContainText(
    "No longer needed: Kaiser's denial no longer stands",
  );
  await expect(row(page, "review-deadline")).not.toContainText("Due soon");
  await expect(row(page, "letter-not-needed")).toBeVisible();
  await expect(page.getByLabel("Your appeal letter")).toHaveCount(0);
  await checkStep(page, "f-reversed", "7-if-denied");

  await nextStep(page, STEPS[7]);
  await expect(page.getByTestId("attention")).toContainText("Nothing is due in the next 7 days.");
  await expect(row(page, "timeline-review-deadline")).toContainText("August 2, 2026");
  await expect(row(page, "timeline-review-deadline")).toContainText("No longer needed");

  // Had Kaiser kept its denial, the same date would press.
  await tabTo(page, steps.getByRole("button", { name: STEPS[6] }), 80);
  await page.keyboard.press("Enter");
  await pickRadio(page, "grievance-outcome", "The denial was kept");
  await expect(nextLine(page)).toContainText("Act now: ask for the independent review by August 2, 2026.");
  await expect(row(page, "review-deadline")).toContainText("Due soon");
});

test("the Costs step's labels are each unique on the page", async ({ page, guard }) => {
  await openApp(page, guard);
  await press(page, "Start");
  await typeSelect(page, "Kaiser region", "Colorado", "co");
  await pickRadio(page, "plan-type", "Employer or individual HMO");
  const steps = page.getByRole("navigation", { name: "Steps of the guide" });
  await tabTo(page, steps.getByRole("button", { name: STEPS[4] }), 80);
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText(STEPS[4]);
  // Show every field: both sets of terms, with both kinds of cost share.
  await pickRadio(page, "referral-basis", "Out-of-network terms (deductible and coinsurance)");
  await pickRadio(page, "share-in-network", "Coinsurance (a percentage of the price, like 20%)");
  await pickRadio(page, "share-out-of-network", "Out-of-network coinsurance (a percentage)");
  const names = await page.evaluate(() => {
    const text = (el) => el.textContent.replace(/\s+/g, " ").trim();
    return {
      labels: [...document.querySelectorAll("main label")].map(text),
      legends: [...document.querySelectorAll("main legend")].map(text),
    };
  });
  expect(names.labels.length).toBeGreaterThan(15);
  for (const list of [names.labels, names.legends]) {
    const repeated = list.filter((name, i) => list.indexOf(name) !== i);
    expect(repeated, "labels used twice on the Costs step").toEqual([]);
  }
  await expect(page.getByLabel("Your out-of-network coinsurance, as a percentage")).toBeVisible();
  await expect(page.getByLabel("What is left of your out-of-network deductible this year")).toBeVisible();
});
