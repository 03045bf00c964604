import type { Tx } from "./db.server";

export type LockableTable = "TrainingSession";

/** The behaviour that differs between SQLite and PostgreSQL, one module each. */
export type EngineSql = {
  /**
   * Holds `table`'s row `id` until the transaction ends: a concurrent
   * transaction locking it waits, then reads what this one committed.
   */
  lockRow(tx: Tx, table: LockableTable, id: string): Promise<void>;
  /** A Prisma filter: the column contains `text`, ignoring the case of Latin letters. */
  containsText(text: string): { contains: string };
};
