import { SMTPServer } from "smtp-server";

/** A port for a test's SMTP server: TEST_SMTP_PORT (default 2525) plus the test's own offset. */
export function smtpTestPort(offset: number): number {
  return Number(process.env.TEST_SMTP_PORT ?? 2525) + offset;
}

export type ReceivedMail = { messageId: string; to: string; raw: string };

export type SmtpTestServerOptions = {
  /** Answer the n-th message (1-based) with this SMTP error instead of accepting it. */
  refuse?: (n: number) => { code: number; message: string } | null;
  /** Take the n-th message (1-based) but keep its sender waiting for the answer (so it cannot know the outcome). */
  hold?: (n: number) => boolean;
};

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  return new RegExp(`^${name}:\\s*(.*)$`, "im").exec(unfolded)?.[1]?.trim() ?? "";
}

/**
 * A real SMTP server in this process (the `smtp-server` package), listening
 * on 127.0.0.1 without TLS or login. It records every message it accepts
 * (or holds), so a test can count what each person received.
 */
export async function startSmtpTestServer(port: number, options: SmtpTestServerOptions = {}) {
  const received: ReceivedMail[] = [];
  const held: NodeJS.Timeout[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        attempts += 1;
        const refusal = options.refuse?.(attempts);
        if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({ messageId: header(raw, "Message-ID"), to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(","), raw });
        if (options.hold?.(attempts)) held.push(setTimeout(() => callback(), 120_000));
        else callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** How many messages carry each Message-ID. */
    copiesById(): Map<string, number> {
      const copies = new Map<string, number>();
      for (const mail of received) copies.set(mail.messageId, (copies.get(mail.messageId) ?? 0) + 1);
      return copies;
    },
    close(): Promise<void> {
      held.forEach(clearTimeout);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export type SmtpTestServer = Awaited<ReturnType<typeof startSmtpTestServer>>;
