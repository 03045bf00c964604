import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().startsWith("file:").default("file:./data/app.db"),
  DATA_DIR: z.string().min(1).default("./data"),
  SESSION_SECRET: z.string().min(32).optional(),
  /** Trust X-Forwarded-For from a reverse proxy when computing the client address. */
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  /** Send cookies only over HTTPS; defaults to on in production. */
  COOKIE_SECURE: z.enum(["0", "1"]).optional(),
  /** The public address of the site, used in mails, certificates and their QR codes. */
  APP_URL: z.string().url().optional(),
  PORT: z.string().regex(/^\d+$/).default("3000"),
  /** Ed25519 private key (PKCS#8 PEM) that signs certificates; generated into the data folder when unset. */
  CERTIFICATE_SIGNING_KEY: z.string().min(1).optional(),
  /** Where people write about their account and their personal data; shown on the privacy notice and in account mails. */
  CONTACT_EMAIL: z.email().default("privacy@training.example"),
  /** A TrueType font with Chinese and Latin glyphs for certificate PDFs (.ttf or .ttc). */
  CERTIFICATE_FONT: z.string().min(1).optional(),
  /** SMTP server for mail, e.g. smtps://user:pass@smtp.example.com; without it mails are written as .eml files. */
  SMTP_URL: z.union([z.literal("").transform(() => undefined), z.string().url()]).optional(),
  MAIL_FROM: z.string().min(3).default("Product Safety Training <no-reply@training.example>"),
  /** `off`: this process runs no jobs (another process or machine does). */
  JOB_RUNNER: z.enum(["on", "off"]).default("on"),
  /** Jobs one process runs at the same time. */
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  /** Uploaded and transcoded media; a folder every app process and machine shares. */
  MEDIA_DIR: z.string().min(1).optional(),
  /** Largest video a trainer may upload, in bytes. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(8 * 1024 ** 3),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();

/** The one folder for files the app writes (keys, mails, uploads). */
export const dataDir = path.resolve(env.DATA_DIR);

/** Uploaded videos and their HLS renditions (shared by all processes); `DATA_DIR/media` unless MEDIA_DIR is set. */
export const mediaDir = path.resolve(env.MEDIA_DIR ?? path.join(dataDir, "media"));

/** The site's own address without a trailing slash, e.g. https://training.example.org. */
export const appUrl = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");

/** The operator's address for account help and personal-data requests. */
export const contactEmail = env.CONTACT_EMAIL;

export const cookiesAreSecure = env.COOKIE_SECURE ? env.COOKIE_SECURE === "1" : env.NODE_ENV === "production";
