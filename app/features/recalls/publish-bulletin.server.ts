import { recordAudit } from "~/features/audit/audit-log.server";
import { db } from "~/features/server/db.server";
import { sendBulletinMail } from "./bulletin-mails.server";
import { bulletinSubscribers } from "./subscription.server";

export type PublishResult = { kind: "published"; mailed: number } | { kind: "alreadyPublished" } | { kind: "empty" };

/**
 * Publishes a month's bulletin once: the published mark and its audit entry
 * are one transaction, and only the request that created the mark mails the
 * subscribers, so a double click never mails anyone twice.
 */
export async function publishBulletin(month: string, actorId: string): Promise<PublishResult> {
  const recalls = await db.recall.count({ where: { month, madeInChina: true } });
  if (recalls === 0) return { kind: "empty" };
  const created = await db.$transaction(async (tx) => {
    const existing = await tx.bulletin.findUnique({ where: { month } });
    if (existing) return false;
    await tx.bulletin.create({ data: { month, publishedAt: new Date(), publishedById: actorId } });
    await recordAudit({ actorId, action: "bulletin.publish", targetType: "bulletin", targetId: month, details: { recalls } }, tx);
    return true;
  }).catch((error: unknown) => {
    // A concurrent publish of the same month won the race on the primary key.
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  });
  if (!created) return { kind: "alreadyPublished" };
  const subscribers = await bulletinSubscribers();
  let mailed = 0;
  for (const subscriber of subscribers) {
    if (await sendBulletinMail(subscriber, month, recalls)) mailed += 1;
  }
  return { kind: "published", mailed };
}
