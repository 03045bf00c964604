import { engineSql } from "./engine-sql.server";

/**
 * "Contains this text" for searches by name, email or company, ignoring the
 * case of Latin letters (Chinese has no case) on both engines.
 */
export function containsText(text: string) {
  return engineSql.containsText(text);
}
