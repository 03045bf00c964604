import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { issueMissingCertificates } from "~/features/certificates/backfill.server";
import { FormAlert } from "~/platform/forms/Field";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { confirmEmail, describeConfirmationLink } from "../email-confirmation.server";
import { getOptionalUser } from "../guards.server";
import { LINK_PAGE_HEADERS, linkPageHeaders } from "../link-page-headers";

export const meta = titleFromLoader;
export const headers = linkPageHeaders;

/**
 * Opening the mailed link shows a button; the address is confirmed only
 * when it is pressed (a POST), so a mail scanner that follows links does not
 * confirm anything on its own.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const t = await getServerT(language);
  const title = await pageTitle(language, t("auth.confirm.title"));
  const link = await describeConfirmationLink(params.token ?? "");
  return data({ title, link }, { status: link ? 200 : 410, headers: LINK_PAGE_HEADERS });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const outcome = await confirmEmail(params.token ?? "");
  if (outcome.status === "invalid" || outcome.status === "emailTaken") return data({ problem: outcome.status }, { status: outcome.status === "invalid" ? 410 : 409 });
  // Certificates held back until the address was confirmed are issued now.
  await issueMissingCertificates({ userId: outcome.userId });
  const signedIn = Boolean(await getOptionalUser(request));
  const notice = outcome.status === "changed" ? "emailChanged" : "emailConfirmed";
  throw redirect(signedIn ? `/${language}/account?notice=${notice}` : `/${language}/login?notice=${notice}`);
}

export default function ConfirmEmail() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { link } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (!link || result) {
    return (
      <section className="narrow">
        <h1>{t("auth.confirm.title")}</h1>
        <FormAlert>{result?.problem === "emailTaken" ? t("auth.confirm.emailTaken") : t("auth.confirm.invalid")}</FormAlert>
        <p>
          <Link to={`/${language}/account`}>{t("auth.confirm.toAccount")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t("auth.confirm.title")}</h1>
      <p className="lead">{t(link.purpose === "change-email" ? "auth.confirm.leadNew" : "auth.confirm.lead", { email: link.email })}</p>
      <Form method="post">
        <button type="submit" className="button" disabled={busy}>
          {t(link.purpose === "change-email" ? "auth.confirm.submitNew" : "auth.confirm.submit")}
        </button>
      </Form>
    </section>
  );
}
