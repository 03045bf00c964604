import ical, { ICalCalendarMethod } from "ical-generator";

export type CalendarEvent = {
  uid: string;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  url?: string;
  /** Who publishes the event, as "Name <address>". */
  organizer: string;
};

/**
 * An .ics file (RFC 5545) published with METHOD:PUBLISH, start and end in
 * UTC so every calendar shows the right local time. ical-generator folds
 * lines by octets, never inside a UTF-8 character, which Chinese text needs.
 */
export function calendarFile(event: CalendarEvent): string {
  const calendar = ical({ prodId: { company: "product-safety-training", product: "trainings", language: "EN" }, method: ICalCalendarMethod.PUBLISH });
  calendar.createEvent({
    id: event.uid,
    summary: event.title,
    description: event.description,
    location: event.location,
    url: event.url,
    start: event.startsAt,
    end: event.endsAt,
    stamp: new Date(),
    organizer: event.organizer,
  });
  // Every content line ends with CRLF (RFC 5545 §3.1), the last one too.
  return `${calendar.toString()}\r\n`;
}
