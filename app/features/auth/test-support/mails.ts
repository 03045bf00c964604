import fs from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { mailDir } from "~/platform/mail/mailer.server";

/** `<time>-<recipient>-<message id>.eml`, as the mailer names the files it writes. */
const MAIL_FILE = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-(.+)-\w+\.eml$/;

/** The .eml files written for one recipient (no SMTP server in tests), parsed, oldest first. */
export async function mailsTo(email: string): Promise<ParsedMail[]> {
  if (!fs.existsSync(mailDir)) return [];
  const recipient = email.replace(/[^\w.@-]+/g, "_");
  const files = fs.readdirSync(mailDir).filter((file) => MAIL_FILE.exec(file)?.[1] === recipient).sort();
  return Promise.all(files.map((file) => simpleParser(fs.readFileSync(path.join(mailDir, file)))));
}

/**
 * Waits for the `count`-th mail to a recipient: mails are jobs, sent by a
 * job runner moments after the request that queued them (the server's in the
 * end-to-end tests; a unit test runs the queue itself, `runQueuedJobs`).
 */
export async function waitForMails(email: string, count = 1, timeoutMs = 20_000): Promise<ParsedMail[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(email);
    if (mails.length >= count || Date.now() > until) return mails;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The first link in a mail's text that points at `pathPrefix` on our site, e.g. `/zh/reset-password/`. */
export function linkIn(mail: ParsedMail, pathPrefix: string): string {
  const found = (mail.text ?? "").split(/\s+/).find((word) => word.startsWith("http") && new URL(word).pathname.startsWith(pathPrefix));
  if (!found) throw new Error(`no ${pathPrefix} link in "${mail.subject}"`);
  return found;
}

/** The token at the end of a mailed link. */
export function tokenOf(link: string): string {
  return new URL(link).pathname.split("/").at(-1)!;
}
