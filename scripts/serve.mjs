// A tiny static file server for scripts/run.sh, the end-to-end tests and the benchmark: serves
// 127.0.0.1 with correct MIME types (application/wasm matters for streaming compilation), plain,
// or gzip-compressed (as most static hosts serve) with --gzip. With --prefix /some/path/ the
// folder is served under that path only (404 elsewhere), as on a host that publishes it in a
// subfolder. No dependencies.
//   node scripts/serve.mjs [folder] [port] [--gzip] [--prefix /tools/second-opinion/]
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const gzip = args.includes("--gzip");
const at = args.indexOf("--prefix");
const prefix = at < 0 ? "/" : `/${args.splice(at, 2)[1] ?? ""}/`.replace(/\/+/g, "/");
const [root = "dist", port = "4173"] = args.filter((a) => !a.startsWith("--"));
const base = resolve(root);
const compressed = new Map();
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".ico": "image/x-icon",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

createServer(async (req, res) => {
  const full = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  if (`${full}/` === prefix) {
    res.writeHead(301, { location: prefix }).end();
    return;
  }
  if (!full.startsWith(prefix)) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const path = full.slice(prefix.length - 1);
  const file = normalize(join(base, path.endsWith("/") ? `${path}index.html` : path));
  if (!file.startsWith(base)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    const headers = { "content-type": types[extname(file)] ?? "application/octet-stream" };
    if (gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
      headers["content-encoding"] = "gzip";
      headers.vary = "accept-encoding";
      res.writeHead(200, headers);
      res.end(compressed.get(file));
      return;
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${base} at http://127.0.0.1:${port}${prefix}${gzip ? " (gzip)" : ""}`);
});
