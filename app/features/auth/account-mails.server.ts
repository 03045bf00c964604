import { getServerT } from "~/features/i18n/i18next.server";
import { isLanguage, type Language } from "~/features/i18n/languages";
import { mailParts, siteLink, userText } from "~/features/mail/mail-parts.server";
import { sendMailSafely } from "~/features/mail/mailer.server";
import { appUrl, contactEmail } from "~/features/server/env.server";
import { logger } from "~/features/server/logger.server";
import { TOKEN_LIFETIME_MINUTES } from "./account-tokens.server";

/** Who an account mail goes to, and in which language. */
export type Recipient = { email: string; name: string; preferredLanguage: string };

/** A button-like link in a mail: always a path on this site, made absolute with our own APP_URL. */
type MailLink = { label: string; path: string };

/**
 * The mails about an account itself. Each is plain text plus HTML, in the
 * person's preferred language, put together by `mailParts`: every piece of
 * text escaped, what a person typed (their name, an address) neutralized so
 * no mail program makes a link of it, and the only links the ones built
 * here from APP_URL (decision 0018).
 */
async function sendAccountMail(recipient: Recipient, kind: "verify" | "reset" | "exists" | "changeConfirm" | "changed", parts: { links: MailLink[]; values?: Record<string, string | number> }): Promise<boolean> {
  const language: Language = isLanguage(recipient.preferredLanguage) ? recipient.preferredLanguage : "zh";
  const t = await getServerT(language);
  const values = { ...parts.values, contact: contactEmail };
  const { text, html } = mailParts([
    t("auth.mail.greeting", { name: userText(recipient.name) }),
    t(`auth.mail.${kind}.body`, values),
    ...parts.links.flatMap((link) => [`${link.label}:`, siteLink(`${appUrl}/${language}${link.path}`)]),
    t(`auth.mail.${kind}.after`, values),
    t("auth.mail.signature"),
  ]);
  return sendMailSafely({ to: recipient.email, subject: t(`auth.mail.${kind}.subject`), text, html });
}

async function linkLabel(recipient: Recipient, key: "confirm" | "reset" | "login" | "confirmNew"): Promise<string> {
  const t = await getServerT(isLanguage(recipient.preferredLanguage) ? recipient.preferredLanguage : "zh");
  return t(`auth.mail.links.${key}`);
}

/** The link that confirms a new account's address. */
export async function mailEmailConfirmation(recipient: Recipient, token: string): Promise<boolean> {
  return sendAccountMail(recipient, "verify", {
    links: [{ label: await linkLabel(recipient, "confirm"), path: `/confirm-email/${token}` }],
    values: { days: TOKEN_LIFETIME_MINUTES["verify-email"] / (24 * 60) },
  });
}

/** The link that sets a new password. */
export async function mailPasswordReset(recipient: Recipient, token: string): Promise<boolean> {
  return sendAccountMail(recipient, "reset", {
    links: [{ label: await linkLabel(recipient, "reset"), path: `/reset-password/${token}` }],
    values: { minutes: TOKEN_LIFETIME_MINUTES["reset-password"] },
  });
}

/** Someone tried to sign up with an address that already has an account: its owner hears of it instead. */
export async function mailAccountExists(recipient: Recipient, confirmToken?: string): Promise<boolean> {
  const links = [
    { label: await linkLabel(recipient, "login"), path: "/login" },
    { label: await linkLabel(recipient, "reset"), path: "/forgot-password" },
    ...(confirmToken ? [{ label: await linkLabel(recipient, "confirm"), path: `/confirm-email/${confirmToken}` }] : []),
  ];
  return sendAccountMail(recipient, "exists", { links });
}

/** To the new address: confirm it before it replaces the old one. */
export async function mailEmailChangeConfirmation(recipient: Recipient, newEmail: string, token: string): Promise<boolean> {
  return sendAccountMail({ ...recipient, email: newEmail }, "changeConfirm", {
    links: [{ label: await linkLabel(recipient, "confirmNew"), path: `/confirm-email/${token}` }],
    values: { hours: TOKEN_LIFETIME_MINUTES["change-email"] / 60 },
  });
}

/** To the old address, once the change is made: if it was not the owner, they know whom to write to. */
export async function mailEmailChanged(recipient: Recipient, oldEmail: string, newEmail: string): Promise<boolean> {
  return sendAccountMail({ ...recipient, email: oldEmail }, "changed", { links: [], values: { old: userText(oldEmail), new: userText(newEmail) } });
}

/**
 * Starts a mail without waiting for it. Used where waiting would tell an
 * onlooker, by the answer's timing, whether a mail went out (that is,
 * whether an account exists). Failures are logged.
 */
export function sendInBackground(mail: Promise<unknown>): void {
  mail.catch((error: unknown) => logger.error({ err: error }, "account mail could not be prepared"));
}
