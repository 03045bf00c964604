import { getServerT } from "~/platform/i18n/i18next.server";
import { isLanguage, type Language } from "~/platform/i18n/languages";
import type { JobReason } from "~/platform/jobs/vocabulary";
import type { Rendered } from "~/platform/mail/mail-job.server";
import { mailFrom } from "~/platform/mail/mailer.server";
import { mailParts, siteLink, userText, type MailParagraph } from "~/platform/mail/mail-parts.server";
import { db } from "~/platform/db/db.server";
import { appUrl } from "~/platform/runtime/env.server";
import { withoutHiddenCharacters } from "~/platform/text/hidden-characters";
import { localized } from "~/platform/i18n/localized";
import { calendarFile } from "./calendar.server";
import { formatSchedule } from "./schedule";
import { ticketQrPng } from "./ticket-qr.server";
import { waitlistPosition } from "./waitlist.server";

/** Mails about one registration: its own changes, the session's cancellation, and the reminders before it starts. */
export type RegistrationMail = "confirmed" | "waitlisted" | "promoted" | "sessionCancelled" | "reminder24h" | "reminder2h";

async function loadRegistration(registrationId: string) {
  const registration = await db.registration.findUnique({ where: { id: registrationId }, include: { session: true } });
  if (!registration) return null;
  const language: Language = isLanguage(registration.language) ? registration.language : "zh";
  const { session } = registration;
  const t = await getServerT(language);
  const place = { venue: localized(session, "venue", language), address: localized(session, "address", language) };
  return {
    registration,
    session,
    language,
    t,
    // What people typed (the registrant's name, the session's title and venue) never becomes a link in
    // the mail's body (userText); the subject and the calendar file only lose invisible control characters.
    title: withoutHiddenCharacters(localized(session, "title", language)),
    place,
    venue: t("trainings.detail.venueLine", { venue: withoutHiddenCharacters(place.venue), address: withoutHiddenCharacters(place.address) }),
    ticketUrl: `${appUrl}/${language}/trainings/${session.id}/ticket`,
    pageUrl: `${appUrl}/${language}/trainings/${session.id}`,
  };
}

/** Why a mail about a registration is no longer wanted when its job runs; null when it still is. */
function staleReason(kind: RegistrationMail, registration: { status: string }, session: { status: string; startsAt: Date }, now: Date): JobReason | null {
  if (kind === "sessionCancelled") return null;
  if (registration.status === "cancelled") return "registrationCancelled";
  if (kind !== "reminder24h" && kind !== "reminder2h") return null;
  if (registration.status !== "confirmed") return "notConfirmed";
  if (session.status === "cancelled") return "trainingCancelled";
  if (now >= session.startsAt) return "trainingStarted";
  return null;
}

/** A registrant's mail, in the language they registered in, from the records as they are now. */
export async function renderRegistrationMail(registrationId: string, kind: RegistrationMail, now: Date): Promise<Rendered> {
  const loaded = await loadRegistration(registrationId);
  if (!loaded) return { skip: "registrationGone" };
  const { registration, session, language, t, title, place, venue, ticketUrl, pageUrl } = loaded;
  const stale = staleReason(kind, registration, session, now);
  if (stale) return { skip: stale };
  const schedule = formatSchedule(session.startsAt, session.endsAt, session.timeZone, language);
  const withTicket = kind === "confirmed" || kind === "promoted";
  const reminder = kind === "reminder24h" || kind === "reminder2h";
  const position = kind === "waitlisted" ? await waitlistPosition(registration) : 0;

  const { text, html } = mailParts([
    t("trainings.mail.greeting", { name: userText(registration.name) }),
    t(`trainings.mail.${kind}.body`, { title: userText(title), position }),
    t("trainings.mail.when", { date: schedule.date, time: schedule.time, zone: schedule.zone }),
    t("trainings.mail.where", { venue: t("trainings.detail.venueLine", { venue: userText(place.venue), address: userText(place.address) }) }),
    ...(withTicket
      ? [t("trainings.mail.code", { code: registration.ticketCode }), t("trainings.mail.showTicket"), siteLink(ticketUrl), { image: { cid: "ticket-qr", alt: registration.ticketCode, size: 200 } }]
      : reminder
        ? [t("trainings.mail.code", { code: registration.ticketCode }), t("trainings.mail.reminderTicket"), siteLink(ticketUrl)]
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

  return { to: registration.email, subject: t(`trainings.mail.${kind}.subject`, { title }), text, html, attachments };
}

/**
 * After a training, to someone who attended (present or late): thanks, a
 * request for feedback answered by replying (the reply goes to the session's
 * trainers), and their certificate.
 */
export async function renderFollowUpMail(registrationId: string): Promise<Rendered> {
  const loaded = await loadRegistration(registrationId);
  if (!loaded) return { skip: "registrationGone" };
  const { registration, session, language, t, title } = loaded;
  if (registration.attendance !== "present" && registration.attendance !== "late") return { skip: "notAttended" };
  const [trainers, certificate] = await Promise.all([
    db.sessionTrainer.findMany({ where: { sessionId: session.id }, select: { user: { select: { email: true } } } }),
    registration.userId
      ? db.certificate.findFirst({ where: { userId: registration.userId, achievementType: "training", achievementId: session.id, revokedAt: null }, select: { number: true } })
      : null,
  ]);
  const replyTo = trainers.map((trainer) => trainer.user.email);
  const certificateParagraphs: MailParagraph[] = certificate
    ? [
        t("trainings.mail.followUp.certificate"),
        siteLink(`${appUrl}/certificates/${certificate.number}.pdf`),
        t("trainings.mail.followUp.verify"),
        siteLink(`${appUrl}/${language}/verify/${certificate.number}`),
        t("trainings.mail.followUp.learning"),
        siteLink(`${appUrl}/${language}/learning`),
      ]
    : [];
  const { text, html } = mailParts([
    t("trainings.mail.greeting", { name: userText(registration.name) }),
    t("trainings.mail.followUp.body", { title: userText(title) }),
    ...(replyTo.length ? [t("trainings.mail.followUp.feedback")] : []),
    ...certificateParagraphs,
    t("trainings.mail.signature"),
  ]);
  return { to: registration.email, replyTo, subject: t("trainings.mail.followUp.subject", { title }), text, html };
}
