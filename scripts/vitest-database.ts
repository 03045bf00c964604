// Unit tests that touch the database get a fresh, migrated SQLite file.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unit-db-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "unit.db")}`;
  process.env.DATA_DIR = dir;
  process.env.NODE_ENV = "test";
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "pipe", env: process.env });
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
