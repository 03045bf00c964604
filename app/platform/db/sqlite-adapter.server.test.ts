import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "~/generated/prisma/client";
import { db } from "./db.server";
import { sqliteAdapter } from "./sqlite-adapter.server";
import { env } from "~/platform/runtime/env.server";

/** A second connection, as another server process would have; it does not wait for locks. */
function otherProcessConnection() {
  return new Database(env.DATABASE_URL.replace(/^file:/, ""), { timeout: 0 });
}

describe("SQLite transactions", () => {
  it("hold the write lock from the start, so another process cannot write in between", async () => {
    const other = otherProcessConnection();
    try {
      await db.user.count();
      let otherCouldWrite: boolean | null = null;
      await db.$transaction(async (tx) => {
        await tx.user.count();
        try {
          other.prepare("BEGIN IMMEDIATE").run();
          other.prepare("ROLLBACK").run();
          otherCouldWrite = true;
        } catch (error) {
          expect((error as { code?: string }).code).toBe("SQLITE_BUSY");
          otherCouldWrite = false;
        }
      });
      expect(otherCouldWrite).toBe(false);
      // Once committed, the lock is free again.
      other.prepare("BEGIN IMMEDIATE").run();
      other.prepare("ROLLBACK").run();
    } finally {
      other.close();
    }
  });

  it("wait for another process's write lock without holding up this process", async () => {
    const other = otherProcessConnection();
    try {
      other.prepare("BEGIN IMMEDIATE").run();
      const events: string[] = [];
      // The other process commits a little later; SQLite's own busy wait would block
      // this process (and so this timer) until its timeout, then fail.
      setTimeout(() => {
        events.push("other commits");
        other.prepare("COMMIT").run();
      }, 50);
      const transaction = db.$transaction(async (tx) => {
        events.push("transaction runs");
        return tx.user.count();
      });
      // Meanwhile this process still answers reads.
      await db.user.count();
      events.push("read answered");
      await expect(transaction).resolves.toBeTypeOf("number");
      expect(events).toEqual(["read answered", "other commits", "transaction runs"]);
    } finally {
      if (other.inTransaction) other.prepare("ROLLBACK").run();
      other.close();
    }
  });

  it("give up on a write lock held past the busy timeout with the driver's busy error", async () => {
    const other = otherProcessConnection();
    const client = new PrismaClient({ adapter: sqliteAdapter(env.DATABASE_URL, 200) });
    try {
      other.prepare("BEGIN IMMEDIATE").run();
      const started = Date.now();
      const error = await client.$transaction((tx) => tx.user.count()).catch((caught: unknown) => caught);
      expect(Date.now() - started).toBeGreaterThanOrEqual(200);
      expect(JSON.stringify(error)).toContain("SQLITE_BUSY");
      other.prepare("ROLLBACK").run();
      // The lock free again, the same client writes.
      await expect(client.$transaction((tx) => tx.user.count())).resolves.toBeTypeOf("number");
    } finally {
      if (other.inTransaction) other.prepare("ROLLBACK").run();
      other.close();
      await client.$disconnect();
    }
  });

  it("see rows another process committed before they began, and roll back as a whole", async () => {
    const other = otherProcessConnection();
    try {
      other.prepare("INSERT INTO User (id, email, passwordHash, name, createdAt, updatedAt) VALUES ('other-1', 'other-1@example.com', 'x', 'Other', '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00')").run();
      await expect(
        db.$transaction(async (tx) => {
          expect(await tx.user.count({ where: { id: "other-1" } })).toBe(1);
          await tx.user.update({ where: { id: "other-1" }, data: { name: "Changed" } });
          throw new Error("abandon");
        }),
      ).rejects.toThrow("abandon");
      expect((await db.user.findUniqueOrThrow({ where: { id: "other-1" } })).name).toBe("Other");
    } finally {
      other.close();
    }
  });
});

describe("SQLite statements prepared once", () => {
  it("give each run its own arguments, reads and writes alike, and see the schema as it is now", async () => {
    const users = [1, 2, 3].map((n) => ({ id: `prepared-${n}`, email: `prepared-${n}@example.com`, passwordHash: "x", name: `Prepared ${n}` }));
    // The same insert, then the same lookup, again and again with other arguments.
    for (const user of users) await db.user.create({ data: user });
    for (const user of users) expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
    await db.user.update({ where: { id: "prepared-2" }, data: { name: "Renamed" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: "prepared-2" } })).name).toBe("Renamed");
    expect((await db.user.findUniqueOrThrow({ where: { id: "prepared-3" } })).name).toBe("Prepared 3");

    // Another process changes the schema: a statement prepared before still answers.
    const other = otherProcessConnection();
    try {
      other.prepare("CREATE INDEX IF NOT EXISTS prepared_test_index ON User (name)").run();
      expect((await db.user.findUniqueOrThrow({ where: { id: "prepared-1" } })).name).toBe("Prepared 1");
      other.prepare("DROP INDEX prepared_test_index").run();
      expect((await db.user.findUniqueOrThrow({ where: { id: "prepared-3" } })).name).toBe("Prepared 3");
    } finally {
      other.close();
    }
  });
});
