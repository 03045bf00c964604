import { db } from "~/features/server/db.server";

/** Whether a signed-in user gets the bulletin mail. */
export async function isBulletinSubscriber(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { bulletinSubscribed: true } });
  return Boolean(user?.bulletinSubscribed);
}

/** Opts a signed-in user in to (or out of) the bulletin mail. */
export async function setBulletinSubscription(userId: string, subscribed: boolean): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { bulletinSubscribed: subscribed } });
}
