import { getServerT } from "~/features/i18n/i18next.server";
import { isLanguage, type Language } from "~/features/i18n/languages";
import { mailParts, siteLink, userText } from "~/features/mail/mail-parts.server";
import { mailFrom, sendMailSafely } from "~/features/mail/mailer.server";
import { db } from "~/features/server/db.server";
import { appUrl } from "~/features/server/env.server";
import { withoutHiddenCharacters } from "~/lib/hidden-characters";
import { localized } from "~/lib/localized";
import { calendarFile } from "./calendar.server";
import { formatSchedule } from "./schedule";
import { ticketQrPng } from "./ticket-qr.server";
import { waitlistPosition } from "./registration.server";

type Kind = "confirmed" | "waitlisted" | "promoted" | "sessionCancelled";

/** Mails a registrant about their registration, in their language; never throws. */
export async function sendRegistrationMail(registrationId: string, kind: Kind): Promise<boolean> {
  const registration = await db.registration.findUnique({ where: { id: registrationId }, include: { session: true } });
  if (!registration) return false;
  const language: Language = isLanguage(registration.language) ? registration.language : "zh";
  const t = await getServerT(language);
  const { session } = registration;
  // What people typed (the registrant's name, the session's title and venue) never becomes a link in
  // the mail's body; the subject and the calendar file only lose invisible control characters.
  const title = withoutHiddenCharacters(localized(session, "title", language));
  const schedule = formatSchedule(session.startsAt, session.endsAt, session.timeZone, language);
  const place = { venue: localized(session, "venue", language), address: localized(session, "address", language) };
  const venue = t("trainings.detail.venueLine", { venue: withoutHiddenCharacters(place.venue), address: withoutHiddenCharacters(place.address) });
  const ticketUrl = `${appUrl}/${language}/trainings/${session.id}/ticket`;
  const pageUrl = `${appUrl}/${language}/trainings/${session.id}`;
  const withTicket = kind === "confirmed" || kind === "promoted";
  const position = kind === "waitlisted" ? await waitlistPosition(registration) : 0;

  const { text, html } = mailParts([
    t("trainings.mail.greeting", { name: userText(registration.name) }),
    t(`trainings.mail.${kind}.body`, { title: userText(title), position }),
    t("trainings.mail.when", { date: schedule.date, time: schedule.time, zone: schedule.zone }),
    t("trainings.mail.where", { venue: t("trainings.detail.venueLine", { venue: userText(place.venue), address: userText(place.address) }) }),
    ...(withTicket
      ? [t("trainings.mail.code", { code: registration.ticketCode }), t("trainings.mail.showTicket"), siteLink(ticketUrl), { image: { cid: "ticket-qr", alt: registration.ticketCode, size: 200 } }]
      : [siteLink(pageUrl)]),
    t("trainings.mail.signature"),
  ]);

  const attachments = withTicket
    ? [
        { filename: "ticket-qr.png", content: await ticketQrPng(registration.ticketCode), cid: "ticket-qr", contentType: "image/png" },
        {
          filename: "training.ics",
          contentType: "text/calendar; charset=utf-8; method=PUBLISH",
          content: calendarFile({
            uid: `${registration.id}@product-safety-training`,
            title,
            description: `${t("trainings.mail.code", { code: registration.ticketCode })}\n${ticketUrl}`,
            location: venue,
            startsAt: session.startsAt,
            endsAt: session.endsAt,
            url: pageUrl,
            organizer: mailFrom,
          }),
        },
      ]
    : [];

  return sendMailSafely({
    to: registration.email,
    subject: t(`trainings.mail.${kind}.subject`, { title }),
    text,
    html,
    attachments,
  });
}
