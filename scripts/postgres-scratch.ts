// Scratch databases for tests on the PostgreSQL server TEST_POSTGRES_URL names
// (a role allowed to create databases, e.g. postgresql://postgres@127.0.0.1:5432/postgres).
import pg from "pg";

export function testPostgresServer(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error("Tests on PostgreSQL need TEST_POSTGRES_URL, e.g. postgresql://postgres@127.0.0.1:5432/postgres");
  return url;
}

/** The URL of `name` on the test server. */
export function scratchDatabaseUrl(name: string): string {
  const url = new URL(testPostgresServer());
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresServer() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const identifier = (name: string) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`not a scratch database name: ${name}`);
  return `"${name}"`;
};

/** Creates database `name` (empty, or a copy of `template`) and returns its URL. */
export async function createScratchDatabase(name: string, template?: string): Promise<string> {
  await onServer((client) => client.query(`CREATE DATABASE ${identifier(name)}${template ? ` TEMPLATE ${identifier(template)}` : ""}`));
  return scratchDatabaseUrl(name);
}

/** Drops every database whose name starts with `prefix`, closing its connections first. */
export async function dropScratchDatabases(prefix: string): Promise<void> {
  await onServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${identifier(datname)} WITH (FORCE)`);
  });
}
