// Runs before each test file: gives it a private copy of the migrated database.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createScratchDatabase } from "./postgres-scratch";

const template = process.env.UNIT_DB_TEMPLATE;
if (template && process.env.UNIT_DB_ENGINE === "postgresql") {
  process.env.DATABASE_URL = await createScratchDatabase(`${template.replace(/_template$/, "")}_${crypto.randomBytes(6).toString("hex")}`, template);
} else if (template) {
  const copy = path.join(path.dirname(template), `file-${crypto.randomUUID()}.db`);
  fs.copyFileSync(template, copy);
  process.env.DATABASE_URL = `file:${copy}`;
}
