/** Zones a venue can be in, offered on the session form (Chinese cities first). */
export const VENUE_TIME_ZONES = [
  "Asia/Shanghai",
  "Asia/Hong_Kong",
  "Asia/Taipei",
  "Asia/Singapore",
  "Asia/Ho_Chi_Minh",
  "Asia/Bangkok",
  "Asia/Kolkata",
  "Australia/Sydney",
  "Europe/London",
  "America/New_York",
  "America/Los_Angeles",
] as const;

/** "China Standard Time (Asia/Shanghai)", in the page's locale. */
export function timeZoneLabel(timeZone: string, locale: string, at = new Date()): string {
  const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(at).find((part) => part.type === "timeZoneName")?.value;
  return name ? `${name} (${timeZone})` : timeZone;
}

export function timeZoneOptions(locale: string) {
  return VENUE_TIME_ZONES.map((zone) => ({ value: zone, label: timeZoneLabel(zone, locale) }));
}
