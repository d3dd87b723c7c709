// The size test's own test: a first visit counts the page and what it names (and nothing else),
// and an English first visit over the limit, or another language's far larger, fails the build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const page = (lang, names) =>
  `<!doctype html><html lang="${lang}"><head><link rel="stylesheet" href="./${names.css}"/>` +
  `<script type="module">import init from './${names.js}'; await init({ module_or_path: './${names.wasm}' });</script>` +
  `</head><body></body></html>`;

function build(files) {
  const dir = mkdtempSync(join(tmpdir(), "size-report-"));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const report = (dir) =>
  spawnSync(process.execPath, ["scripts/size-report.mjs", dir], { encoding: "utf8" });

const names = { css: "a.css", js: "a.js", wasm: "a_bg.wasm" };

/** An English page with `englishWasm` bytes of wasm, and a Spanish page in es/ that shares its
 *  stylesheet and glue and has `spanishWasm` bytes of its own. Random bytes do not compress. */
const twoLanguages = (englishWasm, spanishWasm) =>
  build({
    "index.html": page("en", names),
    "a.css": "body{}",
    "a.js": "export default 1",
    "a_bg.wasm": randomBytes(englishWasm),
    // Not named by the English page: another language's files.
    "es/index.html": page("es", { css: "../a.css", js: "../a.js", wasm: "../b_bg.wasm" }).replaceAll(
      "./../",
      "../",
    ),
    "b_bg.wasm": randomBytes(spanishWasm),
  });

test("a first visit counts the page and the files it names, not the others", () => {
  const dir = twoLanguages(10_000, 12_000);
  const out = report(dir);
  assert.equal(out.status, 0, out.stderr);
  const en = out.stdout.match(/first visit \(en, index\.html\): ([\d.]+) KB gzip.*; (\d+) files/);
  assert.ok(en, out.stdout);
  assert.equal(en[2], "4");
  assert.ok(Number(en[1]) < 12, out.stdout);
  assert.match(out.stdout, /first visit \(es, es\/index\.html\): 1\d\.\d KB gzip.*\+2\.\d KB gzip against English/);
  assert.match(out.stdout, /ALL FILES/);
});

test("an English first visit over the limit fails", () => {
  const dir = build({
    "index.html": page("en", names),
    "a.css": "body{}",
    "a.js": "export default 1",
    // Random bytes do not compress: well over the limit in gzip.
    "a_bg.wasm": randomBytes(260 * 1024),
  });
  const out = report(dir);
  assert.equal(out.status, 1, out.stdout);
  assert.match(out.stderr, /over the \d+ KB gzip limit/);
});

test("another language's first visit far larger than the English one fails", () => {
  const dir = twoLanguages(10_000, 10_000 + 6 * 1024);
  const out = report(dir);
  assert.equal(out.status, 1, out.stdout);
  assert.match(out.stderr, /the es first visit is over 5 KB gzip larger than the English one/);
});

test("a first visit counts the page's service worker; the files it caches beyond are told apart", () => {
  const dir = build({
    "index.html": page("en", names),
    "a.css": "body{}",
    "a.js": "export default 1",
    "a_bg.wasm": randomBytes(10_000),
    "share.html": randomBytes(2_900),
    "sw.js": `const VERSION="1",FILES=["a.css","a.js","a_bg.wasm","index.html","share.html"];\n(()=>{})();`,
  });
  const out = report(dir);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /first visit \(en, index\.html\): [\d.]+ KB gzip.*; 5 files/);
  assert.match(out.stdout, /then, in the background once the app runs, 1 more file\(s\): 2\.9 KB gzip \(share\.html\)/);
});

test("the manifest, the icon Chromium picks from it and the Apple icon are the browser's own, not in the limit", () => {
  const manifest = {
    name: "x",
    icons: [
      { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
    ],
  };
  const dir = build({
    "index.html": page("en", names).replace(
      "</head>",
      '<link rel="manifest" href="manifest.webmanifest"/><link rel="apple-touch-icon" href="icons/apple.png"/></head>',
    ),
    "a.css": "body{}",
    "a.js": "export default 1",
    "a_bg.wasm": randomBytes(10_000),
    "manifest.webmanifest": JSON.stringify(manifest),
    "icon.svg": randomBytes(3_000),
    "icons/icon-192.png": randomBytes(4_000),
    "icons/apple.png": randomBytes(2_000),
    "sw.js": `const VERSION="1",FILES=["a.css","a.js","a_bg.wasm","icon.svg","icons/icon-192.png","index.html","manifest.webmanifest"];\n(()=>{})();`,
  });
  const out = report(dir);
  assert.equal(out.status, 0, out.stderr);
  // The page, its stylesheet, glue and wasm, and its worker: none of the browser's own.
  const en = out.stdout.match(/first visit \(en, index\.html\): ([\d.]+) KB gzip.*; (\d+) files/);
  assert.ok(en, out.stdout);
  assert.equal(en[2], "5");
  assert.ok(Number(en[1]) < 11, out.stdout);
  assert.match(
    out.stdout,
    /and, off the page's path, the browser's own 3 file\(s\): [\d.]+ KB gzip \(manifest\.webmanifest, icons\/apple\.png, icon\.svg\)/,
  );
  // What the worker caches besides: the icon Chromium does not read itself.
  assert.match(out.stdout, /then, in the background once the app runs, 1 more file\(s\): 3\.\d KB gzip \(icons\/icon-192\.png\)/);
});
