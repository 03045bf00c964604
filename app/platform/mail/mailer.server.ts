import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { dataDir, env } from "~/platform/runtime/env.server";
import { logger } from "~/platform/runtime/logger.server";

export type Message = Omit<Mail.Options, "from" | "messageId">;

/** Hands one message to the mail server; resolves once the server has accepted it. */
export type Mailer = { send(message: Message, messageId: string): Promise<void> };

/** Sender of every mail, "Name <address>"; also the organizer named in calendar files. */
export const mailFrom = env.MAIL_FROM;
export const mailDir = path.join(dataDir, "mail");

/** A Message-ID that stays the same however often the message is sent, e.g. `<job.ck…@training.example>`. */
export function messageIdFor(key: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(mailFrom)?.[1] ?? "localhost";
  return `<${key}@${domain}>`;
}

/**
 * Sends through the SMTP server at `smtpUrl`. Without one, every message is
 * written as an .eml file under DATA_DIR/mail (for development and the
 * end-to-end tests), so no mail is silently dropped.
 */
export function createMailer(smtpUrl: string | undefined = env.SMTP_URL): Mailer {
  return smtpUrl ? smtpMailer(smtpUrl) : fileMailer();
}

function smtpMailer(smtpUrl: string): Mailer {
  // One connection per message: a refused or broken send never poisons the next one.
  const transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
  return {
    async send(message, messageId) {
      await transport.sendMail({ from: mailFrom, ...message, messageId });
      logger.info({ to: message.to, subject: message.subject, messageId }, "mail sent");
    },
  };
}

function fileMailer(): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(message, messageId) {
      const info = await transport.sendMail({ from: mailFrom, ...message, messageId });
      fs.mkdirSync(mailDir, { recursive: true });
      const recipient = String(message.to).replace(/[^\w.@-]+/g, "_");
      const file = path.join(mailDir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${recipient}-${messageId.replace(/[^\w]+/g, "")}.eml`);
      // Written under a temporary name first, so a reader never sees half a message.
      const partial = path.join(mailDir, `.partial-${crypto.randomUUID()}`);
      fs.writeFileSync(partial, (info as unknown as { message: Buffer }).message);
      fs.renameSync(partial, file);
      logger.info({ to: message.to, subject: message.subject, file }, "mail written to file");
    },
  };
}
