// npm run db:deploy — brings the database DATABASE_URL names up to date:
// SQLite with `prisma migrate deploy`, PostgreSQL with the SQL migrations in
// prisma/postgresql/migrations (decision 0031).
import { execFileSync } from "node:child_process";
import { databaseEngine, defaultDatabaseUrl } from "../app/platform/db/database-engine";
import { deployPostgresMigrations } from "./postgres-migrations";

const databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl;
if (databaseEngine(databaseUrl) === "sqlite") {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } });
} else {
  const applied = await deployPostgresMigrations(databaseUrl, () => {});
  console.log(applied.length ? `Applied ${applied.length} PostgreSQL migration(s): ${applied.join(", ")}` : "PostgreSQL migrations: none pending.");
}
