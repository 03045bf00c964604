/**
 * PostgreSQL may abort a transaction that conflicts with another: a deadlock
 * (40P01) at any isolation level, a serialization failure (40001) at
 * REPEATABLE READ or SERIALIZABLE. The transaction did nothing, so it can run
 * again; Prisma reports the first as a driver error and the second as P2034.
 */
export function isTransactionConflict(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (!value || typeof value !== "object" || seen.has(value)) return false;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (record.code === "P2034" || record.code === "40001" || record.code === "40P01") return true;
    if (record.originalCode === "40001" || record.originalCode === "40P01") return true;
    return visit(record.cause) || visit(record.meta) || visit(record.driverAdapterError);
  };
  return visit(error);
}

/** Runs `work`, again after a short random pause when it lost a conflict, up to `attempts` times. */
export async function retryingConflicts<T>(work: () => Promise<T>, onRetry: (attempt: number, error: unknown) => void = () => {}, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransactionConflict(error)) throw error;
      onRetry(attempt, error);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
