/**
 * Keeps what a read returned, by key, for a few seconds in this process: for
 * content that every request reads and that changes rarely (a course and its
 * modules). Reads of one key at the same moment share one query. A value is
 * shared between requests, so callers never mutate it; a change in the
 * database shows at most `ttlMs` later. Nothing is kept for a read that
 * found nothing or failed, and at most `limit` keys are kept (the oldest
 * goes first), so unknown keys cannot fill the memory.
 */
export function shortLivedCache<K, V>(ttlMs: number, read: (key: K) => Promise<V | null>, { limit = 200, now = Date.now }: { limit?: number; now?: () => number } = {}) {
  const kept = new Map<K, { until: number; value: Promise<V | null> }>();
  const forget = (key: K, value: Promise<V | null>) => {
    if (kept.get(key)?.value === value) kept.delete(key);
  };
  return (key: K): Promise<V | null> => {
    const at = now();
    const entry = kept.get(key);
    if (entry && entry.until > at) return entry.value;
    kept.delete(key);
    const value = read(key);
    kept.set(key, { until: at + ttlMs, value });
    if (kept.size > limit) kept.delete(kept.keys().next().value as K);
    value.then(
      (found) => {
        if (found === null) forget(key, value);
      },
      () => forget(key, value),
    );
    return value;
  };
}
