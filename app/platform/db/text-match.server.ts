/**
 * "Contains this text" for searches by name, email or company. SQLite's LIKE
 * (what Prisma's `contains` becomes) ignores the case of Latin letters, and
 * Chinese has no case. A PostgreSQL deployment adds `mode: "insensitive"`
 * here, in this one place.
 */
export function containsText(text: string) {
  return { contains: text };
}
