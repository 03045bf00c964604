import { db, type Tx } from "~/platform/db/db.server";

/** Whether a signed-in user gets the bulletin mail. */
export async function isBulletinSubscriber(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { bulletinSubscribed: true } });
  return Boolean(user?.bulletinSubscribed);
}

/** Opts a signed-in user in to (or out of) the bulletin mail. */
export async function setBulletinSubscription(userId: string, subscribed: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { bulletinSubscribed: subscribed } });
}

/**
 * Everyone to mail when a bulletin is published: subscribers whose address is
 * confirmed and whose account is in use. Read in the publishing transaction.
 */
export function bulletinSubscribers(tx: Tx = db) {
  return tx.user.findMany({
    where: { bulletinSubscribed: true, emailVerifiedAt: { not: null }, deactivatedAt: null, deletedAt: null },
    select: { id: true, email: true },
  });
}
