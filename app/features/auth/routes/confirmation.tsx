import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { AccountPage } from "../AccountPage";
import { resendEmailConfirmation } from "../email-confirmation.server";
import { requireUser } from "../guards.server";
import type { LinksFunction } from "@remix-run/node";
import { authStylesheet } from "../auth-stylesheet";

export const links: LinksFunction = () => [authStylesheet];

export const meta = titleFromLoader;

/** Whether the signed-in person's address is confirmed, with a button to mail the link again. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("auth.confirmation.title")), email: user.email, confirmed: Boolean(user.emailVerifiedAt) };
}

/** Mails the confirmation link again (limited per account); used by this page and by the notice on other pages. */
export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const t = await getServerT(language);
  const outcome = await resendEmailConfirmation(user);
  if (outcome.status === "rateLimited") {
    return data({ status: outcome.status, message: t("auth.confirmation.rateLimited", { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }) }, { status: 429 });
  }
  return { status: outcome.status, message: t(outcome.status === "sent" ? "auth.confirmation.sent" : "auth.confirmation.alreadyConfirmed", { email: user.email }) };
}

export default function Confirmation() {
  const { t } = useTranslation();
  const { email, confirmed } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <AccountPage title={t("auth.confirmation.title")}>
      {result ? (
        <p className={result.status === "rateLimited" ? "alert alert--error" : "alert alert--success"} role={result.status === "rateLimited" ? "alert" : "status"}>
          {result.message}
        </p>
      ) : null}
      <p className="lead">{t(confirmed ? "auth.confirmation.confirmed" : "auth.confirmation.notConfirmed", { email })}</p>
      {confirmed ? null : (
        <>
          <p>{t("auth.confirmation.why")}</p>
          <Form method="post">
            <button type="submit" className="button" disabled={busy}>
              {t("auth.confirmFirst.resend")}
            </button>
          </Form>
        </>
      )}
    </AccountPage>
  );
}
