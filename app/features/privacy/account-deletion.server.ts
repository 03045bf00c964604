import { recordAudit } from "~/platform/audit/audit-log.server";
import { forgetPersonInJobs } from "~/platform/jobs/forget-person.server";
import { db } from "~/platform/db/db.server";
import { cancelRegistrationIn } from "~/features/trainings/registration.server";

/** The address a deleted account keeps: unique, and never deliverable (`.invalid` is reserved, RFC 2606). */
export function deletedAccountEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}

/**
 * Deletes a person's account in one transaction (decision 0023):
 *
 * - their places at trainings that have not started are cancelled (a freed
 *   seat goes to the next person waiting, whose mail is queued with it);
 * - every registration's copy of their name, address, company, phone and
 *   needs is erased (attendance counts stay for the trainers' records);
 * - sessions, pending links and login attempts are deleted, and their mails
 *   not yet sent are cancelled; no job keeps their address;
 * - the account row stays, with nothing that identifies anyone, so course
 *   and webinar statistics keep their numbers and the certificates stay
 *   attached to something;
 * - issued certificates are kept as signed, with the holder's name: people
 *   the holder gave them to can still check them (the page says so before
 *   the person confirms).
 *
 * Returns the registrations that got a seat.
 */
export async function deleteAccount(userId: string, now = new Date()): Promise<{ promotedRegistrationIds: string[] }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    const upcoming = await tx.registration.findMany({
      where: { userId, status: { not: "cancelled" }, session: { startsAt: { gt: now } } },
      select: { id: true },
    });
    const promotedRegistrationIds: string[] = [];
    for (const registration of upcoming) {
      const outcome = await cancelRegistrationIn(tx, registration.id, now);
      if (outcome.ok && outcome.promotedRegistrationId) promotedRegistrationIds.push(outcome.promotedRegistrationId);
    }
    const registrations = await tx.registration.findMany({ where: { userId }, select: { id: true } });
    const records = [{ type: "user", id: userId }, ...registrations.map((registration) => ({ type: "registration", id: registration.id }))];
    await forgetPersonInJobs(tx, { email: user.email, records }, now);
    await tx.registration.updateMany({ where: { userId }, data: { name: "", email: "", company: "", phone: "", needs: "" } });
    await tx.loginSession.deleteMany({ where: { userId } });
    await tx.accountToken.deleteMany({ where: { userId } });
    await tx.loginAttempt.deleteMany({ where: { email: user.email } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: deletedAccountEmail(userId),
        passwordHash: "",
        name: "",
        company: "",
        phone: "",
        jobRole: "other",
        role: "learner",
        bulletinSubscribed: false,
        captionMode: "",
        emailVerifiedAt: null,
        deletedAt: now,
      },
    });
    await recordAudit({ actorId: null, action: "user.delete", targetType: "user", targetId: userId }, tx);
    return { promotedRegistrationIds };
  });
}
