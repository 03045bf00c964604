import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient, type Prisma } from "~/generated/prisma/client";

/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Prisma.TransactionClient;
import { env } from "./env.server";

/**
 * The one place that chooses the database adapter. SQLite (better-sqlite3)
 * is the embedded default; a PostgreSQL deployment swaps the adapter here.
 */
function createClient(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: env.DATABASE_URL });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForDb.prisma ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.prisma = db;
