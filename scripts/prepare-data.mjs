// A fresh data folder with a migrated, content-synced and seeded database,
// for the end-to-end tests and the benchmark.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Wipes `dataDir`, then migrates, syncs course and webinar content and seeds
 * the demo data into `dataDir/app.db` — or, when `databaseUrl` names a
 * PostgreSQL database, into that database, dropped and created afresh.
 * @param {string} dataDir
 * @param {string} [databaseUrl]
 * @returns {Promise<{ DATABASE_URL: string, DATA_DIR: string }>} the environment that points at it
 */
export async function prepareSeededData(dataDir, databaseUrl) {
  const absolute = path.resolve(dataDir);
  fs.rmSync(absolute, { recursive: true, force: true });
  fs.mkdirSync(absolute, { recursive: true });
  if (databaseUrl && !databaseUrl.startsWith("file:")) await recreatePostgresDatabase(databaseUrl);
  const env = { DATABASE_URL: databaseUrl && !databaseUrl.startsWith("file:") ? databaseUrl : `file:${path.join(absolute, "app.db")}`, DATA_DIR: absolute };
  const run = (command, args) => execFileSync(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
  run("npx", ["tsx", "scripts/db-deploy.ts"]);
  run("npx", ["tsx", "scripts/courses-sync.ts"]);
  run("npx", ["tsx", "prisma/seed.ts"]);
  return env;
}

/** Drops and creates the database a PostgreSQL URL names, connected to the server's `postgres` database. */
async function recreatePostgresDatabase(databaseUrl) {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to recreate the database "${name}": use lower-case letters, digits and _`);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
