/**
 * Which database engine a `DATABASE_URL` names: `file:…` is SQLite (the
 * embedded default), `postgresql://…` or `postgres://…` is PostgreSQL. The app
 * (db.server.ts), the Prisma CLI (prisma.config.ts) and the scripts all ask
 * here, so the URL chooses the engine in one place.
 */
export type DatabaseEngine = "sqlite" | "postgresql";

export const defaultDatabaseUrl = "file:./data/app.db";

export const databaseUrlProblem = "must start with file: (SQLite) or postgresql:// (PostgreSQL)";

export function isDatabaseUrl(url: string): boolean {
  return url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url);
}

export function databaseEngine(url: string): DatabaseEngine {
  if (!isDatabaseUrl(url)) throw new Error(`DATABASE_URL ${databaseUrlProblem}`);
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}
