import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/**
 * Prisma's better-sqlite3 adapter, with every transaction started as
 * `BEGIN IMMEDIATE` instead of the adapter's plain (deferred) `BEGIN`.
 *
 * Several server processes share one SQLite file. A deferred transaction
 * reads from a snapshot and asks for the write lock only at its first write;
 * if another process committed in between, SQLite refuses at once with
 * SQLITE_BUSY (the busy timeout cannot help a stale snapshot). Taking the
 * write lock when the transaction begins makes it wait, up to the busy
 * timeout, for the other process's commit instead, and then read fresh data.
 */
export function sqliteAdapter(url: string, busyTimeoutMs: number): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url, timeout: busyTimeoutMs });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => withImmediateTransactions(await connect());
  return factory;
}

function withImmediateTransactions(adapter: Adapter): Adapter {
  const startDeferred = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    // The adapter serialises this process's transactions and runs BEGIN; a deferred
    // transaction holds no lock before its first statement, so it is swapped at once.
    const transaction = await startDeferred(isolationLevel);
    try {
      await transaction.executeRaw(statement("ROLLBACK"));
      await transaction.executeRaw(statement("BEGIN IMMEDIATE"));
    } catch (error) {
      await transaction.rollback();
      throw error;
    }
    return transaction;
  };
  return adapter;
}
