import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldMessage } from "~/platform/forms/parse-form";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { normalizeCertificateNumber } from "../certificate-number";
import { VerifyForm } from "../VerifyForm";
import type { LinksFunction } from "@remix-run/node";
import { certificatesStylesheet } from "../certificates-stylesheet";

export const links: LinksFunction = () => [certificatesStylesheet];

export const meta = titleFromLoader;

/** The verification form. A GET form: a result page is a link anyone can share. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const t = await getServerT(language);
  const typed = new URL(request.url).searchParams.get("number");
  const title = await pageTitle(language, t("certificates.verify.title"));
  const description = t("certificates.verify.lead");
  if (typed === null) return { title, description, typed: "", error: null };
  const number = normalizeCertificateNumber(typed);
  if (number) throw redirect(`/${language}/verify/${number}`);
  const error: FieldMessage = { key: "validation.certificateNumber" };
  return { title, description, typed: typed.slice(0, 100), error };
}

export default function Verify() {
  const { t } = useTranslation();
  const { typed, error } = useLoaderData<typeof loader>();
  return (
    <section className="narrow">
      <h1>{t("certificates.verify.title")}</h1>
      <p className="lead">{t("certificates.verify.lead")}</p>
      <VerifyForm typed={typed} error={error ?? undefined} />
    </section>
  );
}
