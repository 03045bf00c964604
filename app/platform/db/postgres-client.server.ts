import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaClient } from "~/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "~/generated/prisma-postgresql/client";
import { logger } from "~/platform/runtime/logger.server";
import { retryingConflicts } from "./transaction-retry.server";

/**
 * The PostgreSQL client (node-postgres through @prisma/adapter-pg), generated
 * from prisma/postgresql/schema.prisma, which is generated from the one schema:
 * its query API is the SQLite client's, so feature code sees one type.
 * Transactions run at the server's default, READ COMMITTED; the writes that
 * must not race lock their row (postgres-sql.server.ts) or are conditional
 * UPDATEs, and a transaction that loses a deadlock or a serialization check is
 * run again (transaction-retry.server.ts).
 */
export function createPostgresClient(url: string, transactionOptions: { maxWait: number; timeout: number }): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const client = new PostgresPrismaClient({ adapter, transactionOptions }) as unknown as PrismaClient;
  const runTransaction = client.$transaction.bind(client);
  client.$transaction = ((input: Parameters<typeof runTransaction>[0], options?: Parameters<typeof runTransaction>[1]) =>
    retryingConflicts(() => runTransaction(input, options), (attempt, error) =>
      logger.warn({ err: error, attempt }, "transaction conflict; running it again"),
    )) as typeof client.$transaction;
  return client;
}
