import { recordAudit } from "~/platform/audit/audit-log.server";
import { db } from "~/platform/db/db.server";

/** Everyone who may run a session: trainers and admins, by name. */
export async function trainerCandidates() {
  return db.user.findMany({ where: { role: { in: ["trainer", "admin"] } }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, role: true } });
}

export async function assignedTrainerIds(sessionId: string): Promise<string[]> {
  const rows = await db.sessionTrainer.findMany({ where: { sessionId }, select: { userId: true } });
  return rows.map((row) => row.userId);
}

/**
 * Replaces the trainers of a session (admins only, checked by the caller).
 * Ids that are not trainers or admins are refused: false, nothing changed.
 */
export async function assignTrainers(sessionId: string, userIds: string[], actor: { id: string }): Promise<boolean> {
  const unique = [...new Set(userIds)];
  return db.$transaction(async (tx) => {
    const eligible = await tx.user.count({ where: { id: { in: unique }, role: { in: ["trainer", "admin"] } } });
    if (eligible !== unique.length) return false;
    await tx.sessionTrainer.deleteMany({ where: { sessionId } });
    if (unique.length > 0) await tx.sessionTrainer.createMany({ data: unique.map((userId) => ({ sessionId, userId })) });
    await recordAudit({ actorId: actor.id, action: "session.trainers", targetType: "session", targetId: sessionId, details: { trainerIds: unique } }, tx);
    return true;
  });
}
