import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, TextField } from "~/platform/forms/Field";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { MailSentPanel } from "../MailSentPanel";
import { requestPasswordReset } from "../password-reset.server";
import { forgotPasswordSchema } from "../schemas";

export const meta = titleFromLoader;

export async function loader({ params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("auth.forgot.title")) };
}

/** Whether or not the address has an account, the answer is the same "if it does, a link is on its way". */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, forgotPasswordSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const outcome = await requestPasswordReset(parsed.data.email, context.clientIp);
  if (outcome.status === "rateLimited") {
    const t = await getServerT(language);
    return rejectForm(formData, {}, 429, t("auth.forgot.rateLimited", { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }));
  }
  return data({ sentTo: parsed.data.email });
}

export default function ForgotPassword() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const sent = result && "sentTo" in result ? result.sentTo : null;
  const rejected: RejectedForm | undefined = result && "errors" in result ? result : undefined;
  return (
    <section className="narrow">
      <h1>{t("auth.forgot.title")}</h1>
      {sent ? (
        <MailSentPanel>
          <p>{t("auth.forgot.sent", { email: sent })}</p>
        </MailSentPanel>
      ) : (
        <>
          <p className="lead">{t("auth.forgot.lead")}</p>
          {rejected?.formError ? <FormAlert>{rejected.formError}</FormAlert> : rejected ? <FormAlert>{t("validation.formHasErrors")}</FormAlert> : null}
          <Form method="post" noValidate className="stack">
            <TextField name="email" type="email" label={t("auth.fields.email")} autoComplete="email" defaultValue={valueOf(rejected, "email")} error={rejected?.errors.email} />
            <button type="submit" className="button" disabled={busy}>
              {t("auth.forgot.submit")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to={`/${language}/login`}>{t("auth.forgot.backToLogin")}</Link>
      </p>
    </section>
  );
}
