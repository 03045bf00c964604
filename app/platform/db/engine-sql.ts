import type { Tx } from "./db.server";

export type LockableTable = "TrainingSession";

/**
 * Append-only tables whose readers need every earlier row visible: the live
 * events read by position (`id > last seen`), login attempts counted before
 * the one being made.
 */
export type OrderedLog = "LiveEvent" | "LoginAttempt";

/** The behaviour that differs between SQLite and PostgreSQL, one module each. */
export type EngineSql = {
  /**
   * Holds `table`'s row `id` until the transaction ends: a concurrent
   * transaction locking it waits, then reads what this one committed.
   */
  lockRow(tx: Tx, table: LockableTable, id: string): Promise<void>;
  /**
   * Makes the row this transaction appends to `log` commit in id order with
   * every other append, so a reader that has seen id n never later finds a
   * smaller id appear (the live-event bus resumes from the last id it saw).
   */
  orderAppend(tx: Tx, log: OrderedLog): Promise<void>;
  /** A Prisma filter: the column contains `text`, ignoring the case of Latin letters. */
  containsText(text: string): { contains: string };
};
