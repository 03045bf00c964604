import { z } from "zod";
import { enqueueJob } from "~/platform/jobs/enqueue.server";
import { defineMailJob } from "~/platform/mail/mail-job.server";
import type { Tx } from "~/platform/db/db.server";
import { renderLiveMail } from "./live-mails.server";

const aboutRegistration = z.object({ registrationId: z.string().min(1) });

export const liveRegisteredMail = defineMailJob("mail.liveRegistered", aboutRegistration, (p, { now }) => renderLiveMail(p.registrationId, "registered", now));

export const liveReminderMail = defineMailJob(
  "mail.liveReminder",
  aboutRegistration.extend({ minutesBefore: z.union([z.literal(1440), z.literal(15)]) }),
  (p, { now }) => renderLiveMail(p.registrationId, p.minutesBefore === 15 ? "reminder15min" : "reminder24h", now),
);

export const LIVE_MAILS = [liveRegisteredMail, liveReminderMail];

/** The record a live registration's mails are about. */
export const liveRegistrationTarget = (id: string) => ({ type: "liveRegistration", id });

/** Queues the confirmation mail in the transaction that registered the person. */
export function queueLiveConfirmation(tx: Tx, registration: { id: string; email: string }, now: Date) {
  return enqueueJob(tx, liveRegisteredMail, { registrationId: registration.id }, { runAt: now, recipient: registration.email, target: liveRegistrationTarget(registration.id) });
}
