import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireAdmin, requireTrainer } from "~/features/auth/guards.server";
import { formatDate } from "~/platform/i18n/dates";
import { FormAlert, TextField } from "~/platform/forms/Field";
import { valueOf } from "~/platform/forms/form-state";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { db } from "~/platform/db/db.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { achievementTypeOf } from "../../achievement-types";
import { normalizeCertificateNumber, unbrokenNumber } from "../../certificate-number";
import { revokeSchema } from "../../revoke-schema";
import { revokeCertificate } from "../../revocation.server";
import { hasValidSignature } from "../../signature.server";
import { notFound } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { certificatesStylesheet } from "../../certificates-stylesheet";

export const links: LinksFunction = () => [certificatesStylesheet];

export const meta = titleFromLoader;

async function findCertificate(rawNumber: string | undefined) {
  const number = normalizeCertificateNumber(rawNumber ?? "");
  const certificate = number ? await db.certificate.findUnique({ where: { number }, include: { user: { select: { email: true } } } }) : null;
  if (!certificate) throw notFound();
  return certificate;
}

/** One certificate as staff see it (with the holder's email), and the revoke form for admins. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const certificate = await findCertificate(params.number);
  const t = await getServerT(language);
  return {
    title: await pageTitle(language, t("certificates.verify.resultTitle", { number: certificate.number })),
    canRevoke: user.role === "admin",
    certificate: {
      number: certificate.number,
      holderName: certificate.holderName,
      email: certificate.user.email,
      kind: achievementTypeOf(certificate.achievementType),
      titleZh: certificate.titleZh,
      titleEn: certificate.titleEn,
      completedOn: certificate.completedOn,
      issuedAt: certificate.issuedAt,
      signatureValid: hasValidSignature(certificate),
      revokedAt: certificate.revokedAt,
      revokedReason: certificate.revokedReason,
    },
  };
}

/** Revoking is for admins only, checked here whatever the page showed. */
export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const admin = await requireAdmin(request);
  const certificate = await findCertificate(params.number);
  const t = await getServerT(language);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, revokeSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const result = await revokeCertificate({ number: certificate.number, reason: parsed.data.reason, adminId: admin.id });
  if (result === "alreadyRevoked") return rejectForm(formData, {}, 409, t("certificates.admin.alreadyRevoked"));
  return data({ revoked: t("certificates.admin.revokedNotice", { number: certificate.number }) });
}

export default function CertificateDetail() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { certificate, canRevoke } = useLoaderData<typeof loader>();
  const outcome = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const rejected = outcome && "errors" in outcome ? outcome : undefined;
  return (
    <section className="narrow">
      <p className="breadcrumbs">
        <Link to={`/${language}/trainer/certificates`}>{t("certificates.admin.backToList")}</Link>
      </p>
      <h1>{t("certificates.verify.resultTitle", { number: unbrokenNumber(certificate.number) })}</h1>
      {outcome && "revoked" in outcome ? <FormAlert tone="success">{outcome.revoked}</FormAlert> : null}
      <dl className="certificate-facts">
        <dt>{t("certificates.verify.holder")}</dt>
        <dd>
          {certificate.holderName} <span className="muted">{certificate.email}</span>
        </dd>
        <dt>{t("certificates.verify.achievement")}</dt>
        <dd>
          <span className="muted">{t(`certificates.kinds.${certificate.kind}`)}</span>
          <br />
          <span lang="zh-CN">{certificate.titleZh}</span>
          <br />
          <span lang="en">{certificate.titleEn}</span>
        </dd>
        <dt>{t("certificates.verify.completedOn")}</dt>
        <dd>{formatDate(certificate.completedOn, language)}</dd>
        <dt>{t("certificates.admin.issuedAt")}</dt>
        <dd>{formatDate(certificate.issuedAt, language)}</dd>
        <dt>{t("certificates.admin.status")}</dt>
        <dd data-testid="admin-certificate-status">
          {!certificate.signatureValid
            ? t("certificates.verify.invalid")
            : certificate.revokedAt
              ? `${t("certificates.learning.revoked", { date: formatDate(certificate.revokedAt, language) })} — ${certificate.revokedReason ?? ""}`
              : t("certificates.admin.statuses.valid")}
        </dd>
      </dl>
      <p className="actions">
        <a href={`/${language}/verify/${certificate.number}`}>{t("certificates.download.verify")}</a>
      </p>
      {certificate.revokedAt ? null : canRevoke ? (
        <Form method="post" className="card revoke-form" noValidate>
          <h2>{t("certificates.admin.revokeTitle")}</h2>
          <p>{t("certificates.admin.revokeConfirm")}</p>
          {rejected?.formError ? <FormAlert>{rejected.formError}</FormAlert> : null}
          <TextField name="reason" label={t("certificates.admin.reason")} defaultValue={valueOf(rejected, "reason")} error={rejected?.errors.reason} required />
          <button type="submit" className="button button--danger" disabled={busy}>
            {t("certificates.admin.revoke")}
          </button>
        </Form>
      ) : (
        <p className="muted">{t("certificates.admin.onlyAdmins")}</p>
      )}
    </section>
  );
}
