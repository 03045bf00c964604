import type { Language } from "~/platform/i18n/languages";
import { getServerT } from "~/platform/i18n/i18next.server";
import { hitRateLimit, type RateLimit } from "~/platform/http/rate-limit.server";

/** Lookups per client address per minute: plenty for people, too few to try numbers at random. */
export const VERIFY_RATE_LIMIT: RateLimit = { bucket: "certificate-lookup", limit: 60, windowSeconds: 60 };

/** Counts a certificate lookup; when over the limit, a localized message and how long to wait. */
export async function limitLookups(clientIp: string | undefined, language: Language): Promise<{ message: string; retryAfterSeconds: number } | null> {
  const result = await hitRateLimit(VERIFY_RATE_LIMIT, clientIp ?? "unknown");
  if (!result.limited) return null;
  const t = await getServerT(language);
  return { message: t("certificates.verify.rateLimited", { seconds: result.retryAfterSeconds }), retryAfterSeconds: result.retryAfterSeconds };
}
