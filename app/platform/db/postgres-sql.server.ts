import type { Tx } from "./db.server";
import type { EngineSql, LockableTable, OrderedLog } from "./engine-sql";

/** Tables whose rows a transaction may lock, as quoted SQL identifiers (never user input). */
const lockable: Record<LockableTable, string> = { TrainingSession: '"TrainingSession"' };

/** A transaction-level advisory lock key per ordered log (arbitrary, fixed numbers). */
const appendLock: Record<OrderedLog, number> = { LiveEvent: 7_240_001, LoginAttempt: 7_240_002 };

/**
 * What differs on PostgreSQL, and the only raw SQL written for it alone (a
 * statement written out for both databases lives with its feature).
 * Transactions run at READ COMMITTED, where two transactions can read the same
 * row and both act on what they read; `SELECT … FOR UPDATE` makes the second
 * wait until the first commits and then read the row afresh — the twin of
 * SQLite's BEGIN IMMEDIATE, but per row. `contains` is case-sensitive in
 * PostgreSQL (LIKE), so searches ask for ILIKE. A sequence hands out ids
 * in the order transactions ask, not the order they commit; appends to an
 * ordered log therefore take one advisory lock, held until commit.
 */
export const postgresSql: EngineSql = {
  async lockRow(tx: Tx, table: LockableTable, id: string) {
    await tx.$queryRawUnsafe(`SELECT 1 FROM ${lockable[table]} WHERE "id" = $1 FOR UPDATE`, id);
  },
  async orderAppend(tx: Tx, log: OrderedLog) {
    await tx.$queryRawUnsafe("SELECT 1 AS locked FROM pg_advisory_xact_lock($1::bigint)", appendLock[log]);
  },
  // The SQLite client's types know no `mode`; the PostgreSQL client takes it.
  containsText: (text) => ({ contains: text, mode: "insensitive" }) as { contains: string },
};
