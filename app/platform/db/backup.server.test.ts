import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PrismaClient } from "~/generated/prisma/client";
import { describe, expect, it } from "vitest";
import { backupDatabase, backupFileName } from "./backup.server";
import { dataDir, env } from "~/platform/runtime/env.server";
import { sqliteAdapter } from "./sqlite-adapter.server";

/** Another process writing rows one by one, as the running app would. */
function writerProcess(rows: number) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1], { timeout: 5000 });
    db.pragma("journal_mode = WAL");
    const insert = db.prepare("INSERT INTO User (id, email, passwordHash, name, createdAt, updatedAt) VALUES (?, ?, 'x', 'Writer', '2026-11-25T00:00:00.000+00:00', '2026-11-25T00:00:00.000+00:00')");
    for (let i = 0; i < ${rows}; i += 1) {
      insert.run("writer-" + i, "writer-" + i + "@example.com");
      if (i === 20) console.log("writing");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
    }`;
  const child = spawn(process.execPath, ["-e", script, env.DATABASE_URL.replace(/^file:/, "")], { stdio: ["ignore", "pipe", "inherit"] });
  const started = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  const finished = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { started, finished };
}

describe("database backup", () => {
  it("names backups by UTC time", () => {
    expect(backupFileName(new Date("2026-11-25T10:45:07.123Z"))).toBe("app-20261125-104507.db");
  });

  it("copies the live database consistently while another process writes", async () => {
    const live = new Database(env.DATABASE_URL.replace(/^file:/, ""));
    live.pragma("journal_mode = WAL");
    live.close();
    const writer = writerProcess(400);
    await writer.started;
    const file = await backupDatabase();
    expect(path.dirname(file)).toBe(path.join(dataDir, "backups"));
    expect(await writer.finished).toBe(0);

    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      const written = copy.prepare("SELECT count(*) AS n FROM User WHERE id LIKE 'writer-%'").get() as { n: number };
      // Taken mid-way: the rows written before the backup are there, all or nothing each.
      expect(written.n).toBeGreaterThan(20);
      expect(written.n).toBeLessThanOrEqual(400);
      const migrations = copy.prepare("SELECT count(*) AS n FROM _prisma_migrations").get() as { n: number };
      expect(migrations.n).toBeGreaterThan(0);
    } finally {
      copy.close();
    }
  });

  it("writes to a chosen file", async () => {
    const target = path.join(dataDir, "chosen", "copy.db");
    expect(await backupDatabase(target)).toBe(target);
    const copy = new Database(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();
  });

  it("restores as the README says: the app, started on the copied file, sees the backed-up data", async () => {
    const backup = await backupDatabase();
    // Stop the app, copy the backup over the database file, drop the old WAL files, start the app.
    const restored = path.join(dataDir, "restored", "app.db");
    fs.mkdirSync(path.dirname(restored), { recursive: true });
    fs.copyFileSync(backup, restored);
    for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${restored}${suffix}`, { force: true });
    const app = new PrismaClient({ adapter: sqliteAdapter(`file:${restored}`, 5_000) });
    try {
      expect(await app.user.count({ where: { id: { startsWith: "writer-" } } })).toBeGreaterThan(20);
      await app.user.create({ data: { email: "after-restore@example.com", passwordHash: "x", name: "After" } });
      expect(await app.user.count({ where: { email: "after-restore@example.com" } })).toBe(1);
    } finally {
      await app.$disconnect();
    }
  });
});
