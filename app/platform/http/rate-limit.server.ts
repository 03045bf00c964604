import { db } from "~/platform/db/db.server";

export type RateLimit = { bucket: string; limit: number; windowSeconds: number };
export type RateLimitResult = { limited: false } | { limited: true; retryAfterSeconds: number };

/**
 * Counts one request from `key` (usually the client address) in a sliding
 * window and says whether it is over the limit. Counted in the database, so
 * every app process enforces the same limit; old rows are pruned as it goes.
 */
export async function hitRateLimit({ bucket, limit, windowSeconds }: RateLimit, key: string, now = new Date()): Promise<RateLimitResult> {
  const since = new Date(now.getTime() - windowSeconds * 1000);
  const recent = await db.$transaction(async (tx) => {
    await tx.rateLimitHit.deleteMany({ where: { bucket, key, createdAt: { lt: since } } });
    await tx.rateLimitHit.create({ data: { bucket, key, createdAt: now } });
    return tx.rateLimitHit.findMany({
      where: { bucket, key, createdAt: { gte: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: limit + 1,
    });
  });
  if (recent.length <= limit) return { limited: false };
  const oldestCounted = recent[limit - 1]?.createdAt ?? now;
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((oldestCounted.getTime() + windowSeconds * 1000 - now.getTime()) / 1000)) };
}
