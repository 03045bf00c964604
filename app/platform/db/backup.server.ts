import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { dataDir, env } from "~/platform/runtime/env.server";

/** `app-20261125-104500.db` for a backup made at 10:45:00 UTC on 25 Nov 2026. */
export function backupFileName(now = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, "").replace(/[-:]/g, "").replace("T", "-");
  return `app-${stamp}.db`;
}

/**
 * A consistent copy of the live database, made with SQLite's online backup
 * while the app keeps running (readers and writers are not stopped). The copy
 * is checked with `PRAGMA integrity_check` before it is reported as done.
 * Default target: DATA_DIR/backups/app-<UTC timestamp>.db.
 */
export async function backupDatabase(target = path.join(dataDir, "backups", backupFileName())): Promise<string> {
  const destination = path.resolve(target);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  const source = new Database(env.DATABASE_URL.replace(/^file:/, ""), { fileMustExist: true, timeout: 5_000 });
  try {
    // All pages in one step: one read snapshot, so writes by the app cannot restart the copy.
    await source.backup(destination, { progress: ({ totalPages }) => Math.max(totalPages, 100) });
  } finally {
    source.close();
  }
  const copy = new Database(destination);
  try {
    // One self-contained file (no -wal/-shm beside it); the app turns WAL on again when it opens it.
    copy.pragma("journal_mode = DELETE");
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`the backup ${destination} failed its integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
  return destination;
}
