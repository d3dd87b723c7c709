// The guide's app icons, drawn at build time from static/icon.svg by resvg and written by UPNG
// (npm packages; no service, no download), whose lossless PNGs are half the size of resvg's own
// (a 512 px icon: 4.3 KB against 9.1 KB), which every member's service worker fetches: PNGs at 192 and 512 px for the manifest, a maskable one, and the
// 180 px apple-touch-icon that iPhone and iPad read instead of the manifest's. The mark sits
// within the maskable safe zone (a circle of 40% of the width around the centre) as drawn, so
// the maskable and Apple icons are the same drawing with square corners: the launcher or iOS
// cuts its own shape, and corners left transparent would show black there.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import UPNG from "upng-js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Every icon a folder gets: its path (relative to the folder), size in px, and its purpose:
 *  the manifest's "any" or "maskable", or "apple" (the page's apple-touch-icon). All but "any"
 *  are drawn full-bleed (square corners). The manifest and the page name these paths. */
export const ICONS = [
  { path: "icons/icon-192.png", size: 192, purpose: "any" },
  { path: "icons/icon-512.png", size: 512, purpose: "any" },
  { path: "icons/icon-maskable-512.png", size: 512, purpose: "maskable" },
  { path: "icons/apple-touch-icon.png", size: 180, purpose: "apple" },
];

/** The icon's drawing, with square corners when `square`. */
export function drawing(square) {
  const svg = readFileSync(join(root, "static", "icon.svg"), "utf8");
  const squared = svg.replace(/ rx="[^"]*"/, "");
  if (square && squared === svg) throw new Error("icons: static/icon.svg has no rounded corners to square");
  return square ? squared : svg;
}

/** Writes every icon into `folder`. */
export function writeIcons(folder) {
  for (const { path, size, purpose } of ICONS) {
    const image = new Resvg(drawing(purpose !== "any"), { fitTo: { mode: "width", value: size } }).render();
    const { buffer, byteOffset, byteLength } = image.pixels;
    // 0 colours: lossless, every pixel as drawn.
    const png = UPNG.encode([buffer.slice(byteOffset, byteOffset + byteLength)], image.width, image.height, 0);
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), Buffer.from(png));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const folder of process.argv.slice(2)) writeIcons(folder);
}
