import { recordAudit } from "~/platform/audit/audit-log.server";
import { enqueueJobs } from "~/platform/jobs/enqueue.server";
import { db } from "~/platform/db/db.server";
import { bulletinMail } from "./bulletin-mails.server";
import { bulletinSubscribers } from "./subscription.server";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";

export type PublishResult = { kind: "published"; queued: number } | { kind: "alreadyPublished" } | { kind: "empty" };

/** The bulk action whose mails show as one progress bar. */
export const publicationBatch = (month: string) => `bulletin:${month}`;

/**
 * Publishes a month's bulletin once. The published mark, its audit entry and
 * one mail job per subscriber are one transaction, so a double click mails
 * nobody twice and a publication never loses its mails. The request answers
 * at once; workers send the mails.
 */
export async function publishBulletin(month: string, actorId: string, now = new Date()): Promise<PublishResult> {
  const recalls = await db.recall.count({ where: { month, madeInChina: true } });
  if (recalls === 0) return { kind: "empty" };
  const queued = await db.$transaction(async (tx) => {
    const existing = await tx.bulletin.findUnique({ where: { month } });
    if (existing) return null;
    await tx.bulletin.create({ data: { month, publishedAt: now, publishedById: actorId } });
    const subscribers = await bulletinSubscribers(tx);
    await enqueueJobs(
      tx,
      bulletinMail,
      subscribers.map((subscriber) => ({
        payload: { userId: subscriber.id, month },
        options: { runAt: now, recipient: subscriber.email, target: { type: "user", id: subscriber.id }, batch: publicationBatch(month) },
      })),
    );
    await recordAudit({ actorId, action: "bulletin.publish", targetType: "bulletin", targetId: month, details: { recalls, subscribers: subscribers.length } }, tx);
    return subscribers.length;
  }).catch((error: unknown) => {
    // A concurrent publish of the same month won the race on the primary key.
    if (isUniqueViolation(error)) return null;
    throw error;
  });
  return queued === null ? { kind: "alreadyPublished" } : { kind: "published", queued };
}
