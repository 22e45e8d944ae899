import fs from "node:fs";
import { defineConfig, devices, type LaunchOptions } from "@playwright/test";
import { COUNCILS_SERVER, IMPORT_SERVER } from "./e2e/servers";

// E2E_PORT and NEXT_DIST_DIR let several builds be tested side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const MAIN_DATABASE = process.env.E2E_DATABASE_URL ?? "data/e2e.db";
// Debian's builds of Chromium (installed by scripts/ensure-browser.sh): the headless
// shell first, the browser Playwright itself runs headless tests in (the same engine
// without the full browser's UI layers: 17-23% less CPU for the same specs, measured
// on accessibility, home, about and compare), else the full browser; otherwise
// Playwright's own, which must have been installed by hand.
const SYSTEM_CHROMIUM = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((file) => fs.existsSync(file));

const launchOptions: LaunchOptions = SYSTEM_CHROMIUM
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  fullyParallel: true,
  // Two workers, not Playwright's default of half the cores (one on the 2-core
  // machines this runs on): a test spends much of its time waiting on a server
  // or the browser, so two keep both cores busy. E2E_WORKERS (or --workers) to change.
  workers: Number(process.env.E2E_WORKERS) || 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // e2e/timings-reporter.ts prints each spec's time and the slowest ten tests at the end.
  reporter: [["list"], ["./e2e/timings-reporter.ts"], ...(process.env.CI ? [] : [["html", { open: "never" }] as const])],
  use: {
    baseURL: BASE_URL,
    // A trace of every test, kept when it fails, costs about a quarter of the test side's CPU
    // (home and about specs: 58 s of CPU with traces off, 72 s on). CI keeps only the log, so it
    // records none; locally a failure keeps its trace (npx playwright show-trace).
    trace: process.env.CI ? "off" : "retain-on-failure",
    // British dates in date inputs and toLocaleString, as users here see them.
    locale: "en-GB",
    timezoneId: "Europe/London",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
  ],
  // Playwright starts the web server before any globalSetup runs, so the e2e
  // database is prepared by the server command itself, just before the server starts.
  // The production build (`next build`) must already exist: scripts/test.sh does it.
  webServer: [
    {
      command: `bash scripts/prepare-e2e-db.sh && node scripts/server.mjs -p ${PORT} -H 127.0.0.1`,
      url: BASE_URL,
      env: { DATABASE_URL: MAIN_DATABASE, NEXT_TELEMETRY_DISABLED: "1" },
      // Locally, a server already on the port is used as it is (with whatever
      // database it has); in CI a fresh one is always started.
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // A second server, with a database of its own, so that the import
      // tests' writes never change what the other tests see.
      command: `bash scripts/prepare-e2e-db.sh && node scripts/server.mjs -p ${IMPORT_SERVER.port} -H 127.0.0.1`,
      url: IMPORT_SERVER.baseURL,
      env: {
        DATABASE_URL: `${MAIN_DATABASE.replace(/\.db$/, "")}-import.db`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // 150 synthetic councils and the two real ones (issue 26), read only.
      command: `npx tsx scripts/prepare-e2e-councils-db.ts && node scripts/server.mjs -p ${COUNCILS_SERVER.port} -H 127.0.0.1`,
      url: COUNCILS_SERVER.baseURL,
      env: { DATABASE_URL: `${MAIN_DATABASE.replace(/\.db$/, "")}-councils.db`, NEXT_TELEMETRY_DISABLED: "1" },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
