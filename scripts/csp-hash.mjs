// Trunk post-build hook: puts the SHA-256 of every inline <script> into the page's
// Content-Security-Policy, so the CSP can forbid all other inline script. Trunk's loader is
// inline and changes with each build's hashed file names, so the hash is computed per build.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PLACEHOLDER = "'sha256-FILLED-IN-AFTER-BUILD'";
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
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length === 0) {
  console.error("csp-hash: found no inline script to allow; did Trunk's loader change?");
  process.exit(1);
}
const hashes = inline.map(
  ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
);
writeFileSync(file, html.replace(PLACEHOLDER, hashes.join(" ")));
console.log(`csp-hash: allowed ${hashes.length} inline script(s) by hash`);
