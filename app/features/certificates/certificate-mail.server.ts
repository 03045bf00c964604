import { z } from "zod";
import { getServerT } from "~/platform/i18n/i18next.server";
import { isLanguage, type Language } from "~/platform/i18n/languages";
import { defineMailJob, type Rendered } from "~/platform/mail/mail-job.server";
import { mailParts, siteLink, userText } from "~/platform/mail/mail-parts.server";
import { db } from "~/platform/db/db.server";
import { appUrl } from "~/platform/runtime/env.server";
import { withoutHiddenCharacters } from "~/platform/text/hidden-characters";

/** Tells the holder, in their preferred language, that a certificate was issued, with its PDF and verification links. */
async function renderCertificateMail(certificateId: string): Promise<Rendered> {
  const certificate = await db.certificate.findUnique({
    where: { id: certificateId },
    select: { number: true, titleZh: true, titleEn: true, minutesAttended: true, revokedAt: true, user: { select: { email: true, name: true, preferredLanguage: true } } },
  });
  if (!certificate || certificate.revokedAt) return { skip: "certificateRevoked" };
  const { user, number } = certificate;
  const language: Language = isLanguage(user.preferredLanguage) ? user.preferredLanguage : "zh";
  const t = await getServerT(language);
  const title = withoutHiddenCharacters(language === "zh" ? certificate.titleZh : certificate.titleEn);
  const { text, html } = mailParts([
    t("certificates.mail.greeting", { name: userText(user.name) }),
    certificate.minutesAttended == null
      ? t("certificates.mail.body", { title: userText(title) })
      : t("certificates.mail.attendanceBody", { title: userText(title), minutes: certificate.minutesAttended }),
    t("certificates.mail.number", { number }),
    t("certificates.mail.pdf"),
    siteLink(`${appUrl}/certificates/${number}.pdf`),
    t("certificates.mail.verify"),
    siteLink(`${appUrl}/${language}/verify/${number}`),
    t("certificates.mail.signature"),
  ]);
  return { to: user.email, subject: t("certificates.mail.subject", { title }), text, html };
}

export const certificateIssuedMail = defineMailJob("mail.certificateIssued", z.object({ certificateId: z.string().min(1) }), (p) => renderCertificateMail(p.certificateId));
