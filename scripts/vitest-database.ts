// Unit tests that touch the database: a migrated template SQLite file is made
// once; every test file then works on its own copy (see vitest-database-copy.ts),
// so files running in parallel never see each other's rows.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unit-db-"));
  const template = path.join(dir, "template.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "pipe", env: { ...process.env, DATABASE_URL: `file:${template}` } });
  process.env.UNIT_DB_TEMPLATE = template;
  process.env.DATA_DIR = dir;
  process.env.NODE_ENV = "test";
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
