import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { makeUser } from "../test-support/make-user";
import { changeRole } from "./role-change.server";

describe("changing roles", () => {
  it("changes a role and audits who changed it from what to what", async () => {
    const admin = await makeUser("admin");
    const learner = await makeUser("learner");
    expect(await changeRole(learner.id, "trainer", admin)).toEqual({ ok: true, changed: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: learner.id } })).role).toBe("trainer");
    const entries = await db.auditEntry.findMany({ where: { targetId: learner.id } });
    expect(entries.map((entry) => [entry.action, entry.actorId, JSON.parse(entry.details)])).toEqual([["user.role", admin.id, { from: "learner", to: "trainer" }]]);
  });

  it("does not let an admin remove their own admin role", async () => {
    const admin = await makeUser("admin");
    expect(await changeRole(admin.id, "learner", admin)).toEqual({ ok: false, reason: "ownAdminRole" });
    expect(await changeRole(admin.id, "trainer", admin)).toEqual({ ok: false, reason: "ownAdminRole" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
    expect(await db.auditEntry.count({ where: { targetId: admin.id } })).toBe(0);
  });

  it("lets an admin demote another admin, records nothing for an unchanged role, and reports unknown people", async () => {
    const admin = await makeUser("admin");
    const other = await makeUser("admin");
    expect(await changeRole(other.id, "trainer", admin)).toEqual({ ok: true, changed: true });
    expect(await changeRole(other.id, "trainer", admin)).toEqual({ ok: true, changed: false });
    expect(await db.auditEntry.count({ where: { targetId: other.id } })).toBe(1);
    expect(await changeRole("no-such-user", "trainer", admin)).toEqual({ ok: false, reason: "notFound" });
  });
});
