import { describe, expect, it } from "vitest";
import { db } from "./db.server";
import { containsText } from "./text-match.server";

describe("searching text on either engine", () => {
  it("finds a name or company whatever the case of its Latin letters, and Chinese text", async () => {
    await db.user.create({ data: { email: "alice.zhang@example.com", passwordHash: "x", name: "Alice 张", company: "ACME Toys Co." } });
    const find = (where: object) => db.user.findMany({ where, select: { email: true } });

    expect(await find({ name: containsText("ALICE") })).toEqual([{ email: "alice.zhang@example.com" }]);
    expect(await find({ company: containsText("acme toys") })).toEqual([{ email: "alice.zhang@example.com" }]);
    expect(await find({ name: containsText("张") })).toEqual([{ email: "alice.zhang@example.com" }]);
    expect(await find({ name: containsText("bob") })).toEqual([]);
  });
});
