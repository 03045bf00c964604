import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createScratchDatabase, dropScratchDatabases } from "../../../scripts/postgres-scratch";
import { backupDatabase } from "./backup.server";
import { dataDir, env } from "~/platform/runtime/env.server";
import { createPostgresClient } from "./postgres-client.server";

/** Another process inserting users one by one through its own connection, as a running app would. */
function writerProcess(rows: number) {
  const script = `
    const pg = require("pg");
    const client = new pg.Client({ connectionString: process.argv[1] });
    (async () => {
      await client.connect();
      for (let i = 0; i < ${rows}; i += 1) {
        await client.query('INSERT INTO "User" (id, email, "passwordHash", name, "updatedAt") VALUES ($1, $2, $3, $4, now())', ["writer-" + i, "writer-" + i + "@example.com", "x", "Writer"]);
        if (i === 20) console.log("writing");
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await client.end();
    })().catch((error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ["-e", script, env.DATABASE_URL], { stdio: ["ignore", "pipe", "inherit"] });
  const started = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  const finished = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { started, finished };
}

describe("PostgreSQL backup", () => {
  it("dumps the live database while another process writes, and the dump restores into a database the app can use", async () => {
    const writer = writerProcess(300);
    await writer.started;
    const file = await backupDatabase();
    expect(path.dirname(file)).toBe(path.join(dataDir, "backups"));
    expect(file).toMatch(/app-\d{8}-\d{6}\.dump$/);
    expect(await writer.finished).toBe(0);

    // The README's restore: pg_restore into an empty database.
    const prefix = `restored_${crypto.randomBytes(4).toString("hex")}`;
    const restoredUrl = await createScratchDatabase(prefix);
    try {
      execFileSync("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${restoredUrl}`, file]);
      const restored = createPostgresClient(restoredUrl, { maxWait: 5_000, timeout: 5_000 });
      try {
        // Taken mid-way: the rows written before the dump's snapshot are there.
        const written = await restored.user.count({ where: { id: { startsWith: "writer-" } } });
        expect(written).toBeGreaterThan(20);
        expect(written).toBeLessThanOrEqual(300);
        const migrations = await restored.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM "_migrations"');
        expect(migrations[0]!.n).toBeGreaterThan(0);
        // Writable after the restore: the app's own write path works.
        await restored.user.create({ data: { email: "after-restore@example.com", passwordHash: "x", name: "Restored" } });
        expect(await restored.user.count({ where: { email: "after-restore@example.com" } })).toBe(1);
      } finally {
        await restored.$disconnect();
      }
    } finally {
      await dropScratchDatabases(prefix);
    }
  });

  it("writes to a chosen file", async () => {
    const target = path.join(dataDir, "chosen", "copy.dump");
    expect(await backupDatabase(target)).toBe(target);
  });
});
