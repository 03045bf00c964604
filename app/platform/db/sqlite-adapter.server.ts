import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Database, Statement } from "better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

const statement = (sql: string) => ({ sql, args: [], argTypes: [] });

/**
 * Prisma's better-sqlite3 adapter, with every transaction started as
 * `BEGIN IMMEDIATE` instead of the adapter's plain (deferred) `BEGIN`, and
 * each SQL statement prepared once.
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
  factory.connect = async () => withImmediateTransactions(withPreparedStatements(await connect()));
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

/** Statements kept prepared: far more than the app's queries, few enough to hold. */
const MAX_PREPARED_STATEMENTS = 1_000;

/**
 * The adapter prepares every query's SQL again (better-sqlite3's `prepare`
 * was a tenth of a signed-in page's CPU, decision 0038) and binds its
 * arguments to the statement for good. Here each SQL text is prepared once
 * per connection and the arguments are passed with each run instead. Safe to
 * share: better-sqlite3 runs a statement to completion before returning, and
 * SQLite prepares it afresh by itself when the schema has changed. (Only the
 * column list a statement reports before its next run may then be the old
 * one: Prisma names every column it selects, and migrations run before the
 * server starts.)
 */
function withPreparedStatements(adapter: Adapter): Adapter {
  const client = (adapter as unknown as { client: Database }).client;
  const prepare = client.prepare.bind(client);
  const prepared = new Map<string, Statement>();
  client.prepare = ((sql: string) => {
    let statement = prepared.get(sql);
    if (!statement) {
      statement = prepare(sql);
      if (prepared.size >= MAX_PREPARED_STATEMENTS) prepared.delete(prepared.keys().next().value!);
      prepared.set(sql, statement);
    }
    return withArguments(statement, []);
  }) as unknown as Database["prepare"];
  return adapter;
}

/** What the adapter uses of a statement, with `bind` giving the arguments to each run instead of to the statement. */
function withArguments(statement: Statement, args: unknown[]) {
  return {
    reader: statement.reader,
    bind: (bound: unknown[]) => withArguments(statement, bound),
    columns: () => statement.columns(),
    run: () => statement.run(args),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  };
}
