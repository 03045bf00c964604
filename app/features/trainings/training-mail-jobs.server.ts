import { z } from "zod";
import { enqueueJob } from "~/platform/jobs/enqueue.server";
import { defineMailJob } from "~/platform/mail/mail-job.server";
import type { Tx } from "~/platform/db/db.server";
import { renderFollowUpMail, renderRegistrationMail } from "./training-mails.server";

const aboutRegistration = z.object({ registrationId: z.string().min(1) });

export const confirmedMail = defineMailJob("mail.registrationConfirmed", aboutRegistration, (p, { now }) => renderRegistrationMail(p.registrationId, "confirmed", now));
export const waitlistedMail = defineMailJob("mail.registrationWaitlisted", aboutRegistration, (p, { now }) => renderRegistrationMail(p.registrationId, "waitlisted", now));
export const promotedMail = defineMailJob("mail.registrationPromoted", aboutRegistration, (p, { now }) => renderRegistrationMail(p.registrationId, "promoted", now));
export const trainingSessionCancelledMail = defineMailJob("mail.sessionCancelled", aboutRegistration, (p, { now }) => renderRegistrationMail(p.registrationId, "sessionCancelled", now));

export const REMINDER_HOURS = [24, 2] as const;
export type ReminderHours = (typeof REMINDER_HOURS)[number];

export const reminderMail = defineMailJob(
  "mail.trainingReminder",
  aboutRegistration.extend({ hoursBefore: z.union([z.literal(24), z.literal(2)]) }),
  (p, { now }) => renderRegistrationMail(p.registrationId, p.hoursBefore === 24 ? "reminder24h" : "reminder2h", now),
);
export const followUpMail = defineMailJob("mail.trainingFollowUp", aboutRegistration, (p) => renderFollowUpMail(p.registrationId));

export const TRAINING_MAILS = [confirmedMail, waitlistedMail, promotedMail, trainingSessionCancelledMail, reminderMail, followUpMail];

const MAIL_FOR_CHANGE = { confirmed: confirmedMail, waitlisted: waitlistedMail, promoted: promotedMail };

/** The record a registration's mails are about, so the roster can show the ones that failed. */
export const registrationTarget = (id: string) => ({ type: "registration", id });

/** Queues the mail that tells a registrant what just happened, in the transaction that made it happen. */
export function queueRegistrationMail(tx: Tx, registration: { id: string; email: string }, change: keyof typeof MAIL_FOR_CHANGE, now: Date) {
  return enqueueJob(tx, MAIL_FOR_CHANGE[change], { registrationId: registration.id }, { runAt: now, recipient: registration.email, target: registrationTarget(registration.id) });
}
