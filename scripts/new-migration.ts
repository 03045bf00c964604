// npm run db:migration -- <name>
// For each engine, writes the SQL that takes its last migrated schema
// (schema.migrated.prisma) to the current one as a new migration, then records
// the current schema as migrated:
// - SQLite: prisma/migrations/<stamp>_<name>/migration.sql (prisma migrate deploy)
// - PostgreSQL: prisma/postgresql/migrations/<stamp>_<name>.sql (scripts/db-deploy.ts);
//   its diff connects to TEST_POSTGRES_URL.
// An engine without changes gets no migration, so after a merge that brought
// only SQLite migrations this writes the PostgreSQL one that catches up.
import fs from "node:fs";
import path from "node:path";
import { expectedPostgresSchema, postgresSchemaPath } from "./postgres-schema.mjs";
import { diffSchemas, snapshots, type Engine } from "./migration-diff";

const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:migration -- <name>");
  process.exit(2);
}
fs.writeFileSync(postgresSchemaPath, expectedPostgresSchema());
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const targets: Record<Engine, string> = {
  sqlite: path.join("prisma", "migrations", `${stamp}_${name}`, "migration.sql"),
  postgresql: path.join("prisma", "postgresql", "migrations", `${stamp}_${name}.sql`),
};
for (const engine of ["sqlite", "postgresql"] as const) {
  const { current, migrated } = snapshots[engine];
  const target = targets[engine];
  const scratch = `${target}.tmp`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    const sql = diffSchemas(engine, migrated, current, scratch);
    // Recorded as migrated even without a change (a comment, say), so the check agrees.
    fs.copyFileSync(current, migrated);
    if (!sql) {
      console.log(`${engine}: no schema changes, no migration written.`);
      continue;
    }
    fs.renameSync(scratch, target);
    console.log(`${engine}: wrote ${target}. Review it, then run npm run db:deploy.`);
  } finally {
    fs.rmSync(scratch, { force: true });
    const folder = path.dirname(target);
    if (engine === "sqlite" && fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
  }
}
