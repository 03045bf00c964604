import { PrismaClient, type Prisma } from "~/generated/prisma/client";
import { env } from "~/platform/runtime/env.server";
import { logger } from "~/platform/runtime/logger.server";
import { sqliteAdapter } from "./sqlite-adapter.server";

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

/** Prisma's query types (where, select, payload) for feature code. */
export type { Prisma };

/**
 * The one place that chooses the database adapter. SQLite (better-sqlite3)
 * is the embedded default; a PostgreSQL deployment swaps the adapter here.
 * SQLite waits up to 15 s for a lock held by another process instead of
 * failing at once, runs in WAL mode so readers never block the writer, and
 * starts every transaction with the write lock (see sqlite-adapter.server.ts).
 * Under a burst, a transaction waits up to 15 s for its turn rather than 2 s:
 * with one worker writing back to back, the other's busy handler can wait
 * several seconds for a gap, and a slow answer beats a 500.
 */
function createClient(): PrismaClient {
  const adapter = sqliteAdapter(env.DATABASE_URL, 15_000);
  const client = new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 15_000 } });
  client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch((error: unknown) => logger.warn({ err: error }, "could not switch SQLite to WAL"));
  return client;
}

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForDb.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.prisma = db;
