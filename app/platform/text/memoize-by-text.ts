/**
 * Caches a pure function of one string, such as rendering or parsing content
 * stored in the database, so a page does not redo the same work on every
 * request. Keeps at most `limit` results; the oldest is dropped first.
 * Results are shared between requests: callers must not mutate them.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 500): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const result = compute(text);
    cache.set(text, result);
    if (cache.size > limit) cache.delete(cache.keys().next().value as string);
    return result;
  };
}
