import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
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
import { getOptionalUser } from "../guards.server";
import { ProfileFields } from "../ProfileFields";
import { joinSchema } from "../schemas";
import { signUp } from "../sign-up.server";
import { MailSentPanel } from "../MailSentPanel";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  if (await getOptionalUser(request)) throw redirect(`/${language}`);
  const t = await getServerT(language);
  return { language, title: await pageTitle(language, t("auth.join.title")), description: t("auth.join.lead") };
}

/**
 * The same answer for a new address and for one that already has an
 * account (whose owner is mailed instead): nobody is signed in here, so the
 * answer cannot differ by a cookie either. The new account logs in with the
 * password just chosen.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, joinSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const outcome = await signUp(parsed.data, context.clientIp);
  if (outcome.status === "rateLimited") {
    const t = await getServerT(language);
    return rejectForm(formData, {}, 429, t("auth.join.rateLimited", { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }));
  }
  return data({ sentTo: parsed.data.email });
}

export default function Join() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const language = usePageLanguage();
  if (result && "sentTo" in result) {
    return (
      <section className="narrow">
        <h1>{t("auth.join.sentTitle")}</h1>
        <MailSentPanel email={result.sentTo}>
          <p>{t("auth.join.sentLead")}</p>
          <p>{t("auth.join.sentLogin")}</p>
        </MailSentPanel>
        <p>
          <Link to={`/${language}/login`} className="button">
            {t("common.account.login")}
          </Link>
        </p>
      </section>
    );
  }
  const rejected: RejectedForm | undefined = result;
  return (
    <section className="narrow">
      <h1>{t("auth.join.title")}</h1>
      <p className="lead">{t("auth.join.lead")}</p>
      {rejected?.formError ? <FormAlert>{rejected.formError}</FormAlert> : rejected ? <FormAlert>{t("validation.formHasErrors")}</FormAlert> : null}
      <Form method="post" noValidate className="stack">
        <TextField
          name="email"
          type="email"
          label={t("auth.fields.email")}
          hint={t("auth.join.emailHint")}
          autoComplete="email"
          defaultValue={valueOf(rejected, "email")}
          error={rejected?.errors.email}
        />
        <TextField
          name="password"
          type="password"
          label={t("auth.fields.password")}
          hint={t("auth.fields.passwordHint")}
          autoComplete="new-password"
          error={rejected?.errors.password}
        />
        <ProfileFields rejected={rejected} stored={{ name: "", company: "", jobRole: "other", phone: "", preferredLanguage: language }} />
        <p className="field__hint">
          {t("auth.join.privacy")} <Link to={`/${language}/privacy`}>{t("privacy.linkLabel")}</Link>
        </p>
        <button type="submit" className="button" disabled={busy}>
          {t("auth.join.submit")}
        </button>
      </Form>
      <p>
        {t("auth.join.haveAccount")} <Link to={`/${language}/login`}>{t("common.account.login")}</Link>
      </p>
    </section>
  );
}
