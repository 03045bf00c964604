import pg from "pg";

/**
 * A copy of a PostgreSQL database (CREATE DATABASE … TEMPLATE, which needs
 * nobody connected to the original) named after it with `suffix`, made afresh;
 * returns its URL.
 */
export async function copyPostgresDatabase(databaseUrl: string, suffix: string): Promise<string> {
  const source = new URL(databaseUrl);
  const name = decodeURIComponent(source.pathname.slice(1));
  const copy = `${name}${suffix}`;
  if (!/^[a-z0-9_]+$/.test(copy)) throw new Error(`not a plain database name: ${copy}`);
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${copy}" TEMPLATE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${copy}`;
  return url.toString();
}
