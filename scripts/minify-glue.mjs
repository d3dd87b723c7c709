// Trunk post-build hook: gives the wasm's imports and exports short names, in the wasm and in
// wasm-bindgen's JS glue (minify-names.mjs), then minifies the glue in place (spaces, comments
// and local names go), which takes about 1.7 KB gzip off every first visit. The glue has no
// integrity hash to break; csp-hash.mjs, which Trunk runs alongside, reads only the page.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { minifyNames } from "./minify-names.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-glue: TRUNK_STAGING_DIR is not set (run me as a Trunk hook)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") {
  console.log("minify-glue: not a release build, left as it is");
  process.exit(0);
}
// First the short import and export names, in the wasm and the glue alike.
minifyNames(dir);
const glue = readdirSync(dir).filter((name) => name.endsWith(".js"));
if (glue.length === 0) {
  console.error(`minify-glue: no .js file in ${dir}`);
  process.exit(1);
}
for (const name of glue) {
  const file = join(dir, name);
  const before = readFileSync(file, "utf8");
  const { code } = transformSync(before, { minify: true, format: "esm", target: "es2020" });
  writeFileSync(file, code);
  console.log(`minify-glue: ${name} ${before.length} -> ${code.length} bytes`);
}
