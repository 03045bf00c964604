import { z } from "zod";
import { getServerT } from "~/platform/i18n/i18next.server";
import { isLanguage, type Language } from "~/platform/i18n/languages";
import { defineMailJob, type Rendered } from "~/platform/mail/mail-job.server";
import { mailParts, siteLink, userText } from "~/platform/mail/mail-parts.server";
import { db } from "~/platform/db/db.server";
import { appUrl } from "~/platform/runtime/env.server";
import { formatMonth } from "./vocabulary";

/** Tells a subscriber, in their preferred language, that a month's bulletin is out; nothing once they have unsubscribed. */
async function renderBulletinMail(userId: string, month: string): Promise<Rendered> {
  const [subscriber, recalls] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { email: true, name: true, preferredLanguage: true, bulletinSubscribed: true, deactivatedAt: true, deletedAt: true } }),
    db.recall.count({ where: { month, madeInChina: true } }),
  ]);
  if (!subscriber?.bulletinSubscribed || subscriber.deactivatedAt || subscriber.deletedAt) return { skip: "unsubscribed" };
  const language: Language = isLanguage(subscriber.preferredLanguage) ? subscriber.preferredLanguage : "zh";
  const t = await getServerT(language);
  const monthName = formatMonth(month, language);
  const { text, html } = mailParts([
    t("bulletins.mail.greeting", { name: userText(subscriber.name) }),
    t("bulletins.mail.body", { month: monthName, count: recalls }),
    siteLink(`${appUrl}/${language}/bulletins/${month}`),
    t("bulletins.mail.unsubscribe", { url: `${appUrl}/${language}/bulletins` }),
    t("bulletins.mail.signature"),
  ]);
  return { to: subscriber.email, subject: t("bulletins.mail.subject", { month: monthName }), text, html };
}

export const bulletinMail = defineMailJob("mail.bulletin", z.object({ userId: z.string().min(1), month: z.string() }), (p) => renderBulletinMail(p.userId, p.month));
