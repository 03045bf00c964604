/** A day written in a content file (`reviewed: 2026-11-29`) as stored: midnight UTC of that day. */
export function contentDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
