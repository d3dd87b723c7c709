// A folder served by the repo's own static server (scripts/serve.mjs) for one test or one file of
// tests: another site's page (embed.spec.mjs), the build under a path prefix (hosting.spec.mjs),
// a copy of the build that a test can change or take offline (offline.spec.mjs).
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** A port nothing listens on now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Serves `dir` under `prefix` on `port` (or a free one), once it is serving: its `base`
 *  address, and `stop()`, which resolves when the server has ended (no connection at all). */
export async function serve(dir, { port, prefix = "/" } = {}) {
  const at = port ?? (await freePort());
  const child = spawn(process.execPath, ["scripts/serve.mjs", dir, String(at), "--prefix", prefix], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`serve.mjs for ${dir} ended early (${code})`)));
    child.stdout.on("data", (chunk) => String(chunk).includes("serving") && resolve());
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill();
    });
  return { base: `http://127.0.0.1:${at}${prefix}`, stop };
}
