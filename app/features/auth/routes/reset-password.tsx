import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { issueMissingCertificates } from "~/features/certificates/backfill.server";
import { FormAlert, TextField } from "~/platform/forms/Field";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { findAccountToken } from "../account-tokens.server";
import { LINK_PAGE_HEADERS, linkPageHeaders } from "../link-page-headers";
import { startLoginSession } from "../login-session.server";
import { resetPassword } from "../password-reset.server";
import { resetPasswordSchema } from "../schemas";

export const meta = titleFromLoader;
export const headers = linkPageHeaders;

/** Opening the mailed link shows the form; the link is used up only when a new password is sent. */
export async function loader({ params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const t = await getServerT(language);
  const title = await pageTitle(language, t("auth.reset.title"));
  const token = await findAccountToken(params.token, ["reset-password"]);
  return data({ title, email: token?.email ?? null }, { status: token ? 200 : 410, headers: LINK_PAGE_HEADERS });
}

/**
 * A new password ends every session of the account (whoever else was signed
 * in is out) and signs this browser in.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, resetPasswordSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const reset = await resetPassword(params.token ?? "", parsed.data.password);
  if (!reset) {
    const t = await getServerT(language);
    return rejectForm(formData, {}, 410, t("auth.reset.invalid"));
  }
  // The link proved the mailbox: certificates held back until the address was confirmed are issued now.
  await issueMissingCertificates({ userId: reset.userId });
  return startLoginSession(request, reset.userId, `/${language}/account?notice=passwordReset`);
}

export default function ResetPassword() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { email } = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (!email || rejected?.formError) {
    return (
      <section className="narrow">
        <h1>{t("auth.reset.title")}</h1>
        <FormAlert>{t("auth.reset.invalid")}</FormAlert>
        <p>
          <Link to={`/${language}/forgot-password`} className="button">
            {t("auth.reset.askAgain")}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t("auth.reset.title")}</h1>
      <p className="lead">{t("auth.reset.lead", { email })}</p>
      {rejected ? <FormAlert>{t("validation.formHasErrors")}</FormAlert> : null}
      <Form method="post" noValidate className="stack">
        {/* Lets a password manager file the new password under the right account. */}
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <TextField
          name="password"
          type="password"
          label={t("auth.reset.newPassword")}
          hint={t("auth.fields.passwordHint")}
          autoComplete="new-password"
          error={rejected?.errors.password}
        />
        <button type="submit" className="button" disabled={busy}>
          {t("auth.reset.submit")}
        </button>
      </Form>
    </section>
  );
}
