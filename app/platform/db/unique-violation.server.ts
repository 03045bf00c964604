/**
 * Whether a write failed on a unique key: Prisma's P2002 for its own queries;
 * for a statement written out (`$executeRaw`), P2010 with the driver adapter's
 * finding (SQLite's SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's 23505).
 */
export function isUniqueViolation(error: unknown): boolean {
  const { code, meta } = (error ?? {}) as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return code === "P2002" || (code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation");
}
