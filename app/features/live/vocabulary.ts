/** Where a live webinar stands; shared by the server and the pages. */
export const LIVE_STATUSES = ["scheduled", "live", "ended", "cancelled"] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];

export function isLiveStatus(value: unknown): value is LiveStatus {
  return LIVE_STATUSES.includes(value as LiveStatus);
}

/** Live webinars are scheduled, and shown first, in Beijing time. */
export const BEIJING = "Asia/Shanghai";

/** Reminder mails go out this many minutes before the start. */
export const LIVE_REMINDER_MINUTES = [24 * 60, 15] as const;
export type LiveReminderMinutes = (typeof LIVE_REMINDER_MINUTES)[number];
