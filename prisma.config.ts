import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { databaseEngine, defaultDatabaseUrl } from "./app/platform/db/database-engine";

// Every prisma command resolves the same database as the app: DATABASE_URL,
// defaulting to the SQLite file under data/, and the URL chooses the engine.
// The schema's datasource url must resolve too, or the CLI falls back to
// downloading a native engine.
process.env.DATABASE_URL ??= defaultDatabaseUrl;
const databaseUrl = process.env.DATABASE_URL;
const engine = databaseEngine(databaseUrl);
// SQLite creates the file but not its folder; a fresh checkout has no data/.
if (engine === "sqlite") fs.mkdirSync(path.dirname(path.resolve(databaseUrl.replace(/^file:/, ""))), { recursive: true });

// SQLite: prisma/schema.prisma (the source) and its migrations, applied by
// `prisma migrate deploy`. PostgreSQL: the schema generated from it
// (scripts/postgres-schema.mjs); the Prisma CLI only generates the client and
// diffs schemas (it connects to the server for that), and scripts/db-deploy.mjs
// applies the SQL migrations (decision 0031).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: engine === "sqlite" ? path.join("prisma", "schema.prisma") : path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: engine === "sqlite" ? path.join("prisma", "migrations") : path.join("prisma", "postgresql", "migrations") },
  async adapter() {
    return engine === "sqlite" ? new PrismaBetterSQLite3({ url: databaseUrl }) : new PrismaPg({ connectionString: databaseUrl });
  },
});
