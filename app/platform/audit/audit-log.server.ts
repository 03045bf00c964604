import { db, type Tx } from "~/platform/db/db.server";

/** What trainers and admins do, named `<record>.<verb>`. */
export type AuditAction =
  | "certificate.revoke"
  | "session.create"
  | "session.update"
  | "session.close"
  | "session.reopen"
  | "session.cancel"
  | "session.trainers"
  | "registration.attendance"
  | "registration.walk-in"
  | "user.role"
  | "user.deactivate"
  | "user.reactivate"
  | "user.password-reset"
  | "user.delete"
  | "recall.import"
  | "recall.translate"
  | "bulletin.publish"
  | "webinar.create"
  | "webinar.update"
  | "webinar.publish"
  | "webinar.unpublish"
  | "webinar.video"
  | "webinar.captions"
  | "webinar.chapters"
  | "webinar.questions"
  | "job.retry"
  | "job.cancel"
  | "live.create";

export type AuditRecord = {
  actorId: string | null;
  action: AuditAction;
  targetType: string;
  targetId: string;
  details?: Record<string, unknown>;
};

/**
 * Records a trainer or admin write. Pass the transaction that makes the
 * change, so the change and its audit entry are written together or not at all.
 */
export async function recordAudit(entry: AuditRecord, tx: Tx = db): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: JSON.stringify(entry.details ?? {}),
    },
  });
}
