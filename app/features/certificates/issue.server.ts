import { enqueueJob } from "~/platform/jobs/enqueue.server";
import type { Tx } from "~/platform/db/db.server";
import type { AchievementType } from "./achievement-types";
import { describeAchievement } from "./achievements.server";
import { certificateIssuedMail } from "./certificate-mail.server";
import { newCertificateNumber } from "./certificate-number.server";
import { signCertificate } from "./signature.server";

export type Completion = { userId: string; type: AchievementType; achievementId: string; completedOn: Date; minutesAttended?: number };

/**
 * Issues the certificate for a completion, inside the transaction that
 * records the completion. One per person per achievement: completing again
 * returns the certificate already issued. Nothing is issued to an account
 * whose email address is not confirmed (or that was deleted): the completion
 * stays recorded, and confirming the address issues the certificate then
 * (`issueMissingCertificates`; decision 0022). With `mailHolder`, the mail that
 * tells the holder is queued in the same transaction (a training's
 * certificate is in the follow-up mail after it instead).
 */
export async function issueCertificate(tx: Tx, completion: Completion, options: { mailHolder?: boolean } = {}): Promise<{ number: string } | null> {
  const { userId, type, achievementId } = completion;
  const existing = await tx.certificate.findUnique({
    where: { userId_achievementType_achievementId: { userId, achievementType: type, achievementId } },
    select: { number: true },
  });
  if (existing) return existing;
  const [user, achievement] = await Promise.all([
    tx.user.findUnique({ where: { id: userId }, select: { name: true, emailVerifiedAt: true, deletedAt: true } }),
    describeAchievement(tx, type, achievementId),
  ]);
  if (!user?.emailVerifiedAt || user.deletedAt || !achievement) return null;
  const fields = {
    number: newCertificateNumber(),
    holderName: user.name,
    achievementType: type,
    achievementId,
    titleZh: achievement.titleZh,
    titleEn: achievement.titleEn,
    issuers: achievement.issuers,
    completedOn: completion.completedOn,
    minutesAttended: completion.minutesAttended ?? null,
    // Stored to the millisecond, as signed.
    issuedAt: new Date(),
  };
  const certificate = await tx.certificate.create({
    data: { ...fields, userId, issuers: JSON.stringify(fields.issuers), ...signCertificate(fields) },
    select: { id: true, number: true, user: { select: { email: true } } },
  });
  if (options.mailHolder) {
    await enqueueJob(tx, certificateIssuedMail, { certificateId: certificate.id }, { runAt: fields.issuedAt, recipient: certificate.user.email, target: { type: "certificate", id: certificate.id } });
  }
  return { number: certificate.number };
}
