import { defineConfig, devices } from "@playwright/test";
import path from "node:path";
import { CSP_REPORT_FILE } from "./e2e/global-teardown";
import { chromiumPath } from "./scripts/chromium-path.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The server under test and the tests' own fixtures share one database and data folder.
// The live-webinar specs start their own ingest (nginx-rtmp) on these ports, next to the app's.
const LIVE_RTMP_PORT = Number(process.env.E2E_RTMP_PORT ?? 19352);
const LIVE_ENV = {
  LIVE_INGEST_URL: `rtmp://localhost:${LIVE_RTMP_PORT}/live`,
  LIVE_PLAYBACK_URL: `http://localhost:${PORT + 5}/hls`,
  LIVE_INGEST_SECRET: "e2e-live-ingest-secret-4f9c2a7d",
  // The ingest's recordings, where the app accepts them from (each spec's ingest writes here).
  LIVE_RECORDINGS_DIR: path.resolve("data/e2e/live-recordings"),
};
// E2E_DATABASE_URL=postgresql://…/name runs them on PostgreSQL (that database is dropped and made afresh).
const E2E_ENV = { DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e/app.db", DATA_DIR: "./data/e2e", ...LIVE_ENV };
Object.assign(process.env, E2E_ENV);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  // Several app nodes need a shared database server: PostgreSQL only.
  testIgnore: E2E_ENV.DATABASE_URL.startsWith("file:") ? ["**/multi-node.spec.ts"] : [],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  globalSetup: "./e2e/global-setup.ts",
  globalTeardown: "./e2e/global-teardown.ts",
  // A test's time limit catches a hang, it measures no speed (the bench does).
  // Generous: two cores run the server, two browsers, scrypt and ffmpeg at once,
  // and a busy CI machine has run flows of three browsers past 60 s.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // A failed test keeps its trace: actions, DOM snapshots and network. Not the
    // screencast: recording every page's frames made the suite about 15 % slower.
    trace: { mode: "retain-on-failure", screenshots: false },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    // As behind one reverse proxy: a test can act as another client address
    // with X-Forwarded-For (per-address rate limits), the rest share one.
    // CSP violation reports are recorded for e2e/global-teardown.ts.
    env: { ...E2E_ENV, PORT: String(PORT), APP_URL: baseURL, LOG_LEVEL: "warn", TRUST_PROXY: "1", CSP_REPORT_FILE: path.resolve(CSP_REPORT_FILE) },
  },
});
