import { createEvent } from "ics";

export type CalendarEvent = {
  uid: string;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  url?: string;
};

/** An .ics file with start and end in UTC, so every calendar shows the right local time. */
export function calendarFile(event: CalendarEvent): string {
  const { error, value } = createEvent({
    uid: event.uid,
    title: event.title,
    description: event.description,
    location: event.location,
    url: event.url,
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    productId: "product-safety-training",
  });
  if (error || !value) throw error ?? new Error("calendar file could not be created");
  return value;
}
