// npm run db:check-migrations — for both engines, fails when prisma/schema.prisma
// has changes that no migration captures (run `npm run db:migration -- <name>`)
// or when the migrations do not build the schema on an empty database:
// - the PostgreSQL schema is what scripts/postgres-schema.mjs makes of the source;
// - SQLite: no pending diff; all migrations apply with `prisma migrate deploy`;
// - PostgreSQL (with TEST_POSTGRES_URL): no pending diff; all migrations apply
//   with the runner, and the database they build has the same columns, indexes
//   and constraints as one built straight from the schema.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { diffSchemas, snapshots, testPostgresUrl } from "./migration-diff";
import { expectedPostgresSchema, postgresSchemaPath } from "./postgres-schema.mjs";
import { deployPostgresMigrations, postgresMigrationsTable } from "./postgres-migrations";
import { createScratchDatabase, dropScratchDatabases } from "./postgres-scratch";
import { postgresStructure } from "./postgres-structure";

const problems: string[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
try {
  if (!fs.existsSync(postgresSchemaPath) || fs.readFileSync(postgresSchemaPath, "utf8") !== expectedPostgresSchema()) {
    problems.push(`${postgresSchemaPath} has drifted from prisma/schema.prisma: run npm run db:generate and commit it.`);
  }

  const pendingSqlite = diffSchemas("sqlite", snapshots.sqlite.migrated, snapshots.sqlite.current, path.join(tmp, "sqlite.sql"));
  if (pendingSqlite) problems.push(`SQLite: prisma/schema.prisma has changes without a migration:\n${pendingSqlite}`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "pipe", env: { ...process.env, DATABASE_URL: `file:${path.join(tmp, "check.db")}` } });
  console.log("SQLite: migrations apply cleanly to an empty database.");

  const postgresSnapshot = fs.existsSync(snapshots.postgresql.migrated) ? fs.readFileSync(snapshots.postgresql.migrated, "utf8") : "";
  if (!testPostgresUrl()) {
    if (postgresSnapshot !== expectedPostgresSchema()) {
      problems.push("PostgreSQL: the schema changed since its last migration; with TEST_POSTGRES_URL set, run npm run db:migration -- <name>.");
    }
    console.log("PostgreSQL: static checks only (set TEST_POSTGRES_URL to diff and apply its migrations).");
  } else {
    const pendingPostgres = diffSchemas("postgresql", snapshots.postgresql.migrated, snapshots.postgresql.current, path.join(tmp, "pg.sql"));
    if (pendingPostgres) problems.push(`PostgreSQL: the schema has changes without a migration:\n${pendingPostgres}\nRun: npm run db:migration -- <name>`);
    problems.push(...(await checkPostgresMigrations(path.join(tmp, "pg-full.sql"))));
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (problems.length) {
  console.error(problems.join("\n\n"));
  process.exit(1);
}
console.log("Migrations are complete on both engines.");

async function checkPostgresMigrations(fullSqlFile: string): Promise<string[]> {
  const prefix = `migcheck_${crypto.randomBytes(4).toString("hex")}`;
  try {
    const migrated = await createScratchDatabase(`${prefix}_migrated`);
    await deployPostgresMigrations(migrated, () => {});
    const direct = await createScratchDatabase(`${prefix}_direct`);
    const client = new pg.Client({ connectionString: direct });
    await client.connect();
    await client.query(diffSchemas("postgresql", null, snapshots.postgresql.current, fullSqlFile)).finally(() => client.end());
    const [fromMigrations, fromSchema] = await Promise.all([postgresStructure(migrated, [postgresMigrationsTable]), postgresStructure(direct, [])]);
    const missing = fromSchema.filter((line) => !fromMigrations.includes(line));
    const extra = fromMigrations.filter((line) => !fromSchema.includes(line));
    if (missing.length || extra.length) {
      return [`PostgreSQL: the migrations build a different database than the schema describes.\nmissing: ${missing.join("\n  ")}\nextra: ${extra.join("\n  ")}`];
    }
    console.log("PostgreSQL: migrations apply cleanly to an empty database and build the schema.");
    return [];
  } finally {
    await dropScratchDatabases(prefix);
  }
}
