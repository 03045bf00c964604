import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { dataDir } from "~/features/server/env.server";
import { logger } from "~/features/server/logger.server";

/**
 * Sends through the SMTP server in SMTP_URL. Without it, every message is
 * written as an .eml file under DATA_DIR/mail, so no mail is silently dropped.
 */
const smtpUrl = process.env.SMTP_URL;
/** Sender of every mail, "Name <address>"; also the organizer named in calendar files. */
export const mailFrom = process.env.MAIL_FROM ?? "Product Safety Training <no-reply@training.example>";
export const mailDir = path.join(dataDir, "mail");

const transport = smtpUrl
  ? nodemailer.createTransport(smtpUrl)
  : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

export type Message = Omit<Mail.Options, "from">;

export async function sendMail(message: Message): Promise<void> {
  const info = await transport.sendMail({ from: mailFrom, ...message });
  if (smtpUrl) {
    logger.info({ to: message.to, subject: message.subject, messageId: info.messageId }, "mail sent");
    return;
  }
  fs.mkdirSync(mailDir, { recursive: true });
  const recipient = String(message.to).replace(/[^\w.@-]+/g, "_");
  const file = path.join(mailDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${recipient}-${info.messageId.replace(/[^\w]+/g, "")}.eml`);
  fs.writeFileSync(file, (info as unknown as { message: Buffer }).message);
  logger.info({ to: message.to, subject: message.subject, file }, "mail written to file");
}

/** Sending never breaks the request that caused it: a failure is logged, and the caller carries on. */
export async function sendMailSafely(message: Message): Promise<boolean> {
  try {
    await sendMail(message);
    return true;
  } catch (error) {
    logger.error({ err: error, to: message.to, subject: message.subject }, "mail could not be sent");
    return false;
  }
}
