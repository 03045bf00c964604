import { Prisma, type PrismaClient } from "~/generated/prisma/client";
import { engine, env } from "~/platform/runtime/env.server";
import { createPostgresClient } from "./postgres-client.server";
import { createSqliteClient } from "./sqlite-client.server";

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

/** Prisma's query types (where, select, payload) for feature code, and `Prisma.sql` / `Prisma.join` for a statement written out. */
export { Prisma };

/**
 * The one place that chooses the database client: DATABASE_URL `file:…` is
 * SQLite (better-sqlite3, the embedded default), `postgresql://…` is
 * PostgreSQL (node-postgres); see database-engine.ts and decision 0031.
 * Under a burst, a transaction waits up to 15 s for its turn rather than 2 s:
 * a slow answer beats a 500.
 */
function createClient(): PrismaClient {
  const transactionOptions = { maxWait: 15_000, timeout: 15_000 };
  return engine === "sqlite" ? createSqliteClient(env.DATABASE_URL, transactionOptions) : createPostgresClient(env.DATABASE_URL, transactionOptions);
}

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForDb.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.prisma = db;
