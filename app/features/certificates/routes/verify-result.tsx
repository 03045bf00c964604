import { data, redirect, type HeadersFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDate } from "~/platform/i18n/dates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { normalizeCertificateNumber, unbrokenNumber } from "../certificate-number";
import { verifyCertificate, type Verification, type VerifiedCertificate } from "../verification.server";
import { limitLookups } from "../verify-rate-limit.server";
import { VerifyForm } from "../VerifyForm";
import type { LinksFunction } from "@remix-run/node";
import { certificatesStylesheet } from "../certificates-stylesheet";

export const links: LinksFunction = () => [certificatesStylesheet];

export const meta = titleFromLoader;

/** The loader's Retry-After and Cache-Control reach the page response. */
export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

/**
 * What anyone holding a certificate's number may see: whether it is valid,
 * and the holder's name, the title and the date. Nothing else personal.
 */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const t = await getServerT(language);
  const typed = params.number ?? "";
  const number = normalizeCertificateNumber(typed);
  if (number && number !== typed) throw redirect(`/${language}/verify/${number}`);
  const title = await pageTitle(language, t("certificates.verify.resultTitle", { number: number ?? typed.slice(0, 40) }));
  const limited = await limitLookups(context.clientIp, language);
  if (limited) {
    return data({ title, number: typed.slice(0, 40), result: { status: "rateLimited" as const, message: limited.message } }, { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } });
  }
  const verification: Verification = number ? await verifyCertificate(number) : { status: "notFound", number: typed.slice(0, 40) };
  const status = verification.status === "notFound" ? 404 : verification.status === "invalid" ? 409 : 200;
  const result = resultView(verification);
  return data({ title, number: number ?? typed.slice(0, 40), result }, { status, headers: { "Cache-Control": "no-store" } });
}

type ResultView =
  | { status: "notFound" }
  | { status: "invalid" }
  | {
      status: "valid" | "revoked";
      holderName: string;
      kind: VerifiedCertificate["achievementType"];
      titleZh: string;
      titleEn: string;
      completedOn: Date;
      minutesAttended: number | null;
      issuers: VerifiedCertificate["issuers"];
      revokedAt: Date | null;
      reason: string | null;
    };

/** Only what the public may see of a verification. */
function resultView(verification: Verification): ResultView {
  if (verification.status === "notFound") return { status: "notFound" };
  if (verification.status === "invalid") return { status: "invalid" };
  const { certificate } = verification;
  return {
    status: verification.status,
    holderName: certificate.holderName,
    kind: certificate.achievementType,
    titleZh: certificate.titleZh,
    titleEn: certificate.titleEn,
    completedOn: certificate.completedOn,
    minutesAttended: certificate.minutesAttended ?? null,
    issuers: certificate.issuers,
    revokedAt: verification.status === "revoked" ? verification.revokedAt : null,
    reason: verification.status === "revoked" ? verification.reason : null,
  };
}

export default function VerifyResult() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { number, result } = useLoaderData<typeof loader>();
  return (
    <section className="narrow">
      <h1>{t("certificates.verify.resultTitle", { number: unbrokenNumber(number) })}</h1>
      {result.status === "rateLimited" ? (
        <p className="alert alert--error" role="alert" data-testid="verify-status">
          {result.message}
        </p>
      ) : result.status === "notFound" || result.status === "invalid" ? (
        <div className="alert alert--error" data-testid="verify-status" data-status={result.status}>
          <strong>{t(`certificates.verify.${result.status}`)}</strong>
          <p>{t(`certificates.verify.${result.status}Lead`)}</p>
        </div>
      ) : (
        <>
          <div className={result.status === "valid" ? "alert alert--success" : "alert alert--error"} data-testid="verify-status" data-status={result.status}>
            <strong>{t(`certificates.verify.${result.status}`)}</strong>
            <p>
              {result.status === "valid"
                ? t("certificates.verify.validLead")
                : t("certificates.verify.revokedLead", { date: formatDate(result.revokedAt ?? new Date(), language) })}
            </p>
            {result.reason ? <p data-testid="revoked-reason">{t("certificates.verify.revokedReason", { reason: result.reason })}</p> : null}
          </div>
          <dl className="certificate-facts">
            <dt>{t("certificates.verify.holder")}</dt>
            <dd data-testid="verify-holder">{result.holderName}</dd>
            <dt>{t("certificates.verify.achievement")}</dt>
            <dd>
              <span className="muted">{t(`certificates.kinds.${result.kind}`)}</span>
              <br />
              <span lang="zh-CN">{result.titleZh}</span>
              <br />
              <span lang="en">{result.titleEn}</span>
            </dd>
            <dt>{t("certificates.verify.completedOn")}</dt>
            <dd>{formatDate(result.completedOn, language)}</dd>
            {result.minutesAttended == null ? null : (
              <>
                <dt>{t("certificates.pdf.minutes")}</dt>
                <dd data-testid="minutes-attended">{t("certificates.pdf.minutesValue", { minutes: result.minutesAttended })}</dd>
              </>
            )}
            <dt>{t("certificates.verify.issuedBy")}</dt>
            <dd>
              {result.issuers.map((issuer) => (
                <span key={issuer.en} className="certificate-facts__issuer">
                  {language === "zh" ? issuer.zh : issuer.en}
                </span>
              ))}
            </dd>
          </dl>
          {result.status === "valid" ? (
            <p>
              <a href={`/certificates/${number}.json`}>{t("certificates.verify.credential")}</a>
            </p>
          ) : null}
        </>
      )}
      <h2>{t("certificates.verify.another")}</h2>
      <VerifyForm typed="" />
    </section>
  );
}
