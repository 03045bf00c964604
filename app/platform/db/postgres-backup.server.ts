import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { env } from "~/platform/runtime/env.server";

const run = promisify(execFile);

/**
 * A consistent copy of the live PostgreSQL database made with `pg_dump` (one
 * snapshot; the app keeps reading and writing) in its custom format, written
 * under a temporary name and renamed once `pg_restore --list` has read it
 * back. Restore with `pg_restore --no-owner --dbname=<empty database> <file>`
 * (README). pg_dump's major version must be at least the server's.
 */
export async function backupPostgres(target: string): Promise<string> {
  const partial = `${target}.partial`;
  try {
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${partial}`, `--dbname=${env.DATABASE_URL}`], { maxBuffer: 16 * 1024 * 1024 });
    const { stdout } = await run("pg_restore", ["--list", partial], { maxBuffer: 64 * 1024 * 1024 });
    if (!/TABLE DATA public _migrations /.test(stdout)) throw new Error(`the backup ${target} holds no migrations table`);
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return path.resolve(target);
}
