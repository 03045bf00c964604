import type { EngineSql } from "./engine-sql";

/**
 * What differs on SQLite. Every transaction already holds the database's one
 * write lock from its first statement (BEGIN IMMEDIATE, sqlite-adapter.server.ts),
 * so a row lock adds nothing and appends commit in id order; LIKE, which Prisma's `contains` becomes, ignores
 * the case of Latin letters by itself.
 */
export const sqliteSql: EngineSql = {
  async lockRow() {},
  async orderAppend() {},
  containsText: (text) => ({ contains: text }),
};
