// npm run db:migration -- <name>
// Writes the SQL that takes the last migrated schema (prisma/schema.migrated.prisma)
// to the current one (prisma/schema.prisma) as a new migration folder, then
// records the current schema as migrated. Schema-to-schema diffs run offline
// with the WebAssembly schema engine; `prisma migrate dev` does not.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join("prisma", "migrations", `${stamp}_${name}`);
const sqlFile = path.join(folder, "migration.sql");
fs.mkdirSync(folder, { recursive: true });
execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-schema-datamodel", "prisma/schema.migrated.prisma", "--to-schema-datamodel", "prisma/schema.prisma", "--script", "-o", sqlFile],
  { stdio: "inherit" },
);
const sql = fs.readFileSync(sqlFile, "utf8");
if (!/\b(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)\b/i.test(sql)) {
  fs.rmSync(folder, { recursive: true });
  console.log("No schema changes: no migration written.");
  process.exit(0);
}
fs.copyFileSync("prisma/schema.prisma", "prisma/schema.migrated.prisma");
console.log(`Wrote ${sqlFile}. Review it, then run npm run db:deploy.`);
