import { describe, expect, it } from "vitest";
import { db } from "./db.server";
import { isUniqueViolation } from "./unique-violation.server";

const insertUser = (id: string, email: string) =>
  db.$executeRaw`INSERT INTO "User" ("id", "email", "passwordHash", "name", "createdAt", "updatedAt") VALUES (${id}, ${email}, ${"x"}, ${"Unique test"}, ${new Date()}, ${new Date()})`;

describe("unique violations", () => {
  it("are told apart for Prisma's own writes and for statements written out, and nothing else is one", async () => {
    await insertUser("unique-1", "unique-1@example.com");
    const written = await insertUser("unique-2", "unique-1@example.com").catch((error: unknown) => error);
    expect(isUniqueViolation(written)).toBe(true);
    const prisma = await db.user.create({ data: { email: "unique-1@example.com", passwordHash: "x", name: "Again" } }).catch((error: unknown) => error);
    expect(isUniqueViolation(prisma)).toBe(true);
    // Another constraint (a row that refers to no user) is not a duplicate.
    const other = await db.$executeRaw`INSERT INTO "LoginSession" ("id", "tokenHash", "userId", "userAgent", "createdAt", "lastSeenAt", "expiresAt") VALUES (${"unique-s"}, ${"unique-hash"}, ${"nobody"}, ${"x"}, ${new Date()}, ${new Date()}, ${new Date()})`.catch((error: unknown) => error);
    expect(other).toBeInstanceOf(Error);
    expect(isUniqueViolation(other)).toBe(false);
    expect(isUniqueViolation(new Error("anything"))).toBe(false);
  });
});
