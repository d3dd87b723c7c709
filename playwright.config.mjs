// End-to-end tests: the release build (dist/) served on localhost, driven in Debian's Chromium.
import { defineConfig } from "@playwright/test";

const PORT = 4173;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/e2e/output/results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // A safety net, not a speed gate: a persona walks 8 steps by keyboard with two axe scans and
  // two screenshots per step (about 40 s on a quiet 2-core machine), so allow ample room.
  timeout: 180_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
    trace: "off",
  },
  webServer: {
    command: `node scripts/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
