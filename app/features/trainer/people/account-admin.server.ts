import { recordAudit } from "~/platform/audit/audit-log.server";
import { accountMailOptions, passwordResetMail } from "~/features/auth/account-mails.server";
import { addressKey, RESET_MAILS_PER_ADDRESS } from "~/features/auth/account-rate-limits.server";
import { dropAccountTokens } from "~/features/auth/account-tokens.server";
import { enqueueJob } from "~/platform/jobs/enqueue.server";
import { endLoginSessions } from "~/features/auth/login-session.server";
import { db } from "~/platform/db/db.server";
import { hitRateLimit } from "~/platform/http/rate-limit.server";

export type AccountAdminOutcome = { ok: true } | { ok: false; reason: "notFound" | "ownAccount" | "deactivated" | "rateLimited" };

/**
 * An admin deactivates an account (it can no longer sign in, and every one
 * of its sessions and pending links ends at once) or reactivates it. Admins
 * cannot deactivate themselves. Audited in the same transaction.
 */
export async function setAccountActive(targetId: string, active: boolean, actor: { id: string }, now = new Date()): Promise<AccountAdminOutcome> {
  if (!active && targetId === actor.id) return { ok: false, reason: "ownAccount" };
  return db.$transaction(async (tx) => {
    const person = await tx.user.findFirst({ where: { id: targetId, deletedAt: null }, select: { deactivatedAt: true } });
    if (!person) return { ok: false as const, reason: "notFound" as const };
    if (Boolean(person.deactivatedAt) === !active) return { ok: true as const };
    await tx.user.update({ where: { id: targetId }, data: { deactivatedAt: active ? null : now } });
    if (!active) {
      await endLoginSessions(targetId, {}, tx);
      await dropAccountTokens(targetId, ["reset-password", "verify-email", "change-email"], tx);
    }
    await recordAudit({ actorId: actor.id, action: active ? "user.reactivate" : "user.deactivate", targetType: "user", targetId }, tx);
    return { ok: true as const };
  });
}

/**
 * An admin mails a person a password-reset link (for someone who cannot get
 * in and asked for help). The link goes only to the account's own address;
 * the same per-address limit as "forgot password" applies. The mail is
 * queued and audited in one transaction.
 */
export async function sendResetLinkAsAdmin(targetId: string, actor: { id: string }, now = new Date()): Promise<AccountAdminOutcome> {
  const person = await db.user.findFirst({ where: { id: targetId, deletedAt: null }, select: { id: true, email: true, name: true, preferredLanguage: true, deactivatedAt: true } });
  if (!person) return { ok: false, reason: "notFound" };
  if (person.deactivatedAt) return { ok: false, reason: "deactivated" };
  if ((await hitRateLimit(RESET_MAILS_PER_ADDRESS, addressKey(person.email), now)).limited) return { ok: false, reason: "rateLimited" };
  await db.$transaction(async (tx) => {
    await enqueueJob(tx, passwordResetMail, { userId: person.id }, accountMailOptions(person.id, person.email, now));
    await recordAudit({ actorId: actor.id, action: "user.password-reset", targetType: "user", targetId }, tx);
  });
  return { ok: true };
}
