import { PrismaClient } from "~/generated/prisma/client";
import { logger } from "~/platform/runtime/logger.server";
import { sqliteAdapter } from "./sqlite-adapter.server";

/**
 * The SQLite client (better-sqlite3). It waits up to 15 s for a lock held by
 * another process instead of failing at once, runs in WAL mode so readers
 * never block the writer, and starts every transaction with the write lock
 * (see sqlite-adapter.server.ts).
 */
export function createSqliteClient(url: string, transactionOptions: { maxWait: number; timeout: number }): PrismaClient {
  const client = new PrismaClient({ adapter: sqliteAdapter(url, 15_000), transactionOptions });
  client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch((error: unknown) => logger.warn({ err: error }, "could not switch SQLite to WAL"));
  return client;
}
