// Unit tests that touch the database: a migrated template database is made
// once; every test file then works on its own copy (see vitest-database-copy.ts),
// so files running in parallel never see each other's rows.
// SQLite by default; with UNIT_DB_ENGINE=postgresql, databases on the server
// TEST_POSTGRES_URL names (created from a template, dropped at the end).
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createScratchDatabase, dropScratchDatabases } from "./postgres-scratch";
import { deployPostgresMigrations } from "./postgres-migrations";

export default async function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unit-db-"));
  process.env.DATA_DIR = dir;
  process.env.NODE_ENV = "test";
  if (process.env.UNIT_DB_ENGINE === "postgresql") {
    const prefix = `unit_${crypto.randomBytes(4).toString("hex")}`;
    const template = await createScratchDatabase(`${prefix}_template`);
    await deployPostgresMigrations(template, () => {});
    process.env.UNIT_DB_TEMPLATE = `${prefix}_template`;
    return async () => {
      await dropScratchDatabases(prefix);
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "pipe", env: { ...process.env, DATABASE_URL: `file:${template}` } });
  process.env.UNIT_DB_TEMPLATE = template;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
