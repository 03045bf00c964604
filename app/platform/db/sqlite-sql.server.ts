import type { EngineSql } from "./engine-sql";

/**
 * What differs on SQLite. Every transaction already holds the database's one
 * write lock from its first statement (BEGIN IMMEDIATE, sqlite-adapter.server.ts),
 * so a row lock adds nothing; LIKE, which Prisma's `contains` becomes, ignores
 * the case of Latin letters by itself.
 */
export const sqliteSql: EngineSql = {
  async lockRow() {},
  containsText: (text) => ({ contains: text }),
};
