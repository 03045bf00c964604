// npm run db:generate — writes prisma/postgresql/schema.prisma from
// prisma/schema.prisma, then generates both Prisma clients (SQLite into
// app/generated/prisma, PostgreSQL into app/generated/prisma-postgresql), so
// one build runs on whichever engine DATABASE_URL names.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expectedPostgresSchema, postgresSchemaPath } from "./postgres-schema.mjs";

fs.writeFileSync(postgresSchemaPath, expectedPostgresSchema());
// `prisma generate` connects to nothing; the URL only has to name the engine.
for (const DATABASE_URL of ["file:./data/app.db", "postgresql://localhost/generate-only"]) {
  execFileSync("npx", ["prisma", "generate"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL } });
}
console.log("Generated the SQLite and PostgreSQL Prisma clients.");
