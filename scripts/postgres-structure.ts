// The structure of a PostgreSQL database as sorted lines (columns, indexes,
// constraints of the public schema), so two databases built different ways can
// be compared. The migrations table is left out.
import pg from "pg";

export async function postgresStructure(databaseUrl: string, ignoredTables: string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const columns = await client.query<{ line: string }>(
      `SELECT format('column %s.%s %s null=%s default=%s', table_name, column_name, data_type, is_nullable, column_default) AS line
         FROM information_schema.columns WHERE table_schema = 'public' AND NOT (table_name = ANY($1))`,
      [ignoredTables],
    );
    const indexes = await client.query<{ line: string }>(
      `SELECT format('index %s', indexdef) AS line FROM pg_indexes WHERE schemaname = 'public' AND NOT (tablename = ANY($1))`,
      [ignoredTables],
    );
    const constraints = await client.query<{ line: string }>(
      `SELECT format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS line
         FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND NOT (conrelid::regclass::text = ANY($1))`,
      [ignoredTables.map((table) => `"${table}"`).concat(ignoredTables)],
    );
    return [...columns.rows, ...indexes.rows, ...constraints.rows].map((row) => row.line).sort();
  } finally {
    await client.end();
  }
}
