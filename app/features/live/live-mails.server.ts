import { getServerT } from "~/platform/i18n/i18next.server";
import { isLanguage, type Language } from "~/platform/i18n/languages";
import type { JobReason } from "~/platform/jobs/vocabulary";
import type { Rendered } from "~/platform/mail/mail-job.server";
import { mailFrom } from "~/platform/mail/mailer.server";
import { mailParts, siteLink, userText } from "~/platform/mail/mail-parts.server";
import { db } from "~/platform/db/db.server";
import { appUrl } from "~/platform/runtime/env.server";
import { calendarFile } from "~/features/trainings/calendar.server";
import { formatSchedule } from "~/features/trainings/schedule";
import { withoutHiddenCharacters } from "~/platform/text/hidden-characters";
import { localized } from "~/platform/i18n/localized";
import { joinToken } from "./join-link.server";
import { BEIJING } from "./vocabulary";

export type LiveMail = "registered" | "reminder24h" | "reminder15min";

/** The personal link that opens the webinar for one registrant, in their language. */
export function joinUrl(registration: { id: string; webinarId: string }, language: Language): string {
  return `${appUrl}/${language}/live/${registration.webinarId}?join=${encodeURIComponent(joinToken(registration.id))}`;
}

function staleReason(registration: { status: string }, webinar: { status: string; startsAt: Date }, kind: LiveMail, now: Date): JobReason | null {
  if (registration.status === "cancelled") return "registrationCancelled";
  if (webinar.status === "cancelled") return "webinarCancelled";
  if (kind !== "registered" && (webinar.status !== "scheduled" || now >= webinar.startsAt)) return "webinarStarted";
  return null;
}

/**
 * A registrant's mail about a live webinar, in the language they registered
 * in, from the records as they are when the job runs: the confirmation (with
 * a calendar file) and the reminders, each with the personal join link.
 */
export async function renderLiveMail(registrationId: string, kind: LiveMail, now: Date): Promise<Rendered> {
  const registration = await db.liveRegistration.findUnique({ where: { id: registrationId }, include: { webinar: true } });
  if (!registration) return { skip: "registrationGone" };
  const { webinar } = registration;
  const stale = staleReason(registration, webinar, kind, now);
  if (stale) return { skip: stale };
  const language: Language = isLanguage(registration.language) ? registration.language : "zh";
  const t = await getServerT(language);
  const title = withoutHiddenCharacters(localized(webinar, "title", language));
  const schedule = formatSchedule(webinar.startsAt, webinar.endsAt, BEIJING, language);
  const link = joinUrl(registration, language);
  const { text, html } = mailParts([
    t("live.mail.greeting", { name: userText(registration.name) }),
    t(`live.mail.${kind}.body`, { title: userText(title) }),
    t("live.mail.when", { date: schedule.date, time: schedule.time, zone: schedule.zone }),
    t("live.mail.join"),
    siteLink(link),
    t("live.mail.personal"),
    t("live.mail.signature"),
  ]);
  const attachments =
    kind === "registered"
      ? [
          {
            filename: "webinar.ics",
            contentType: "text/calendar; charset=utf-8; method=PUBLISH",
            content: calendarFile({
              uid: `${registration.id}@product-safety-training`,
              title,
              description: `${t("live.mail.join")}\n${link}`,
              location: link,
              startsAt: webinar.startsAt,
              endsAt: webinar.endsAt,
              url: link,
              organizer: mailFrom,
            }),
          },
        ]
      : [];
  return { to: registration.email, subject: t(`live.mail.${kind}.subject`, { title }), text, html, attachments };
}
