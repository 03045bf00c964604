// A fresh data folder with a migrated, content-synced and seeded database,
// for the end-to-end tests and the benchmark.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * Wipes `dataDir`, then migrates, syncs course and webinar content and seeds
 * the demo data into `dataDir/app.db`.
 * @param {string} dataDir
 * @returns {{ DATABASE_URL: string, DATA_DIR: string }} the environment that points at it
 */
export function prepareSeededData(dataDir) {
  const absolute = path.resolve(dataDir);
  fs.rmSync(absolute, { recursive: true, force: true });
  fs.mkdirSync(absolute, { recursive: true });
  const env = { DATABASE_URL: `file:${path.join(absolute, "app.db")}`, DATA_DIR: absolute };
  const run = (command, args) => execFileSync(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
  run("npx", ["prisma", "migrate", "deploy"]);
  run("npx", ["tsx", "scripts/courses-sync.ts"]);
  run("npx", ["tsx", "prisma/seed.ts"]);
  return env;
}
