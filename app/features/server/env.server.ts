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

export const cookiesAreSecure = env.COOKIE_SECURE ? env.COOKIE_SECURE === "1" : env.NODE_ENV === "production";
