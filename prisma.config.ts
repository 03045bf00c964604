import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// Every prisma command resolves the same database as the app: DATABASE_URL,
// defaulting to the SQLite file under data/. The schema's datasource url must
// resolve too, or the CLI falls back to downloading a native engine.
process.env.DATABASE_URL ??= "file:./data/app.db";
const databaseUrl = process.env.DATABASE_URL;
// SQLite creates the file but not its folder; a fresh checkout has no data/.
fs.mkdirSync(path.dirname(path.resolve(databaseUrl.replace(/^file:/, ""))), { recursive: true });

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseUrl });
  },
});
