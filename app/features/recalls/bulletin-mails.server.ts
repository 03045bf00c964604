import { getServerT } from "~/features/i18n/i18next.server";
import { isLanguage, type Language } from "~/features/i18n/languages";
import { mailParts, siteLink, userText } from "~/features/mail/mail-parts.server";
import { sendMailSafely } from "~/features/mail/mailer.server";
import { appUrl } from "~/features/server/env.server";
import { formatMonth } from "./vocabulary";

/** Tells a subscriber, in their preferred language, that a month's bulletin is out; never throws. */
export async function sendBulletinMail(subscriber: { email: string; name: string; preferredLanguage: string }, month: string, recalls: number): Promise<boolean> {
  const language: Language = isLanguage(subscriber.preferredLanguage) ? subscriber.preferredLanguage : "zh";
  const t = await getServerT(language);
  const monthName = formatMonth(month, language);
  const url = `${appUrl}/${language}/bulletins/${month}`;
  const { text, html } = mailParts([
    t("bulletins.mail.greeting", { name: userText(subscriber.name) }),
    t("bulletins.mail.body", { month: monthName, count: recalls }),
    siteLink(url),
    t("bulletins.mail.unsubscribe", { url: `${appUrl}/${language}/bulletins` }),
    t("bulletins.mail.signature"),
  ]);
  return sendMailSafely({ to: subscriber.email, subject: t("bulletins.mail.subject", { month: monthName }), text, html });
}
