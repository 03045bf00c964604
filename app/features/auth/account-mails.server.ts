import { z } from "zod";
import { getServerT } from "~/platform/i18n/i18next.server";
import { isLanguage, type Language } from "~/platform/i18n/languages";
import type { JobOptions } from "~/platform/jobs/enqueue.server";
import type { JobReason } from "~/platform/jobs/vocabulary";
import { defineMailJob, type Rendered } from "~/platform/mail/mail-job.server";
import { mailParts, siteLink, userText } from "~/platform/mail/mail-parts.server";
import { db } from "~/platform/db/db.server";
import { appUrl, contactEmail } from "~/platform/runtime/env.server";
import { createAccountToken, TOKEN_LIFETIME_MINUTES, type TokenPurpose } from "./account-tokens.server";

/** Who an account mail goes to, and in which language. */
type Recipient = { email: string; name: string; preferredLanguage: string };

type AccountMailKind = "verify" | "reset" | "exists" | "changeConfirm" | "changed";
type LinkKey = "confirm" | "reset" | "login" | "confirmNew";

/**
 * The mails about an account itself. Each is plain text plus HTML, in the
 * person's preferred language, put together by `mailParts`: every piece of
 * text escaped, what a person typed (their name, an address) neutralized so
 * no mail program makes a link of it, and the only links the ones built
 * here from APP_URL (decision 0018).
 */
async function accountMail(recipient: Recipient, kind: AccountMailKind, links: { key: LinkKey; path: string }[], values: Record<string, string | number> = {}): Promise<Rendered> {
  const language: Language = isLanguage(recipient.preferredLanguage) ? recipient.preferredLanguage : "zh";
  const t = await getServerT(language);
  const withContact = { ...values, contact: contactEmail };
  const { text, html } = mailParts([
    t("auth.mail.greeting", { name: userText(recipient.name) }),
    t(`auth.mail.${kind}.body`, withContact),
    ...links.flatMap((link) => [`${t(`auth.mail.links.${link.key}`)}:`, siteLink(`${appUrl}/${language}${link.path}`)]),
    t(`auth.mail.${kind}.after`, withContact),
    t("auth.mail.signature"),
  ]);
  return { to: recipient.email, subject: t(`auth.mail.${kind}.subject`), text, html };
}

/** The account as it is when the mail goes out; null when it was deleted or deactivated meanwhile. */
function activeAccount(userId: string) {
  return db.user.findFirst({
    where: { id: userId, deletedAt: null, deactivatedAt: null },
    select: { id: true, email: true, name: true, preferredLanguage: true, emailVerifiedAt: true },
  });
}

/**
 * A link's secret token is made when its mail is sent, not when the mail is
 * queued: only its hash is ever stored (the jobs table holds no secret), and
 * the link's lifetime starts when it leaves. A retried send makes a new one.
 */
function newLink(userId: string, purpose: TokenPurpose, email: string, now: Date) {
  return createAccountToken({ userId, purpose, email }, now);
}

const forUser = z.object({ userId: z.string().min(1) });
const GONE: JobReason = "accountGone";

/** The link that confirms a new account's address. */
export const confirmAddressMail = defineMailJob("mail.accountConfirm", forUser, async ({ userId }, { now }) => {
  const user = await activeAccount(userId);
  if (!user) return { skip: GONE };
  if (user.emailVerifiedAt) return { skip: "alreadyConfirmed" };
  const token = await newLink(user.id, "verify-email", user.email, now);
  return accountMail(user, "verify", [{ key: "confirm", path: `/confirm-email/${token}` }], { days: TOKEN_LIFETIME_MINUTES["verify-email"] / (24 * 60) });
});

/** Someone tried to sign up with an address that already has an account: its owner hears of it instead (with a fresh confirmation link if it was never confirmed). */
export const accountExistsMail = defineMailJob("mail.accountExists", forUser, async ({ userId }, { now }) => {
  const owner = await activeAccount(userId);
  if (!owner) return { skip: GONE };
  const confirm = owner.emailVerifiedAt ? [] : [{ key: "confirm" as const, path: `/confirm-email/${await newLink(owner.id, "verify-email", owner.email, now)}` }];
  return accountMail(owner, "exists", [{ key: "login", path: "/login" }, { key: "reset", path: "/forgot-password" }, ...confirm]);
});

/** The link that sets a new password, to the account's own address. */
export const passwordResetMail = defineMailJob("mail.passwordReset", forUser, async ({ userId }, { now }) => {
  const user = await activeAccount(userId);
  if (!user) return { skip: GONE };
  const token = await newLink(user.id, "reset-password", user.email, now);
  return accountMail(user, "reset", [{ key: "reset", path: `/reset-password/${token}` }], { minutes: TOKEN_LIFETIME_MINUTES["reset-password"] });
});

/** To the new address: confirm it before it replaces the old one. Nothing when another account took the address meanwhile. */
export const addressChangeMail = defineMailJob("mail.emailChangeConfirm", forUser.extend({ newEmail: z.string().email() }), async ({ userId, newEmail }, { now }) => {
  const user = await activeAccount(userId);
  if (!user) return { skip: GONE };
  if ((await db.user.count({ where: { email: newEmail } })) > 0) return { skip: "addressTaken" };
  const token = await newLink(user.id, "change-email", newEmail, now);
  return accountMail({ ...user, email: newEmail }, "changeConfirm", [{ key: "confirmNew", path: `/confirm-email/${token}` }], {
    hours: TOKEN_LIFETIME_MINUTES["change-email"] / 60,
  });
});

/** To the old address, once the change is made: if it was not the owner, they know whom to write to. */
export const addressChangedMail = defineMailJob(
  "mail.emailChanged",
  forUser.extend({ oldEmail: z.string(), newEmail: z.string() }),
  async ({ userId, oldEmail, newEmail }) => {
    const user = await activeAccount(userId);
    if (!user) return { skip: GONE };
    return accountMail({ ...user, email: oldEmail }, "changed", [], { old: userText(oldEmail), new: userText(newEmail) });
  },
);

export const ACCOUNT_MAILS = [confirmAddressMail, accountExistsMail, passwordResetMail, addressChangeMail, addressChangedMail];

/**
 * How an account mail is queued: due now, to this address, about this
 * account. The request that queues it never waits for the mail, so neither
 * its answer nor its timing tells anyone whether an address has an account.
 */
export function accountMailOptions(userId: string, recipient: string, now: Date): JobOptions {
  return { runAt: now, recipient, target: { type: "user", id: userId } };
}
