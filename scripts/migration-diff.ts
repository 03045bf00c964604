// Schema-to-schema diffs for both engines with `prisma migrate diff` (decision
// 0001), written with -o (stdout carries a "Loaded Prisma config" line).
import { execFileSync } from "node:child_process";
import fs from "node:fs";

export type Engine = "sqlite" | "postgresql";

export const snapshots: Record<Engine, { current: string; migrated: string }> = {
  sqlite: { current: "prisma/schema.prisma", migrated: "prisma/schema.migrated.prisma" },
  postgresql: { current: "prisma/postgresql/schema.prisma", migrated: "prisma/postgresql/schema.migrated.prisma" },
};

/**
 * A PostgreSQL server that `migrate diff` may connect to (it reads nothing and
 * writes nothing there) and where tests create scratch databases.
 */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_POSTGRES_URL || undefined;
}

/** The SQL taking `from` (a schema file, or nothing) to `to`; "" when they match. */
export function diffSchemas(engine: Engine, from: string | null, to: string, outFile: string): string {
  const databaseUrl = engine === "sqlite" ? "file:./data/app.db" : testPostgresUrl();
  if (!databaseUrl) throw new Error("PostgreSQL schema diffs need a server: set TEST_POSTGRES_URL, e.g. postgresql://postgres@127.0.0.1:5432/postgres");
  const fromArgs = from && fs.existsSync(from) ? ["--from-schema-datamodel", from] : ["--from-empty"];
  execFileSync("npx", ["prisma", "migrate", "diff", ...fromArgs, "--to-schema-datamodel", to, "--script", "-o", outFile], {
    stdio: "pipe",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const sql = fs.readFileSync(outFile, "utf8");
  return /\b(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)\b/i.test(sql) ? sql : "";
}
