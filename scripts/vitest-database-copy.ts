// Runs before each test file: gives it a private copy of the migrated database.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const template = process.env.UNIT_DB_TEMPLATE;
if (template) {
  const copy = path.join(path.dirname(template), `file-${crypto.randomUUID()}.db`);
  fs.copyFileSync(template, copy);
  process.env.DATABASE_URL = `file:${copy}`;
}
