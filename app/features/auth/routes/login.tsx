import { readFormData } from "~/platform/forms/read-form.server";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, TextField } from "~/platform/forms/Field";
import { valueOf } from "~/platform/forms/form-state";
import { parseForm } from "~/platform/forms/parse-form";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { AccountNotice } from "../AccountNotice";
import { getOptionalUser } from "../guards.server";
import { startLoginSession } from "../login-session.server";
import { throttledPasswordCheck } from "../login-throttle.server";
import { safeRedirect } from "../safe-redirect";
import { loginSchema } from "../schemas";
import { verifyLogin } from "../user.server";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  if (await getOptionalUser(request)) throw redirect(`/${language}`);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("auth.login.title")), description: t("auth.login.lead") };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const t = await getServerT(language);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, loginSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const { email, password, redirectTo } = parsed.data;

  const outcome = await throttledPasswordCheck(email, context.clientIp, () => verifyLogin(email, password), (check) => check.status !== "failed");
  if (outcome.refused) return rejectForm(formData, {}, 429, t("auth.login.tooManyAttempts", { minutes: outcome.retryAfterMinutes }));
  const check = outcome.result;
  if (check.status === "failed") return rejectForm(formData, {}, 400, t("auth.login.failed"));
  if (check.status === "deactivated") return rejectForm(formData, {}, 403, t("auth.login.deactivated"));
  return startLoginSession(request, check.user.id, safeRedirect(redirectTo, language));
}

export default function Login() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const rejected = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="narrow">
      <h1>{t("auth.login.title")}</h1>
      <AccountNotice />
      <p className="lead">{t("auth.login.lead")}</p>
      {rejected?.formError ? (
        <FormAlert>{rejected.formError}</FormAlert>
      ) : rejected ? (
        <FormAlert>{t("validation.formHasErrors")}</FormAlert>
      ) : null}
      <Form method="post" noValidate className="stack">
        <input type="hidden" name="redirectTo" value={valueOf(rejected, "redirectTo", searchParams.get("redirectTo") ?? "")} />
        <TextField
          name="email"
          type="email"
          label={t("auth.fields.email")}
          autoComplete="email"
          defaultValue={valueOf(rejected, "email")}
          error={rejected?.errors.email}
        />
        <TextField
          name="password"
          type="password"
          label={t("auth.fields.password")}
          autoComplete="current-password"
          error={rejected?.errors.password}
        />
        <button type="submit" className="button" disabled={busy}>
          {t("auth.login.submit")}
        </button>
      </Form>
      <p>
        <Link to={`/${language}/forgot-password`}>{t("auth.login.forgotPassword")}</Link>
      </p>
      <p>
        {t("auth.login.noAccount")} <Link to={`/${language}/join`}>{t("common.account.join")}</Link>
      </p>
    </section>
  );
}
