// Trunk post-build hook: puts the SHA-256 of every inline <script> and <style> into the page's
// Content-Security-Policy, so the CSP can forbid all other inline script and style. The loader
// is inline and changes with each build's hashed file names, so the hashes are computed per
// build.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PLACEHOLDER = "'sha256-FILLED-IN-AFTER-BUILD'";
const STYLE_PLACEHOLDER = "'sha256-STYLE-FILLED-IN-AFTER-BUILD'";
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-hash: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
if (!html.includes(PLACEHOLDER)) {
  console.error(`csp-hash: ${file} has no ${PLACEHOLDER} in its CSP`);
  process.exit(1);
}
const hash = ([, body]) =>
  `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(hash);
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(hash);
if (scripts.length === 0 || styles.length === 0 || !html.includes(STYLE_PLACEHOLDER)) {
  console.error("csp-hash: expected inline scripts, an inline stylesheet and both placeholders");
  process.exit(1);
}
writeFileSync(
  file,
  html.replace(PLACEHOLDER, scripts.join(" ")).replace(STYLE_PLACEHOLDER, styles.join(" ")),
);
console.log(`csp-hash: allowed ${scripts.length} inline script(s), ${styles.length} style(s) by hash`);
