import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "~/generated/prisma/client";
import { env } from "./env.server";
import { logger } from "./logger.server";

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;

/** Prisma's query types (where, select, payload) for feature code. */
export type { Prisma };

/**
 * The one place that chooses the database adapter. SQLite (better-sqlite3)
 * is the embedded default; a PostgreSQL deployment swaps the adapter here.
 * SQLite waits up to 5 s for a lock held by another process instead of
 * failing at once, and runs in WAL mode so readers never block the writer.
 */
function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: env.DATABASE_URL, timeout: 5_000 });
  const client = new PrismaClient({ adapter });
  client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch((error: unknown) => logger.warn({ err: error }, "could not switch SQLite to WAL"));
  return client;
}

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForDb.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.prisma = db;
