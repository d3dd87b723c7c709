// Size report for a build folder: raw, gzip -9 and brotli (quality 11) bytes of every file, the
// total that a first visit downloads for each language's page, and the total of all files.
// It is also the size test: the build fails when an English first visit exceeds the limit in
// gzip (a ratchet: lower it when the bundle shrinks, never raise it), or when another
// language's first visit is more than LANG_SPREAD_KB larger than the English one.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, dirname, normalize } from "node:path";
import { execFileSync } from "node:child_process";
import { brotliCompressSync, constants } from "node:zlib";
import { workerFiles } from "./offline-files.mjs";

const LIMIT_KB = 194;
const AIM_KB = 125;
const LANG_SPREAD_KB = 5;
const dir = process.argv[2] ?? "dist";

// gzip -9 by the gzip program itself (zlib's level 9 differs by about 1%); -n leaves out the
// file name and time, as a web server's compression does.
const sizes = (path, bytes = readFileSync(path)) => ({
  raw: bytes.length,
  gzip: execFileSync("gzip", ["-9", "-n", "-c", path], { maxBuffer: 64 << 20 }).length,
  brotli: brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length,
});

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = new Map(walk(dir).sort().map((path) => [relative(dir, path), sizes(path)]));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (name, s) =>
  console.log(`${name.padEnd(56)} ${String(s.raw).padStart(9)} ${String(s.gzip).padStart(9)} ${String(s.brotli).padStart(9)}`);
const sum = (list) =>
  list.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

console.log(`${"file".padEnd(56)} ${"raw B".padStart(9)} ${"gzip B".padStart(9)} ${"brotli B".padStart(9)}`);
for (const [name, s] of files) row(name, s);
row("ALL FILES", sum([...files.values()]));

// A first visit downloads a page and what it names: stylesheet, icon, loader, wasm; and the
// service worker of the page's folder (sw.js), which the page registers as soon as the app runs.
// The limit is on that: what the app needs before it runs. Told apart, and not in the limit:
// - what the browser fetches for itself, off the page's path: the web app manifest
//   (rel="manifest") and the icon it picks from it, which Chromium reads once the page has
//   loaded, to see whether the guide can be installed (measured: the manifest and icon.svg,
//   the one with sizes "any"); and the Home Screen icon (rel="apple-touch-icon"), which iPhone
//   and iPad read only when the member adds the guide;
// - what the worker then caches besides, in the background once the app runs (the sources'
//   titles, sources.txt, which the app itself also asks for as it starts; the manifest's icons).
const OFF_PATH = /<link\b[^>]*\brel=["']?(?:manifest|apple-touch-icon)\b[^>]*>/g;
function firstVisit(page) {
  const html = readFileSync(join(dir, page), "utf8");
  const lang = html.match(/<html[^>]*\blang=["']?([^"'\s>]+)/)?.[1] ?? "?";
  const named = (text) =>
    [...text.matchAll(/(?:(?:href|src)=["']?|(?:module_or_path:\s*|from\s+)["'])([^"'\s>#?:]+)/g)]
      .map(([, path]) => normalize(join(dirname(page), path)))
      .filter((path) => files.has(path));
  const offPath = [...new Set((html.match(OFF_PATH) ?? []).flatMap(named))];
  const picked = offPath
    .filter((path) => path.endsWith(".webmanifest"))
    .flatMap((path) =>
      (JSON.parse(readFileSync(join(dir, path), "utf8")).icons ?? [])
        .filter((icon) => icon.sizes === "any")
        .map((icon) => normalize(join(dirname(path), icon.src))),
    );
  const browser = [...new Set([...offPath, ...picked])].filter((path) => files.has(path));
  const worker = normalize(join(dirname(page), "sw.js"));
  const parts = [page, ...new Set(named(html.replace(OFF_PATH, ""))), ...(files.has(worker) ? [worker] : [])];
  const cached = files.has(worker)
    ? workerFiles(readFileSync(join(dir, worker), "utf8")).map((f) => normalize(join(dirname(page), f)))
    : [];
  const extra = cached.filter((path) => !parts.includes(path) && !browser.includes(path) && files.has(path));
  const total = (list) => sum(list.map((p) => files.get(p)));
  return { lang, page, parts, total: total(parts), browser, browserTotal: total(browser), extra, extraTotal: total(extra) };
}

const pages = [...files.keys()].filter((name) => name === "index.html" || name.endsWith("/index.html"));
let failed = false;
const visits = pages.map(firstVisit);
const english = visits.find((v) => v.lang === "en");
for (const visit of visits) {
  const { lang, page, parts, total, browser, browserTotal, extra, extraTotal } = visit;
  const spread = english && visit !== english ? total.gzip - english.total.gzip : null;
  console.log(
    `first visit (${lang}, ${page}): ${kb(total.gzip)} gzip, ${kb(total.brotli)} brotli, ${kb(total.raw)} raw; ${parts.length} files` +
      (spread === null ? "" : `; ${spread >= 0 ? "+" : "-"}${kb(Math.abs(spread))} gzip against English`),
  );
  if (browser.length > 0) {
    console.log(
      `  and, off the page's path, the browser's own ${browser.length} file(s): ${kb(browserTotal.gzip)} gzip (${browser.join(", ")})`,
    );
  }
  if (extra.length > 0) {
    console.log(
      `  then, in the background once the app runs, ${extra.length} more file(s): ${kb(extraTotal.gzip)} gzip (${extra.join(", ")})`,
    );
  }
  if (lang === "en" && total.gzip > LIMIT_KB * 1024) failed = true;
  if (spread > LANG_SPREAD_KB * 1024) {
    console.error(`size report: the ${lang} first visit is over ${LANG_SPREAD_KB} KB gzip larger than the English one`);
    failed = true;
  }
}
console.log(
  `aim: under ${AIM_KB} KB gzip; limit: ${LIMIT_KB} KB gzip for an English first visit, and another language within ${LANG_SPREAD_KB} KB of it`,
);
if (pages.length === 0) {
  console.error("size report: no index.html in " + dir);
  process.exit(1);
}
if (failed) {
  if (english && english.total.gzip > LIMIT_KB * 1024) {
    console.error(`size report: an English first visit is over the ${LIMIT_KB} KB gzip limit`);
  }
  process.exit(1);
}
