/**
 * Which database engine a `DATABASE_URL` names: `file:…` is SQLite (the
 * embedded default), `postgresql://…` or `postgres://…` is PostgreSQL. The app
 * (db.server.ts), the Prisma CLI (prisma.config.ts) and the scripts all ask
 * here, so the URL chooses the engine in one place.
 */
export type DatabaseEngine = "sqlite" | "postgresql";

export const defaultDatabaseUrl = "file:./data/app.db";

export function databaseEngine(url: string): DatabaseEngine {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)");
}
