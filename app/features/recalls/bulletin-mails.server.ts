import { getServerT } from "~/features/i18n/i18next.server";
import { isLanguage, type Language } from "~/features/i18n/languages";
import { escapeHtml } from "~/features/mail/escape-html";
import { sendMailSafely } from "~/features/mail/mailer.server";
import { formatMonth } from "./vocabulary";

const appUrl = (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");

/** Tells a subscriber, in their preferred language, that a month's bulletin is out; never throws. */
export async function sendBulletinMail(subscriber: { email: string; name: string; preferredLanguage: string }, month: string, recalls: number): Promise<boolean> {
  const language: Language = isLanguage(subscriber.preferredLanguage) ? subscriber.preferredLanguage : "zh";
  const t = await getServerT(language);
  const monthName = formatMonth(month, language);
  const url = `${appUrl}/${language}/bulletins/${month}`;
  const lines = [
    t("bulletins.mail.greeting", { name: subscriber.name }),
    t("bulletins.mail.body", { month: monthName, count: recalls }),
    url,
    t("bulletins.mail.unsubscribe", { url: `${appUrl}/${language}/bulletins` }),
    t("bulletins.mail.signature"),
  ];
  return sendMailSafely({
    to: subscriber.email,
    subject: t("bulletins.mail.subject", { month: monthName }),
    text: lines.join("\n\n"),
    html: lines.map((line) => (line === url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` : `<p>${escapeHtml(line)}</p>`)).join("\n"),
  });
}
