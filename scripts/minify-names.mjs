// Called by the post-build hook minify-glue.mjs, before it minifies: gives the wasm's imports
// and exports short names ("__wbg_addEventListener_847fd86b8c33ec43" -> "b"), and the JS glue
// the same names. wasm-bindgen's names carry random-looking hashes that gzip cannot shrink;
// short ones take about 4.3 KB gzip off every first visit (measured). Binaryen's own pass renames them and prints
// the mapping; this rewrites the glue by it, and fails the build if any import is not found
// there, so the two can never disagree silently (the end-to-end tests run the result).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const wasmOpt = join(root, "node_modules", ".bin", "wasm-opt");

/** The optimizer's arguments as a page's Rust link gives them to Trunk: `data-wasm-opt`'s
 *  level ("2" is -O2, "z" is -Oz) and then `data-wasm-opt-params`. */
export function wasmOptArguments(html) {
  const link = html.match(/<link\b[^>]*\bdata-trunk\b[^>]*\brel="rust"[^>]*>/)?.[0] ?? "";
  const level = link.match(/\bdata-wasm-opt="([0-4sz])"/)?.[1];
  const params = link.match(/\bdata-wasm-opt-params="([^"]*)"/)?.[1];
  if (!level || params === undefined) throw new Error("minify-names: index.html names no wasm-opt level and params");
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}
/** Renames the imports and exports of the one wasm in `dir`, in it and in its glue. */
export function minifyNames(dir) {
  const files = readdirSync(dir);
  const wasms = files.filter((name) => name.endsWith("_bg.wasm"));
  if (wasms.length !== 1) {
    throw new Error(`minify-names: expected one _bg.wasm in ${dir}, found ${wasms.length}`);
  }
  const wasm = join(dir, wasms[0]);
  const glueName = wasms[0].replace(/_bg\.wasm$/, ".js");
  const glue = join(dir, glueName);

  // The features come from the module's own target_features section.
  const printed = execFileSync(wasmOpt, [wasm, "--minify-imports-and-exports-and-modules", "-o", wasm], {
    encoding: "utf8",
    maxBuffer: 16 << 20,
  });
  // The short names let the optimizer find a little more to fold (about 0.2 KB gzip,
  // measured), so it runs once more after them, as Trunk ran it (index.html's level and
  // params, read from there so they are written once); the producers and features notes are
  // for tools, not browsers (0.2 KB more).
  const again = wasmOptArguments(readFileSync(join(root, "index.html"), "utf8"));
  const strip = ["--strip-producers", "--strip-target-features"];
  execFileSync(wasmOpt, [wasm, ...again, ...strip, "-o", wasm]);
  const mapping = JSON.parse(printed.slice(printed.indexOf("{")));
  const escape = (name) => name.replace(/[$]/g, "\\$");
  let js = readFileSync(glue, "utf8");
  const modules = new Set(mapping.imports.map(([module]) => module));
  for (const module of modules) {
    // Every import module becomes "a" (Binaryen's rule for this pass).
    const quoted = JSON.stringify(module);
    if (!js.includes(quoted)) {
      throw new Error(`minify-names: the glue names no import module ${quoted}`);
    }
    js = js.replaceAll(quoted, '"a"');
  }
  for (const [, from, to] of mapping.imports) {
    const key = new RegExp(`\\b${escape(from)}(?=\\s*:)`, "g");
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) {
      throw new Error(`minify-names: import ${from} is a key ${found} times in the glue, not once`);
    }
    js = js.replace(key, () => to);
  }
  for (const [from, to] of mapping.exports) {
    // Exports are read as properties of the instance's exports ("wasm.__wbindgen_malloc").
    js = js.replace(new RegExp(`\\.${escape(from)}\\b`, "g"), () => `.${to}`);
  }
  writeFileSync(glue, js);
  console.log(
    `minify-names: ${mapping.imports.length} imports and ${mapping.exports.length} exports renamed in ${wasms[0]} and ${glueName}`,
  );
}
