// npm run db:check-migrations — fails when prisma/schema.prisma has changes
// that no migration captures (run `npm run db:migration -- <name>`), or when
// the migrations do not build the schema on an empty database.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
try {
  const pending = path.join(tmp, "pending.sql");
  execFileSync("npx", ["prisma", "migrate", "diff", "--from-schema-datamodel", "prisma/schema.migrated.prisma", "--to-schema-datamodel", "prisma/schema.prisma", "--script", "-o", pending], { stdio: "pipe" });
  const sql = fs.readFileSync(pending, "utf8");
  if (/\b(CREATE|ALTER|DROP)\b/i.test(sql)) {
    console.error("prisma/schema.prisma has changes without a migration:\n" + sql + "\nRun: npm run db:migration -- <name>");
    process.exit(1);
  }
  const env = { ...process.env, DATABASE_URL: `file:${path.join(tmp, "check.db")}` };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "pipe", env });
  console.log("Migrations are complete and apply cleanly to an empty database.");
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
