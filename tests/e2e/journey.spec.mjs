// The whole journey, by keyboard alone, for four members. Every expected value (verdicts,
// member costs, deadlines and their dates) is worked out from the rules in facts.md and checked
// natively first in tests/domain_personas.rs; "today" is pinned with Playwright's clock.
// Each step is scanned with axe and photographed at 1280 px and 360 px.
import { test, expect, openApp, tabTo } from "./fixtures.mjs";
import {
  heading,
  nextLine,
  press,
  nextStep,
  pickRadio,
  tick,
  typeInto,
  typeDate,
  typeSelect,
  openDetails,
  checkStep,
  pinToday,
  STEPS,
} from "./journey-helpers.mjs";

test.use({ locale: "en-US", timezoneId: "America/Los_Angeles" });


async function start(page, guard, today) {
  await pinToday(page, today);
  await openApp(page, guard);
  await expect(nextLine(page)).toContainText("Start with your plan");
  await press(page, "Start");
  await expect(heading(page)).toHaveText(STEPS[0]);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByText("Step 1 of 8")).toBeVisible();
}

const row = (page, id) => page.getByTestId(id);

test("(a) Northern California HMO member questioning a surgery, offered a specialist 16 business days later", async ({
  page,
  guard,
}) => {
  const who = "a-norcal-hmo";
  await start(page, guard, "2026-02-10");

  // 1. Plan
  await typeSelect(page, "Kaiser region", "Northern", "ca-north");
  await pickRadio(page, "plan-type", "Employer or individual HMO");
  await pickRadio(page, "urgency", "No, it is not urgent");
  await expect(page.getByTestId("route-sentence")).toContainText(
    "California's rules for health plans",
  );
  await expect(nextLine(page)).toContainText("Talk to your Kaiser doctor");
  await checkStep(page, who, "1-plan");

  // 2. Reason
  await nextStep(page, STEPS[1]);
  await tick(page, "My doctor recommends surgery, and I question whether it is needed.");
  await pickRadio(page, "doctor-asked", "Yes");
  await pickRadio(page, "in-network-opinion", "No");
  await expect(page.getByTestId("california-rights")).toContainText("section 1383.15");
  await expect(row(page, "ca-reason-0")).toContainText("Applies");
  await expect(row(page, "ca-reason-0")).toContainText("You ticked this reason");
  await expect(row(page, "ca-reason-1")).toContainText("Does not apply");
  await expect(page.locator(".progress li").first()).toContainText("(done)");
  await checkStep(page, who, "2-reason");

  // 3. Case: a qualified specialist exists, but the wait is 16 business days (rule: 15). Longer
  //    than the rule allows obliges Kaiser to offer timely care, not necessarily an outside
  //    doctor, so the ground may apply and the case is possible (audit A15).
  await nextStep(page, STEPS[2]);
  await pickRadio(page, "specialist", "Yes");
  await typeDate(page, "The day you asked for a specialist appointment", "2026-01-05");
  await typeDate(page, "The earliest appointment Kaiser offered", "2026-01-28");
  await expect(row(page, "ground-1")).toContainText("May apply");
  await expect(row(page, "ground-1")).toContainText(
    "16 business days (23 days) after you asked. The rule is 15 business days, so the wait is longer than the rule allows, unless a doctor noted in your record that a longer wait will not harm your health.",
  );
  await expect(row(page, "ground-1")).toContainText("Ask Kaiser for an appointment within the rule, or for one with a doctor outside Kaiser.");
  await expect(row(page, "ground-0")).toContainText("Does not apply");
  await expect(row(page, "ground-2")).toContainText("Not enough information yet");
  await expect(page.getByTestId("strength")).toContainText("Possible");
  // The "Why?" names the rule's source as a link that opens in a new tab.
  await openDetails(page, row(page, "ground-1").locator("summary"));
  const source = row(page, "ground-1").locator(".why a");
  await expect(source).toBeVisible();
  await expect(source).toHaveAttribute("target", "_blank");
  await expect(source).toHaveAttribute("rel", "noopener noreferrer");
  await expect(row(page, "ground-1")).toContainText("How sure we are: fairly sure");
  await checkStep(page, who, "3-case");

  // 4. Ask: the letter, the log. Kaiser's answer is expected within 5 business days after it has
  //    what it needs (HSC 1367.01): about Mon Feb 2 + 5 = Mon Feb 9, yesterday; day 14, Mon Feb
  //    16, is the day to follow up, in 6 days.
  await nextStep(page, STEPS[3]);
  await typeInto(page, "Your name", "Ana <b>Pérez</b>");
  await typeInto(page, "The outside doctor or center you want to see", "UCSF Urology");
  const letter = page.getByLabel("Request for an outside referral");
  await expect(letter).toHaveValue(/From: Ana <b>Pérez<\/b>/);
  await expect(letter).toHaveValue(/I question whether the recommended surgery is reasonable or necessary\./);
  await expect(letter).toHaveValue(/the earliest offered was January 28, 2026, 16 business days later/);
  await typeDate(page, "The day you sent your written request", "2026-02-02");
  await pickRadio(page, "outcome", "Waiting for an answer");
  await expect(row(page, "referral-expected")).toContainText(
    "Kaiser's answer is expected about February 9, 2026",
  );
  await expect(row(page, "referral-expected")).toContainText("1 day ago");
  await expect(row(page, "referral-expected")).not.toContainText("Overdue");
  await expect(row(page, "referral-follow-up")).toContainText(
    "If you have heard nothing by February 16, 2026, follow up",
  );
  await expect(row(page, "referral-follow-up")).toContainText("In 6 days");
  await expect(row(page, "referral-follow-up")).toContainText("Due soon");
  await expect(page.getByTestId("checklist")).toContainText(
    "Done: Talk to your Kaiser doctor about a second opinion.",
  );
  await expect(page.getByRole("link", { name: "1-800-464-4000" })).toHaveAttribute(
    "href",
    "tel:18004644000",
  );
  await expect(nextLine(page)).toContainText(
    "Wait for Kaiser's answer to your request. It is expected about February 9, 2026. If you have heard nothing by February 16, 2026, call and ask",
  );
  await checkStep(page, who, "4-ask");

  // 5. Costs: $30 copay; the approved referral costs the same (HSC 1383.15(d));
  //    self-pay $1,200 + $250.50 = $1,450.50. A typo is kept and explained, then fixed.
  await nextStep(page, STEPS[4]);
  await pickRadio(page, "share-in-network", "A copay (a fixed amount per visit, like $30)");
  await typeInto(page, "Your copay for a Kaiser specialist visit", "$30");
  await typeInto(page, "Consultation fee", "$1,200");
  await typeInto(page, "Pathology slide review", "250.5O");
  const pathology = page.getByLabel("Pathology slide review", { exact: true });
  await expect(pathology).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#pay-pathology-error")).toContainText(
    "We could not read this as an amount of money",
  );
  await expect(pathology).toHaveValue("250.5O");
  await typeInto(page, "Pathology slide review", "250.50");
  await expect(pathology).not.toHaveAttribute("aria-invalid", "true");
  await expect(row(page, "cost-in-network").locator(".member")).toHaveText("$30.00");
  await expect(row(page, "cost-referral").locator(".member")).toHaveText("$30.00");
  await expect(row(page, "cost-self-pay").locator(".member")).toHaveText("$1,450.50");
  await expect(row(page, "cost-self-pay")).toContainText("Consultation fee: $1,200.00");
  await expect(row(page, "cost-self-pay")).toContainText("Pathology slide review: $250.50");
  await checkStep(page, who, "5-costs");

  // 6. Records: appointment Monday Mar 16 → 5 business days before = Mar 9 (27 days);
  //    California's 15-day limit for copies → Mar 1 (19 days).
  await nextStep(page, STEPS[5]);
  await typeDate(page, "The date of your appointment with the outside doctor", "2026-03-16");
  await expect(row(page, "records-by")).toContainText("Ask for your records by March 9, 2026.");
  await expect(row(page, "records-by")).toContainText("In 27 days");
  await expect(row(page, "records-legal")).toContainText("March 1, 2026");
  await expect(row(page, "records-legal")).toContainText("15 days");
  await checkStep(page, who, "6-records");

  // 7. If denied: not denied yet, but the route is shown ahead of time.
  await nextStep(page, STEPS[6]);
  await expect(page.getByTestId("not-denied")).toContainText(
    "Right now you are waiting for Kaiser's answer.",
  );
  await expect(page.getByTestId("first-step")).toContainText("file a grievance");
  await expect(page.getByText("File within 180 days of the date on the denial letter.")).toBeVisible();
  await expect(page.getByTestId("second-step")).toContainText("Independent Medical Review (IMR)");
  await expect(page.getByRole("link", { name: "1-888-466-2219" })).toHaveAttribute(
    "href",
    "tel:18884662219",
  );
  await checkStep(page, who, "7-if-denied");

  // 8. Timeline: one date needs attention (the follow-up day, in 6 days). The in-network
  //    appointment was due Jan 5 + 15 business days = Jan 27; the offer is logged, so it is
  //    settled rather than "overdue" for ever. And a contact log entry.
  await nextStep(page, STEPS[7]);
  await expect(page.getByTestId("attention")).toContainText(
    "1 of your dates needs attention now: it is within 7 days or has passed.",
  );
  await expect(row(page, "timeline-referral-decision")).toContainText("About February 9, 2026");
  await expect(row(page, "timeline-referral-decision")).toContainText("1 day ago");
  await expect(row(page, "timeline-referral-follow-up")).toContainText("February 16, 2026");
  await expect(row(page, "timeline-referral-follow-up")).toContainText("Due soon");
  await expect(row(page, "timeline-in-network-appointment")).toContainText("January 27, 2026");
  await expect(row(page, "timeline-in-network-appointment")).toContainText("Done");
  await expect(row(page, "timeline-in-network-appointment")).not.toContainText("Overdue");
  await expect(row(page, "timeline-appointment")).toContainText("In 34 days");
  await press(page, "Add a contact to the log");
  await typeDate(page, "Date", "2026-02-03");
  await typeSelect(page, "How", "Phone", "call");
  await typeInto(page, "Who (department or name)", "Member Services");
  await typeInto(page, "Reference number", "REF-123");
  await expect(page.getByRole("button", { name: "Remove contact 1" })).toBeVisible();
  await checkStep(page, who, "8-timeline");

  // Progress marks are words, and free navigation goes back to any step.
  await tabTo(page, page.locator(".progress button").first(), 200);
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText(STEPS[0]);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByLabel("Kaiser region")).toHaveValue("ca-north");
});

test("(b) Southern California Senior Advantage member whose request was denied", async ({
  page,
  guard,
}) => {
  const who = "b-socal-senior-advantage";
  await start(page, guard, "2026-03-09");

  await typeSelect(page, "Kaiser region", "Southern", "ca-south");
  await pickRadio(page, "plan-type", "Medicare Advantage (Senior Advantage)");
  await pickRadio(page, "urgency", "No, it is not urgent");
  await expect(page.getByTestId("route-sentence")).toContainText("Medicare's federal rules");
  await checkStep(page, who, "1-plan");

  await nextStep(page, STEPS[1]);
  await tick(page, /^I have a serious condition/);
  await pickRadio(page, "doctor-asked", "Yes");
  await pickRadio(page, "in-network-opinion", "Yes, I had one");
  await expect(page.getByTestId("california-rights")).toContainText(
    "California's second-opinion law does not cover your plan",
  );
  await checkStep(page, who, "2-reason");

  // No in-network specialist: applies, on Medicare's own rule (42 CFR 422.112(a)(1)(iii),
  //    audit A21), no longer on the seed guide alone.
  await nextStep(page, STEPS[2]);
  await pickRadio(page, "specialist", "No");
  await expect(row(page, "ground-0")).toContainText("Applies");
  await openDetails(page, row(page, "ground-0").locator("summary"));
  await expect(row(page, "ground-0").locator(".why a")).toContainText("422.112(a)(1)(iii)");
  await expect(row(page, "ground-1")).toContainText("We found no waiting-time rule for your plan");
  await expect(page.getByTestId("strength")).toContainText("Strong");
  await checkStep(page, who, "3-case");

  // Asked Mar 2; Medicare's 7-day standard from 2026 gives Mar 9; answered (denied) Mar 5.
  await nextStep(page, STEPS[3]);
  await typeDate(page, "The day you sent your written request", "2026-03-02");
  await pickRadio(page, "outcome", "Denied");
  await typeDate(page, "The date of Kaiser's answer", "2026-03-05");
  await expect(row(page, "referral-expected")).toContainText("March 9, 2026");
  await expect(row(page, "referral-expected")).toContainText("Done");
  await expect(page.getByRole("link", { name: "1-800-443-0815" })).toHaveAttribute(
    "href",
    "tel:18004430815",
  );
  await expect(nextLine(page)).toContainText("Kaiser said no. Ask Kaiser for a reconsideration");
  await checkStep(page, who, "4-ask");

  // Medicare's rule gives the default: care outside the network when the network cannot meet
  // the need is at in-network cost sharing, so the approved referral costs the $20 copay.
  await nextStep(page, STEPS[4]);
  await pickRadio(page, "share-in-network", "A copay (a fixed amount per visit, like $30)");
  await typeInto(page, "Your copay for a Kaiser specialist visit", "20");
  await typeInto(page, "Consultation fee", "400");
  await expect(row(page, "cost-in-network").locator(".member")).toHaveText("$20.00");
  await expect(page.getByText("Medicare's rules say that when no doctor in the network can meet your medical needs")).toBeVisible();
  await expect(page.getByRole("radio", { name: "The same cost as a Kaiser visit" })).toBeChecked();
  await expect(row(page, "cost-referral").locator(".member")).toHaveText("$20.00");
  // The Good Faith Estimate is not for Medicare members, so it is not offered.
  await expect(page.getByText("Good Faith Estimate")).toHaveCount(0);
  await expect(row(page, "cost-self-pay").locator(".member")).toHaveText("$400.00");
  await checkStep(page, who, "5-costs");

  await nextStep(page, STEPS[5]);
  await expect(row(page, "records-by")).toContainText(
    "Needs the date of your outside appointment (step 6).",
  );
  await checkStep(page, who, "6-records");

  // Reconsideration within 65 days of the Mar 5 letter: May 9, 2026, 61 days from Mar 9.
  await nextStep(page, STEPS[6]);
  await expect(page.getByTestId("not-denied")).toHaveCount(0);
  await expect(page.getByTestId("first-step")).toContainText("ask for a reconsideration");
  await expect(page.getByText("File within 65 days of the date on the denial letter.")).toBeVisible();
  await expect(page.getByTestId("second-step")).toContainText("Medicare's Independent Review Entity");
  await expect(page.getByText("Kaiser sends your case on by itself")).toBeVisible();
  await typeDate(page, "The date printed on the denial letter", "2026-03-05");
  await expect(row(page, "grievance-deadline")).toContainText(
    "Last day to file your appeal: May 9, 2026.",
  );
  await expect(row(page, "grievance-deadline")).toContainText("In 61 days");
  await expect(nextLine(page)).toContainText(
    "Ask Kaiser for a reconsideration by May 9, 2026",
  );
  const appeal = page.getByLabel("Your appeal letter");
  await expect(appeal).toHaveValue(/Subject: Request for reconsideration/);
  await expect(appeal).toHaveValue(/In a letter dated March 5, 2026/);
  await checkStep(page, who, "7-if-denied");

  await nextStep(page, STEPS[7]);
  await expect(page.getByTestId("attention")).toContainText("Nothing is due in the next 7 days.");
  await expect(row(page, "timeline-grievance-deadline")).toContainText("May 9, 2026");
  await expect(row(page, "timeline-grievance-deadline")).toContainText("In 61 days");
  await expect(row(page, "timeline-referral-decision")).toContainText("Done");
  await checkStep(page, who, "8-timeline");
});

test("(c) Oregon member with a rare condition and no in-network subspecialist", async ({
  page,
  guard,
}) => {
  const who = "c-oregon";
  await start(page, guard, "2026-05-20");

  await typeSelect(page, "Kaiser region", "Oregon", "northwest");
  await typeSelect(page, "Which state's law covers your plan?", "Oregon", "or");
  await pickRadio(page, "plan-type", "Employer or individual HMO");
  await pickRadio(page, "urgency", "No, it is not urgent");
  await expect(page.getByTestId("route-sentence")).toContainText("Oregon law");
  await checkStep(page, who, "1-plan");

  await nextStep(page, STEPS[1]);
  await tick(page, /^I have a serious condition/);
  await pickRadio(page, "doctor-asked", "Yes");
  await expect(page.getByText("Oregon's rule: if no doctor in the network")).toBeVisible();
  await checkStep(page, who, "2-reason");

  await nextStep(page, STEPS[2]);
  await pickRadio(page, "specialist", "No");
  await expect(row(page, "ground-0")).toContainText("Applies");
  await expect(row(page, "ground-0")).toContainText("Kaiser should send you to one outside");
  await expect(page.getByTestId("strength")).toContainText("Strong");
  await checkStep(page, who, "3-case");

  // Asked Wed Apr 1; Oregon's prior-authorization limit, 2 business days (ORS 743B.423), gives
  // Fri Apr 3; approved Apr 10.
  await nextStep(page, STEPS[3]);
  await typeDate(page, "The day you sent your written request", "2026-04-01");
  await pickRadio(page, "outcome", "Approved");
  await typeDate(page, "The date of Kaiser's answer", "2026-04-10");
  await expect(row(page, "referral-expected")).toContainText("April 3, 2026");
  await expect(row(page, "referral-expected")).toContainText("Done");
  await expect(nextLine(page)).toContainText("Your referral was approved");
  await checkStep(page, who, "4-ask");

  // 20% coinsurance on a $300 allowed amount with $100 of deductible left: $100 + 20% of $200
  // = $140 for the member, $160 for the plan; the approved referral costs the same (kp-so-02).
  await nextStep(page, STEPS[4]);
  await pickRadio(page, "share-in-network", "Coinsurance (a percentage of the price, like 20%)");
  await typeInto(page, "Your coinsurance for a Kaiser specialist visit, as a percentage", "20%");
  await typeInto(page, "Allowed amount for a Kaiser specialist visit (if you know it)", "$300");
  await typeInto(page, "What is left of your deductible this year", "100");
  const inNetwork = row(page, "cost-in-network");
  await expect(inNetwork.locator(".member")).toHaveText("$140.00");
  await expect(inNetwork).toContainText("First, $100.00 goes toward your deductible");
  await expect(inNetwork).toContainText("Then your coinsurance: 20% of the remaining $200.00 = $40.00");
  await expect(inNetwork).toContainText("Kaiser pays: $160.00");
  await expect(row(page, "cost-referral").locator(".member")).toHaveText("$140.00");
  await checkStep(page, who, "5-costs");

  // Appointment Monday Jul 6: 5 business days back, skipping Fri Jul 3 (holiday observed) =
  // Fri Jun 26 (37 days). HIPAA allows 30 days and one 30-day extension (audit A6), so the
  // date that is safe even then is 60 days back, May 7, already past: the member is told to
  // ask now.
  await nextStep(page, STEPS[5]);
  await typeDate(page, "The date of your appointment with the outside doctor", "2026-07-06");
  await expect(row(page, "records-by")).toContainText("Ask for your records by June 26, 2026.");
  await expect(row(page, "records-by")).toContainText("In 37 days");
  await expect(row(page, "records-legal")).toContainText(
    "HIPAA gives Kaiser 30 days to act, and one extension of 30 more if it tells you in writing. To be safe even then, ask 60 days ahead: by May 7, 2026.",
  );
  await expect(row(page, "records-legal")).toContainText("13 days ago, and not done");
  await expect(page.getByText("Kaiser in your region says to allow 5 business days for records.")).toBeVisible();
  await expect(nextLine(page)).toContainText(
    "Act now: ask Kaiser to send your records to the outside doctor. The safe date to ask by is May 7, 2026. That date passed 13 days ago.",
  );
  await checkStep(page, who, "6-records");

  await nextStep(page, STEPS[6]);
  await expect(page.getByTestId("not-denied")).toContainText("Kaiser approved your referral");
  await expect(page.getByTestId("second-step")).toContainText("Oregon's external review");
  await expect(page.getByRole("link", { name: "888-877-4894" })).toHaveAttribute(
    "href",
    "tel:8888774894",
  );
  await checkStep(page, who, "7-if-denied");

  await nextStep(page, STEPS[7]);
  await expect(row(page, "timeline-records-legal")).toContainText("May 7, 2026");
  await expect(row(page, "timeline-records-by")).toContainText("June 26, 2026");
  await expect(row(page, "timeline-appointment")).toContainText("July 6, 2026");
  await expect(row(page, "timeline-appointment")).toContainText("In 47 days");
  await expect(row(page, "timeline-referral-decision")).toContainText("Done");
  await checkStep(page, who, "8-timeline");
});

test("(d) a member who is not sure of the plan type", async ({ page, guard }) => {
  const who = "d-not-sure";
  await start(page, guard, "2026-02-10");

  await typeSelect(page, "Kaiser region", "Northern", "ca-north");
  await pickRadio(page, "plan-type", "Not sure");
  await pickRadio(page, "urgency", "I am not sure");
  await expect(page.getByTestId("route-sentence")).toContainText(
    "We do not know yet which rules cover your plan",
  );
  await expect(page.getByText("Which kind of plan you have.")).toBeVisible();
  await expect(page.getByText(/whether it is "self-funded"/)).toBeVisible();
  await checkStep(page, who, "1-plan");

  await nextStep(page, STEPS[1]);
  await tick(page, /^My symptoms are unclear or complex/);
  await pickRadio(page, "doctor-asked", "No");
  await expect(page.getByTestId("california-rights")).toContainText("may or may not cover you");
  await expect(row(page, "ca-reason-2")).toContainText("May apply");
  await expect(nextLine(page)).toContainText("Talk to your Kaiser doctor");
  await checkStep(page, who, "2-reason");

  await nextStep(page, STEPS[2]);
  await pickRadio(page, "specialist", "I am not sure");
  await expect(row(page, "ground-0")).toContainText("Not enough information yet");
  await expect(page.getByTestId("strength")).toContainText("Possible");
  await openDetails(page, page.getByText("What to say to your doctor (a short script)"));
  await expect(page.getByText(/I would like a second opinion about my \[condition\]/)).toBeVisible();
  await checkStep(page, who, "3-case");

  await nextStep(page, STEPS[3]);
  await expect(page.getByTestId("checklist")).toContainText(
    "To do: Talk to your Kaiser doctor about a second opinion.",
  );
  await expect(row(page, "referral-expected")).toContainText("Needs your kind of plan (step 1).");
  await checkStep(page, who, "4-ask");

  await nextStep(page, STEPS[4]);
  await typeInto(page, "Consultation fee", "750");
  await expect(row(page, "cost-referral").locator(".member")).toHaveText(
    "Not enough information yet",
  );
  await expect(row(page, "cost-self-pay").locator(".member")).toHaveText("$750.00");
  await checkStep(page, who, "5-costs");

  await nextStep(page, STEPS[5]);
  await checkStep(page, who, "6-records");

  // A denial letter of Feb 2: the earliest window of every possible plan is Medi-Cal's 60
  // days, so Apr 3, 2026 (52 days from Feb 10).
  await nextStep(page, STEPS[6]);
  await expect(page.getByTestId("not-denied")).toContainText("You have not logged an answer");
  await expect(page.getByTestId("first-step")).toContainText("file a grievance or appeal");
  await expect(page.getByText("File within 60 days of the date on the denial letter.")).toBeVisible();
  await typeDate(page, "The date printed on the denial letter", "2026-02-02");
  await expect(page.getByTestId("not-denied")).toHaveCount(0);
  await expect(row(page, "grievance-deadline")).toContainText("April 3, 2026");
  await expect(row(page, "grievance-deadline")).toContainText("In 52 days");
  await expect(nextLine(page)).toContainText(
    "File a grievance or appeal with Kaiser by April 3, 2026",
  );
  await checkStep(page, who, "7-if-denied");

  await nextStep(page, STEPS[7]);
  await expect(row(page, "timeline-grievance-deadline")).toContainText("April 3, 2026");
  await expect(row(page, "timeline-referral-decision")).toContainText(
    "Needs your kind of plan (step 1).",
  );
  await checkStep(page, who, "8-timeline");
});

test("answers from every step survive a reload, and Continue picks them up", async ({
  page,
  guard,
}) => {
  await pinToday(page, "2026-02-10");
  await openApp(page, guard);
  await press(page, "Start");
  await typeSelect(page, "Kaiser region", "Northern", "ca-north");
  await pickRadio(page, "plan-type", "Employer or individual HMO");
  for (const title of STEPS.slice(1, 4)) await nextStep(page, title);
  await typeDate(page, "The day you sent your written request", "2026-02-02");
  await typeInto(page, "Your name", "Ana Pérez");
  await nextStep(page, STEPS[4]);
  await typeInto(page, "Consultation fee", "$1,200");

  // A reload stays on the step, with its answers.
  guard.expectLoad();
  await page.reload();
  await guard.settled(page);
  await expect(heading(page)).toHaveText(STEPS[4]);
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveURL(/#\/costs$/);
  await expect(page.getByLabel("Consultation fee")).toHaveValue("$1,200.00");

  // The bare address again: Continue picks up every step's answers.
  guard.expectLoad();
  await page.goto("./");
  await guard.settled(page);
  await press(page, "Continue where you left off");
  await expect(heading(page)).toHaveText(STEPS[0]);
  await expect(page.getByLabel("Kaiser region")).toHaveValue("ca-north");
  await tabTo(page, page.locator(".progress button").nth(3), 60);
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText(STEPS[3]);
  await expect(page.getByLabel("The day you sent your written request")).toHaveValue("2026-02-02");
  await expect(page.getByLabel("Your name", { exact: true })).toHaveValue("Ana Pérez");
  await nextStep(page, STEPS[4]);
  await expect(page.getByLabel("Consultation fee")).toHaveValue("$1,200.00");
  await expect(row(page, "cost-self-pay").locator(".member")).toHaveText("$1,200.00");
});
