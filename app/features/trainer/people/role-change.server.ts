import { recordAudit } from "~/platform/audit/audit-log.server";
import type { Role } from "~/platform/access/roles";
import { db } from "~/platform/db/db.server";

export type RoleChangeOutcome = { ok: true; changed: boolean } | { ok: false; reason: "notFound" | "ownAdminRole" };

/**
 * Gives a person a role. Only admins may call this (checked by the route);
 * an admin cannot take away their own admin role, so the platform always
 * keeps the admin who is acting. Audited in the same transaction.
 */
export async function changeRole(targetId: string, role: Role, actor: { id: string }): Promise<RoleChangeOutcome> {
  if (targetId === actor.id && role !== "admin") return { ok: false, reason: "ownAdminRole" };
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: targetId }, select: { role: true } });
    if (!person) return { ok: false as const, reason: "notFound" as const };
    if (person.role === role) return { ok: true as const, changed: false };
    await tx.user.update({ where: { id: targetId }, data: { role } });
    await recordAudit({ actorId: actor.id, action: "user.role", targetType: "user", targetId, details: { from: person.role, to: role } }, tx);
    return { ok: true as const, changed: true };
  });
}
