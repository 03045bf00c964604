// Applies the PostgreSQL migrations (SQL files written by `prisma migrate diff`,
// see new-migration.ts) with node-pg-migrate, which records each one in the
// `_migrations` table, runs the pending ones in one transaction, refuses to run
// when an applied migration is missing or out of order, and holds an advisory
// lock so that several nodes starting at once apply them once.
import path from "node:path";
import { runner } from "node-pg-migrate";

export const postgresMigrationsDir = path.join("prisma", "postgresql", "migrations");
export const postgresMigrationsTable = "_migrations";

export async function deployPostgresMigrations(databaseUrl: string, log: (message: string) => void = console.log): Promise<string[]> {
  const applied = await runner({
    databaseUrl,
    dir: postgresMigrationsDir,
    migrationsTable: postgresMigrationsTable,
    direction: "up",
    count: Infinity,
    checkOrder: true,
    singleTransaction: true,
    advisoryLockMode: "wait",
    log,
  });
  return applied.map((migration) => migration.name);
}
