// Writes each language folder's own service worker (sw.js) from the template static/sw.js: the
// exact list of that folder's files (hashed names as built; the page as "index.html"; every file
// in the folder except those in NOT_CACHED and the other language folders in it, such as
// dist/es/) and a version made from their contents and the template's, so a new deployment
// always means a byte-different sw.js. A language folder is one with an index.html: dist/ and
// each one below it. Any file build.sh adds to a folder is kept offline without a change here.
// scripts/build.sh runs this last, once every file is in place; run by hand on a changed copy,
// it writes that copy's workers anew:  node scripts/offline-files.mjs <folder>
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), "..", "static", "sw.js");

/** A folder's files the worker leaves out. sw.js itself: the browser fetches it past every
 *  cache, to see a new deployment. And the Share page's own files (share.html, share.js,
 *  share.css; scripts/build.sh copies them): the page is for advocates, not for the members who
 *  use the guide, and caching it would add about 10 KB gzip of background download to every
 *  member's first visit. Offline, the Share page fails as any page would, which is fine: the
 *  link it makes is for sending, which needs a connection. (icon.svg, which the Share page
 *  names too, is cached: the web app manifest names it.) */
export const NOT_CACHED = new Set(["sw.js", "share.html", "share.js", "share.css"]);

const isLanguageFolder = (folder) => existsSync(join(folder, "index.html"));

/** The files the folder's worker caches, relative to it with "/" between parts, sorted. */
export function ownFiles(folder) {
  const walk = (at) =>
    readdirSync(at).flatMap((name) => {
      const path = join(at, name);
      if (name.startsWith(".")) return []; // Trunk's staging folder, and any hidden file
      if (!statSync(path).isDirectory()) return [path];
      return isLanguageFolder(path) ? [] : walk(path);
    });
  return walk(folder)
    .map((path) => relative(folder, path).split(sep).join("/"))
    .filter((name) => !NOT_CACHED.has(name))
    .sort();
}

/** Every language folder under `root`, itself included. */
export function languageFolders(root) {
  const below = (at) =>
    readdirSync(at)
      .filter((name) => !name.startsWith("."))
      .map((name) => join(at, name))
      .filter((path) => statSync(path).isDirectory())
      .flatMap((path) => [...(isLanguageFolder(path) ? [path] : []), ...below(path)]);
  return [root, ...below(root)];
}

/** The list a written sw.js caches (for the tests' network guard and the size report). */
export function workerFiles(source) {
  const list = /\bFILES=(\[[^\]]*\])/.exec(source);
  if (!list) throw new Error("sw.js: no FILES list");
  return JSON.parse(list[1]);
}

async function writeWorkers(root) {
  const { transformSync } = await import("esbuild");
  const template = readFileSync(TEMPLATE, "utf8");
  // Minified, in a function of its own so that its names can be shortened too: the worker is
  // downloaded on a first visit, so it counts against the size limit.
  const { code } = transformSync(`(()=>{${template}\n})();`, { minify: true, target: "es2020" });
  for (const folder of languageFolders(root)) {
    if (!isLanguageFolder(folder)) {
      console.error(`offline-files: no index.html in ${folder}`);
      process.exit(1);
    }
    const files = ownFiles(folder);
    const hash = createHash("sha256").update(code);
    for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(join(folder, file)));
    const version = hash.digest("hex").slice(0, 16);
    const head = `const VERSION=${JSON.stringify(version)},FILES=${JSON.stringify(files)};\n`;
    writeFileSync(join(folder, "sw.js"), head + code);
    console.log(`offline-files: ${join(folder, "sw.js")} caches ${files.length} files, version ${version}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = process.argv[2];
  if (!root || !isLanguageFolder(root)) {
    console.error("usage: node scripts/offline-files.mjs <build folder with an index.html>");
    process.exit(1);
  }
  await writeWorkers(root);
}
