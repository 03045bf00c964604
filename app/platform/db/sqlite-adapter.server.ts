import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { Database, Statement } from "better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

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
 * That wait does not hold up the process: see `takeWriteLock`.
 */
export function sqliteAdapter(url: string, busyTimeoutMs: number): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url, timeout: busyTimeoutMs });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => withImmediateTransactions(withPreparedStatements(await connect()), busyTimeoutMs);
  return factory;
}

function withImmediateTransactions(adapter: Adapter, busyTimeoutMs: number): Adapter {
  const startDeferred = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    // The adapter serialises this process's transactions and runs BEGIN; a deferred
    // transaction holds no lock before its first statement, so it is swapped at once.
    const transaction = await startDeferred(isolationLevel);
    try {
      await transaction.executeRaw(statement("ROLLBACK"));
      await takeWriteLock(transaction, clientOf(adapter), busyTimeoutMs);
    } catch (error) {
      await transaction.rollback();
      throw error;
    }
    return transaction;
  };
  return adapter;
}

/** Pauses between tries for the write lock, in ms (the last one repeats). */
const WRITE_LOCK_RETRY_MS = [1, 1, 2, 2, 4, 4, 8];

/**
 * `BEGIN IMMEDIATE`, waiting for another process's write lock without
 * blocking this one. SQLite's own busy handler sleeps inside the call, and
 * better-sqlite3 is synchronous: while another process held the lock (its
 * transaction lasts as long as that process's other work between the
 * transaction's queries), this process answered nothing at all: 1.5 s in
 * all over five classes submitting a quiz (decision 0040). Here each try
 * fails at once when the lock is taken, and the next try comes after a short
 * pause in which this process serves its other requests. (A write outside a
 * transaction, a single statement, still waits in SQLite's handler.)
 */
async function takeWriteLock(transaction: Transaction, client: Database, busyTimeoutMs: number): Promise<void> {
  const giveUpAt = Date.now() + busyTimeoutMs;
  for (let tries = 0; ; tries += 1) {
    // The adapter runs the statement within the call (better-sqlite3 is synchronous), so the
    // busy timeout is back before anything else can use the connection.
    client.prepare("PRAGMA busy_timeout = 0").raw().all();
    let begun: Promise<unknown>;
    try {
      begun = transaction.executeRaw(statement("BEGIN IMMEDIATE"));
    } finally {
      client.prepare(`PRAGMA busy_timeout = ${busyTimeoutMs}`).raw().all();
    }
    try {
      await begun;
      return;
    } catch (error) {
      // The adapter reports SQLITE_BUSY with the driver's code kept.
      if ((error as { cause?: { originalCode?: string } }).cause?.originalCode !== "SQLITE_BUSY" || Date.now() >= giveUpAt) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, WRITE_LOCK_RETRY_MS[Math.min(tries, WRITE_LOCK_RETRY_MS.length - 1)]));
  }
}

const clientOf = (adapter: Adapter) => (adapter as unknown as { client: Database }).client;

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
  const client = clientOf(adapter);
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
