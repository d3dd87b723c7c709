// Each language folder's web app manifest (manifest.webmanifest), written at build time from
// that folder's built page, whose words a native test holds to the app's text tables: the
// name (the page's title), the short name (its Home Screen title), the description and the
// language. The colours are the light scheme's, read from static/app.css; the icons are the
// ones scripts/icons.mjs draws, and the SVG the Share page uses. Every address in it is
// relative to the manifest, so the folder works under any host and path prefix.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ICONS } from "./icons.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const unescape = (text) =>
  text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** A tag's attributes, quoted or not, in any order (Trunk's minifier rewrites both). */
function attributes(tag) {
  const found = {};
  for (const [, name, a, b, c] of tag.matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found[name.toLowerCase()] = unescape(a ?? b ?? c ?? "");
  }
  return found;
}

/** What the page at `html` says of itself: its language, title, short title and description. */
export function pageWords(html) {
  const metas = Object.fromEntries(
    [...html.matchAll(/<meta\b[^>]*>/g)].map(([tag]) => attributes(tag)).map((a) => [a.name, a.content]),
  );
  const words = {
    lang: attributes(html.match(/<html\b[^>]*>/)?.[0] ?? "").lang,
    name: unescape(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? ""),
    shortName: metas["apple-mobile-web-app-title"],
    description: metas.description,
  };
  for (const [what, value] of Object.entries(words)) {
    if (!value) throw new Error(`manifest: the page has no ${what}`);
  }
  return words;
}

/** The light scheme's page background and accent, from the stylesheet's first `:root`. */
export function lightColours(css = readFileSync(join(root, "static", "app.css"), "utf8")) {
  const rootRule = css.match(/:root\s*\{([^}]*)\}/)?.[1] ?? "";
  const background = rootRule.match(/--bg:\s*(#[0-9a-fA-F]{6})/)?.[1];
  const accent = rootRule.match(/--accent:[^;]*?(#[0-9a-fA-F]{6})\)?;/)?.[1];
  if (!background || !accent) throw new Error("manifest: static/app.css names no light --bg and --accent");
  return { background, accent };
}

/** The manifest for a folder whose page is `html`. */
export function manifest(html) {
  const words = pageWords(html);
  const colours = lightColours();
  return {
    name: words.name,
    short_name: words.shortName,
    description: words.description,
    lang: words.lang,
    dir: "ltr",
    start_url: "./",
    scope: "./",
    display: "standalone",
    background_color: colours.background,
    theme_color: colours.accent,
    icons: [
      { src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      ...ICONS.filter((icon) => icon.purpose !== "apple").map((icon) => ({
        src: icon.path,
        sizes: `${icon.size}x${icon.size}`,
        type: "image/png",
        purpose: icon.purpose,
      })),
    ],
  };
}

/** Writes `folder`/manifest.webmanifest from `folder`/index.html. */
export function writeManifest(folder) {
  const html = readFileSync(join(folder, "index.html"), "utf8");
  writeFileSync(join(folder, "manifest.webmanifest"), `${JSON.stringify(manifest(html), null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const folder of process.argv.slice(2)) writeManifest(folder);
}
