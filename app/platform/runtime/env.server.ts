import path from "node:path";
import { z } from "zod";
import { databaseEngine, databaseUrlProblem, defaultDatabaseUrl, isDatabaseUrl } from "~/platform/db/database-engine";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** `file:…` for SQLite (the default), `postgresql://…` for PostgreSQL (database-engine.ts). */
  DATABASE_URL: z.string().refine(isDatabaseUrl, databaseUrlProblem).default(defaultDatabaseUrl),
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
  /** The RTMP address a live webinar's host points the encoder (OBS) at; the stream key is added by the encoder. */
  LIVE_INGEST_URL: z.string().regex(/^rtmps?:\/\/\S+$/).default("rtmp://localhost:1935/live"),
  /**
   * Where viewers fetch a live webinar's HLS: the ingest's HTTP side (scripts/live-ingest.sh), or a CDN
   * in front of it. Playback URLs are <this>/<signature>/<expires>/<webinar id>/index.m3u8.
   */
  LIVE_PLAYBACK_URL: z.string().regex(/^(https?:\/\/\S+|\/\S*)$/).default("http://localhost:8080/hls"),
  /** Shared with the ingest server: authenticates its callbacks and signs playback URLs; generated into the data folder when unset. */
  LIVE_INGEST_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,}$/).optional(),
  /**
   * Where the ingest writes its recordings (scripts/live-ingest.sh reads the same variable); the app turns only
   * files in this folder into recorded webinars. Default: DATA_DIR/live-ingest/recordings.
   */
  LIVE_RECORDINGS_DIR: z.string().min(1).optional(),
  /** Uploaded and transcoded media; a folder every app process and machine shares. */
  MEDIA_DIR: z.string().min(1).optional(),
  /** Largest video a trainer may upload, in bytes. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(8 * 1024 ** 3),
  /** `1` on every node when more than one app node serves the site (decision 0031). */
  MULTI_NODE: z.enum(["0", "1"]).default("0"),
});

/**
 * Several nodes share nothing but the database and DATA_DIR: each must have
 * the same secrets from the environment (a secret a node made in its own data
 * folder would sign cookies and certificates the others reject), and the
 * database must be a server, not a file on one machine.
 */
const multiNodeSchema = envSchema.superRefine((value, context) => {
  if (value.MULTI_NODE !== "1") return;
  for (const key of ["SESSION_SECRET", "CERTIFICATE_SIGNING_KEY", "LIVE_INGEST_SECRET"] as const) {
    if (!value[key]) context.addIssue({ code: "custom", path: [key], message: "required when MULTI_NODE=1: every node needs the same one" });
  }
  if (value.DATABASE_URL.startsWith("file:")) {
    context.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "MULTI_NODE=1 needs a PostgreSQL database (postgresql://…) that every node reaches" });
  }
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = multiNodeSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = readEnv();

/** The engine DATABASE_URL names. */
export const engine = databaseEngine(env.DATABASE_URL);

/** The one folder for files the app writes (keys, mails, uploads). */
export const dataDir = path.resolve(env.DATA_DIR);

/** The ingest's recordings of live webinars (the default matches scripts/live-ingest.sh's default folder). */
export const liveRecordingsDir = path.resolve(env.LIVE_RECORDINGS_DIR ?? path.join(dataDir, "live-ingest", "recordings"));

/** Uploaded videos and their HLS renditions (shared by all processes); `DATA_DIR/media` unless MEDIA_DIR is set. */
export const mediaDir = path.resolve(env.MEDIA_DIR ?? path.join(dataDir, "media"));

/** The site's own address without a trailing slash, e.g. https://training.example.org. */
export const appUrl = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");

/** The operator's address for account help and personal-data requests. */
export const contactEmail = env.CONTACT_EMAIL;

export const cookiesAreSecure = env.COOKIE_SECURE ? env.COOKIE_SECURE === "1" : env.NODE_ENV === "production";
