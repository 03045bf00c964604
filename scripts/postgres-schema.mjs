// The PostgreSQL twin of prisma/schema.prisma, which stays the one schema
// people edit. Only the datasource provider and the client's output folder
// differ; `npm run db:generate` writes it and `npm run db:check-migrations`
// fails when the committed copy has drifted from the source.
import fs from "node:fs";
import { fileURLToPath } from "node:url";

export const sourceSchemaPath = "prisma/schema.prisma";
export const postgresSchemaPath = "prisma/postgresql/schema.prisma";

const header = `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: do not edit.
// Edit prisma/schema.prisma, then run npm run db:generate.

`;

/** The PostgreSQL schema for a SQLite schema's text. */
export function postgresSchemaText(sqliteSchema) {
  const swapped = sqliteSchema
    .replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(generator client \{[^}]*output\s*=\s*)"\.\.\/app\/generated\/prisma"/, '$1"../../app/generated/prisma-postgresql"');
  if (!swapped.includes('"postgresql"') || !swapped.includes("prisma-postgresql")) {
    throw new Error(`${sourceSchemaPath}: expected a sqlite datasource and a client output of ../app/generated/prisma`);
  }
  return header + swapped;
}

export function expectedPostgresSchema() {
  return postgresSchemaText(fs.readFileSync(sourceSchemaPath, "utf8"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(postgresSchemaPath, expectedPostgresSchema());
}
