// Benchmark of the release build (dist/): it measures and reports, and never fails on speed.
// - Lighthouse 12.2.3 (mobile preset, simulated throttling) with Debian's Chromium, the build
//   served on localhost plain and gzip-compressed: the four category scores, FCP, LCP, TBT, CLS
//   (the median run of three, by performance score);
// - in Playwright with the CPU slowed 4x (DevTools protocol), served gzip: navigation to the
//   Start button shown, and to the first step usable after a tap on Start (median of 5); a
//   keystroke in a cost field to the new member share in the page, and to the next frame
//   (median of 20).
// Writes target/bench/bench.json and prints a short table. Exits non-zero only if it could not
// measure at all.
import { mkdirSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { chromium } from "@playwright/test";

const DIST = process.argv[2] ?? "dist";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const PLAIN = 4181;
const GZIP = 4182;
const LIGHTHOUSE_RUNS = 3;
const SAMPLES = 20;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function serve(port, gzip) {
  const args = ["scripts/serve.mjs", DIST, String(port), ...(gzip ? ["--gzip"] : [])];
  const server = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((ready, failed) => {
    server.stdout.once("data", ready);
    server.once("exit", () => failed(new Error(`server on ${port} exited`)));
  });
  return server;
}

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const ms = (id) => round(lhr.audits[id]?.numericValue ?? NaN, 0);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      fcpMs: ms("first-contentful-paint"),
      lcpMs: ms("largest-contentful-paint"),
      tbtMs: ms("total-blocking-time"),
      cls: round(lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN, 3),
    };
  } finally {
    await chrome.kill();
  }
}

async function lighthouseMedian(url) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) runs.push(await lighthouseRun(url));
  runs.sort((a, b) => a.performance - b.performance);
  return { ...runs[runs.length >> 1], runs: runs.length };
}

/** Opens the page with the CPU slowed 4x. */
async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { context, page };
}

/** Navigation to the Start button shown (the first contentful paint: the static first screen,
 *  Start included), and to the first step usable, Start being tapped just after it. Both are
 *  recorded in the page, so the harness's own latency is not counted. */
async function firstStep(browser, url) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.addInitScript(() => {
      // Tap Start once the first screen has been drawn.
      document.addEventListener("DOMContentLoaded", () =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            const start = document.querySelector("[data-boot-start]");
            window.__startOnScreen = Boolean(start);
            start?.click();
          }, 0),
        ),
      );
      new MutationObserver(() => {
        if (window.__usable) return;
        const h1 = document.querySelector("h1");
        if (h1?.textContent === "Your plan" && document.getElementById("region")) {
          window.__usable = performance.now();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 60_000 });
    const [shown, onScreen, usable] = await page.evaluate(() => [
      performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      window.__startOnScreen,
      window.__usable,
    ]);
    if (!onScreen) throw new Error("the first paint had no Start button");
    return { startShownMs: shown, firstStepUsableMs: usable };
  } finally {
    await context.close();
  }
}

/** Keystrokes in the Costs step's copay field: from the key to the new member share. */
async function keystrokes(browser, url) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(url);
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByLabel("Kaiser region").selectOption({ label: "Northern California" });
    await page.getByRole("button", { name: /Costs/ }).first().click();
    await page.getByRole("radio", { name: /^A copay/ }).first().check();
    const field = page.getByLabel("Your copay for a Kaiser specialist visit");
    await field.waitFor();
    await field.focus();
    // A copay of $4 first; then typing "5" ($45) and deleting it ($4) in turn, as a member
    // types and corrects: every key changes the member share.
    await page.keyboard.press("4");
    await page.evaluate(() => {
      const cell = () => document.querySelector('[data-testid="cost-in-network"] .member');
      window.__times = [];
      document.addEventListener("keydown", () => {
        const before = cell()?.textContent;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (cell()?.textContent === before) return;
          observer.disconnect();
          const dom = performance.now() - t0;
          requestAnimationFrame(() => window.__times.push([dom, performance.now() - t0]));
        });
        observer.observe(document.getElementById("main"), {
          childList: true,
          subtree: true,
          characterData: true,
        });
      }, true);
    });
    for (let i = 0; i < SAMPLES; i += 1) {
      const before = await page.evaluate(() => window.__times.length);
      await page.keyboard.press(i % 2 ? "Backspace" : "5");
      await page.waitForFunction((n) => window.__times.length > n, before);
    }
    const times = await page.evaluate(() => window.__times);
    return {
      keystrokeToShareMs: round(median(times.map(([dom]) => dom)), 2),
      keystrokeToFrameMs: round(median(times.map(([, frame]) => frame)), 2),
      samples: times.length,
    };
  } finally {
    await context.close();
  }
}

async function main() {
  const servers = [await serve(PLAIN, false), await serve(GZIP, true)];
  try {
    const plainUrl = `http://127.0.0.1:${PLAIN}/`;
    const gzipUrl = `http://127.0.0.1:${GZIP}/`;
    const result = {
      when: new Date().toISOString(),
      lighthouse: { plain: await lighthouseMedian(plainUrl), gzip: await lighthouseMedian(gzipUrl) },
    };
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
    try {
      const loads = [];
      for (let i = 0; i < 5; i += 1) loads.push(await firstStep(browser, gzipUrl));
      result.cpu4x = {
        startShownMs: round(median(loads.map((l) => l.startShownMs)), 0),
        firstStepUsableMs: round(median(loads.map((l) => l.firstStepUsableMs)), 0),
        loads: loads.length,
        ...(await keystrokes(browser, gzipUrl)),
      };
    } finally {
      await browser.close();
    }
    mkdirSync("target/bench", { recursive: true });
    writeFileSync("target/bench/bench.json", JSON.stringify(result, null, 2) + "\n");
    const { plain, gzip } = result.lighthouse;
    const line = (name, a, b) => console.log(`${name.padEnd(34)} ${String(a).padStart(8)} ${String(b).padStart(8)}`);
    console.log(`${"Lighthouse 12.2.3, mobile".padEnd(34)} ${"plain".padStart(8)} ${"gzip".padStart(8)}`);
    for (const [key, name] of [
      ["performance", "performance"],
      ["accessibility", "accessibility"],
      ["bestPractices", "best practices"],
      ["seo", "SEO"],
      ["fcpMs", "FCP (ms)"],
      ["lcpMs", "LCP (ms)"],
      ["tbtMs", "TBT (ms)"],
      ["cls", "CLS"],
    ]) {
      line(name, plain[key], gzip[key]);
    }
    const c = result.cpu4x;
    console.log(`CPU 4x, gzip: Start shown ${c.startShownMs} ms, first step usable ${c.firstStepUsableMs} ms (median of ${c.loads})`);
    console.log(`CPU 4x: keystroke to new member share ${c.keystrokeToShareMs} ms, to next frame ${c.keystrokeToFrameMs} ms (median of ${c.samples})`);
    console.log("wrote target/bench/bench.json (reported only; speed never fails the build)");
  } finally {
    for (const server of servers) server.kill();
  }
}

try {
  await main();
} catch (error) {
  console.error(`benchmark could not measure: ${error.stack ?? error}`);
  process.exit(1);
}
// Let Chromium's children wind down before the next step starts.
await sleep(200);
