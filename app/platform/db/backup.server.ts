import fs from "node:fs";
import path from "node:path";
import { dataDir, engine } from "~/platform/runtime/env.server";
import { backupPostgres } from "./postgres-backup.server";
import { backupSqlite } from "./sqlite-backup.server";

/**
 * `app-20261125-104500.db` (SQLite) or `app-20261125-104500.dump` (PostgreSQL,
 * pg_dump's custom format) for a backup made at 10:45:00 UTC on 25 Nov 2026.
 */
export function backupFileName(now = new Date()): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, "").replace(/[-:]/g, "").replace("T", "-");
  return `app-${stamp}.${engine === "sqlite" ? "db" : "dump"}`;
}

/**
 * A consistent copy of the live database while the app keeps running, checked
 * before it is reported as done. Default target: DATA_DIR/backups/app-<UTC timestamp>.
 */
export async function backupDatabase(target = path.join(dataDir, "backups", backupFileName())): Promise<string> {
  const destination = path.resolve(target);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  return engine === "sqlite" ? backupSqlite(destination) : backupPostgres(destination);
}
