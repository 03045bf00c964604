/**
 * Wall-clock times in a venue's time zone ("YYYY-MM-DDTHH:mm", the value of a
 * datetime-local input) to and from UTC instants, with the platform's own
 * Intl data (no time-zone library needed).
 */

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/** "YYYY-MM-DDTHH:mm" in the zone, for a datetime-local input. */
export function toZonedInput(value: Date | string, timeZone: string): string {
  const instant = new Date(value).getTime();
  return new Date(instant + offsetAt(instant, timeZone)).toISOString().slice(0, 16);
}

/**
 * The UTC instant of a wall-clock time in the zone; null when the text is not
 * a valid date and time or the time does not exist there (a daylight-saving gap).
 */
export function fromZonedInput(local: string, timeZone: string): Date | null {
  const match = LOCAL_INPUT.exec(local.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wallClock - offsetAt(wallClock, timeZone);
  instant = wallClock - offsetAt(instant, timeZone);
  const result = new Date(instant);
  return toZonedInput(result, timeZone) === local.trim() ? result : null;
}

/** Whether the runtime knows an IANA zone name. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
