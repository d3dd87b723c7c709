// The Share page (share.html next to each language's page): an advocate picks, by keyboard, a
// region, a plan, a language, where the guide opens, a link or a frame, and an accent colour;
// the page writes the preset link (Copy, and Share where the device has it) and the embed code
// (Copy, and a live preview of the guide in embed mode). A too-light accent is refused with a
// warning. axe-clean at 1280 and 360 px, in English and Spanish. The link, opened in a fresh
// browser, lands with its presets. The Spanish words are the tables' (src/i18n/es mirrors
// src/i18n/en literal for literal, which tests/i18n_tables.rs holds).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect, APP_ORIGIN, tabTo } from "./fixtures.mjs";
import { press, pickRadio, typeInto, typeSelect, checkStep } from "./journey-helpers.mjs";

/** The string literals of a Rust table file, in order, without its comment lines. */
function literals(source) {
  const code = source
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
  return [...code.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map(([, body]) => body.replace(/\\(.)/g, "$1"));
}
const SPANISH = new Map();
for (const name of ["page.rs", "mod.rs", "safety.rs"]) {
  const en = literals(readFileSync(join("src/i18n/en", name), "utf8"));
  const es = literals(readFileSync(join("src/i18n/es", name), "utf8"));
  en.forEach((text, i) => SPANISH.set(text, es[i]));
}
function es(text) {
  const found = SPANISH.get(text);
  if (!found) throw new Error(`no Spanish for ${JSON.stringify(text)}`);
  return found;
}

const FRAME_TITLE = "Second Opinion Navigator: getting a second opinion outside Kaiser";
const linkField = (page) => page.locator("#link");
const snippetField = (page) => page.locator("#snippet");
const problem = (page) => page.locator("#accent-problem");

test.use({ locale: "en-US", permissions: ["clipboard-read", "clipboard-write"] });

/** Opens a Share page; it loads nothing after its own four files. */
async function openShare(page, guard, path) {
  guard.expectLoad();
  await page.goto(path);
  await expect(page.locator("h1")).toBeVisible();
  await page.waitForLoadState("networkidle");
  guard.loading = false;
}

/** Lets the preview load the guide (the only requests the page makes after loading), and
 *  waits until it has. */
async function expectPreview(page, guard, change) {
  guard.expectLoad();
  await change();
  const preview = page.frameLocator("#preview");
  await expect(preview.getByTestId("export")).toBeAttached();
  await page.waitForLoadState("networkidle");
  guard.loading = false;
  return preview;
}

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

test("English: a preset link and the embed code, by keyboard, with a live preview", async ({ page, guard, browser }) => {
  await openShare(page, guard, "share.html");
  await expect(page).toHaveTitle("Share or embed this guide: Second Opinion Navigator");
  await expect(page.locator("h1")).toHaveText("Share or embed this guide");
  // At first: the English guide at its first step, nothing preset.
  await expect(linkField(page)).toHaveValue(`${APP_ORIGIN}/#/plan?lang=en`);
  await expect(page.locator("#embed-part")).toBeHidden();

  await typeSelect(page, "Kaiser region", "Col", "co");
  await typeSelect(page, "Kind of plan", "Emp", "hmo");
  await expect(linkField(page)).toHaveValue(`${APP_ORIGIN}/#/plan?lang=en&region=co&plan=hmo`);
  await pickRadio(page, "start", "At its start page");
  await expect(linkField(page)).toHaveValue(`${APP_ORIGIN}/#/?lang=en&region=co&plan=hmo`);
  await pickRadio(page, "start", "At the first step: Your plan");
  await pickRadio(page, "lang", "Español");
  const spanishLink = `${APP_ORIGIN}/es/#/plan?lang=es&region=co&plan=hmo`;
  await expect(linkField(page)).toHaveValue(spanishLink);

  // The accent: too light for white text is refused, with a warning, and left out.
  await typeInto(page, "Accent color (optional)", "ffff00");
  await expect(problem(page)).toHaveText(/hard to read \(contrast below 4\.5 to 1\)/);
  await expect(page.locator("#accent")).toHaveAttribute("aria-invalid", "true");
  await expect(linkField(page)).toHaveValue(spanishLink);
  await typeInto(page, "Accent color (optional)", "javascr");
  await expect(problem(page)).toHaveText(/not a color written as six hexadecimal digits/);
  await expect(linkField(page)).toHaveValue(spanishLink);
  await typeInto(page, "Accent color (optional)", "#1F5F8B");
  await expect(problem(page)).toHaveText("");
  await expect(page.locator("#accent")).not.toHaveAttribute("aria-invalid");
  const link = `${spanishLink}&accent=1f5f8b`;
  await expect(linkField(page)).toHaveValue(link);

  // Copy puts the link on the clipboard, and says so.
  await press(page, "Copy the link");
  await expect(page.getByRole("status")).toHaveText("Copied.");
  expect(await clipboard(page)).toBe(link);
  // Share only where the device can (this browser's navigator.share, if any).
  const canShare = await page.evaluate(() => typeof navigator.share === "function");
  await expect(page.getByRole("button", { name: "Share the link" })).toHaveCount(canShare ? 1 : 0);
  await checkStep(page, "share-en", "link");

  // A frame on a website: the code, and the preview of the guide in embed mode.
  const preview = await expectPreview(page, guard, () => pickRadio(page, "use", "In a frame on your website"));
  await expect(page.locator("#link-part")).toBeHidden();
  const embedLink = `${spanishLink}&embed=1&accent=1f5f8b`;
  const code = await snippetField(page).inputValue();
  expect(code).toContain(
    `<iframe id="second-opinion-navigator" src="${embedLink.replaceAll("&", "&amp;")}" title="${es(FRAME_TITLE)}" allow="clipboard-write" style="width:100%;border:0" loading="lazy"></iframe>`,
  );
  // The optional lines check the sender (origin and window), the type and the height.
  expect(code).toContain("event.origin !== origin || event.source !== frame.contentWindow");
  expect(code).toContain('"second-opinion-navigator:height"');
  expect(code).toMatch(/<script>[\s\S]*<\/script>$/);
  await expect(page.locator("#preview")).toHaveAttribute("src", embedLink);
  await expect(preview.locator("html")).toHaveClass(/\bembed\b/);
  await expect(preview.locator("html")).toHaveAttribute("lang", "es");
  await expect(preview.locator(".app-header")).toBeHidden();
  await expect(preview.getByLabel(es("Kaiser region"), { exact: true })).toHaveValue("co");
  // As the note under it says, the preview is the guide itself in this browser: its choices
  // filled this browser's empty answers.
  await expect(page.getByText("The preview is the guide itself, in this browser")).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("second-opinion-navigator/case")))
    .toMatch(/"region":\s*"co"/);
  // The preview is sized by the guide's own height message, as the code sizes a host's frame.
  await expect
    .poll(async () => {
      const outer = await page.locator("#preview").evaluate((el) => Math.round(el.getBoundingClientRect().height));
      const inner = await page
        .frame({ url: (u) => u.href.startsWith(`${APP_ORIGIN}/es/`) })
        .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return outer - inner;
    })
    .toBe(0);
  await press(page, "Copy the code");
  await expect(page.getByRole("status")).toHaveText("Copied.");
  expect(await clipboard(page)).toBe(code);
  await checkStep(page, "share-en", "embed");

  // The link opened in a fresh browser lands with its presets, and keeps no trace of them in
  // its address.
  const fresh = await browser.newContext({ locale: "en-US" });
  try {
    const member = await fresh.newPage();
    const problems = [];
    member.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    member.on("pageerror", (e) => problems.push(e.message));
    await member.goto(link);
    await expect(member.getByTestId("export")).toBeAttached();
    await expect(member.locator("html")).toHaveAttribute("lang", "es");
    await expect(member.locator("h1")).toHaveText(es("Your plan"));
    await expect(member.getByLabel(es("Kaiser region"), { exact: true })).toHaveValue("co");
    await expect(member.getByRole("radio", { name: es("Employer or individual HMO"), exact: true })).toBeChecked();
    await expect.poll(() => member.url()).not.toMatch(/region=|plan=/);
    expect(problems).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test("Spanish: the page in Spanish, its link to the English guide, and Copy where copying is refused", async ({
  page,
  guard,
}) => {
  await page.addInitScript(() => {
    if (navigator.clipboard) navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"));
  });
  await openShare(page, guard, "es/share.html");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator("h1")).toHaveText(es("Share or embed this guide"));
  // The Spanish guide by default, from es/share.html.
  await expect(linkField(page)).toHaveValue(`${APP_ORIGIN}/es/#/plan?lang=es`);
  await typeSelect(page, es("Kaiser region"), "Haw", "hi");
  await typeSelect(page, es("Kind of plan"), "Med", "medicaid");
  await pickRadio(page, "lang", "English");
  const link = `${APP_ORIGIN}/#/plan?lang=en&region=hi&plan=medicaid`;
  await expect(linkField(page)).toHaveValue(link);
  await typeInto(page, es("Accent color (optional)"), "7cb8e6");
  await expect(problem(page)).toHaveText(es(
    "White text on this color would be hard to read (contrast below 4.5 to 1), so the link leaves it out. Choose a darker color.",
  ));
  await expect(linkField(page)).toHaveValue(link);

  // The clipboard is refused: the link is selected, and the page says how to copy it.
  await press(page, es("Copy the link"));
  await expect(page.getByRole("status")).toHaveText(es(
    "This browser did not let the page copy. The text is selected: press Ctrl+C (⌘+C on a Mac) to copy it.",
  ));
  await expect(linkField(page)).toBeFocused();
  expect(
    await linkField(page).evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd)),
  ).toBe(link);
  await checkStep(page, "share-es", "link");

  // The code for a frame: the English guide, so the frame's title is English.
  await expectPreview(page, guard, () => pickRadio(page, "use", es("In a frame on your website")));
  await expect(snippetField(page)).toHaveValue(new RegExp(`title="${FRAME_TITLE}"`));
  await expect(page.frameLocator("#preview").locator("html")).toHaveAttribute("lang", "en");
  await checkStep(page, "share-es", "embed");

  // The switch to the English Share page, named in English.
  const english = page.getByRole("link", { name: "English" });
  await expect(english).toHaveAttribute("href", "../share.html");
  await tabTo(page, english, 80);
  guard.expectLoad();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${APP_ORIGIN}/share.html`);
  await expect(page.locator("h1")).toHaveText("Share or embed this guide");
  await page.waitForLoadState("networkidle");
  guard.loading = false;
});

test("Share, where the device has it, shares the link and its title", async ({ page, guard }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => {
      window.__shared.push(data);
      return Promise.resolve();
    };
  });
  await openShare(page, guard, "share.html");
  await typeSelect(page, "Kaiser region", "Nor", "ca-north");
  await typeSelect(page, "Kind of plan", "Cov", "covered-california");
  await press(page, "Share the link");
  await expect.poll(() => page.evaluate(() => window.__shared)).toEqual([
    { title: FRAME_TITLE, url: `${APP_ORIGIN}/#/plan?lang=en&region=ca-north&plan=covered-california` },
  ]);
});

test("the Share page allows only its own files, and the guide loads nothing of it", async ({ page, guard }) => {
  await openShare(page, guard, "share.html");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toBe(
    "default-src 'none'; script-src 'self'; style-src 'self'; frame-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'",
  );
  const files = guard.requests.map((r) => new URL(r.url).pathname).sort();
  expect(files).toEqual(["/icon.svg", "/share.css", "/share.html", "/share.js"]);
  // Enter in the colour field submits nothing (the form has nowhere to go).
  const accent = page.getByLabel("Accent color (optional)", { exact: true });
  await tabTo(page, accent);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${APP_ORIGIN}/share.html`);
  // The guide's own first visit names none of the Share page's files.
  const index = readFileSync("dist/index.html", "utf8");
  expect(index).not.toMatch(/share\.(?:js|css)/);
});
