import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, TextField } from "~/platform/forms/Field";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { requestEmailChange } from "../account-changes.server";
import { AccountPage } from "../AccountPage";
import { requireUser } from "../guards.server";
import { MailSentPanel } from "../MailSentPanel";
import { refuseWrongPassword } from "../password-check.server";
import { changeEmailSchema } from "../schemas";
import type { LinksFunction } from "@remix-run/node";
import { authStylesheet } from "../auth-stylesheet";

export const links: LinksFunction = () => [authStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("auth.changeEmail.title")), email: user.email };
}

/** Needs the current password; the new address takes over only once the link mailed to it is used. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, changeEmailSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const refused = await refuseWrongPassword(formData, { user, password: parsed.data.currentPassword, field: "currentPassword", clientIp: context.clientIp, language });
  if (refused) return refused;
  const outcome = await requestEmailChange(user, parsed.data.newEmail);
  if (outcome.status === "same") return rejectForm(formData, { newEmail: { key: "validation.sameEmail" } });
  if (outcome.status === "rateLimited") {
    const t = await getServerT(language);
    return rejectForm(formData, {}, 429, t("auth.confirmation.rateLimited", { minutes: Math.ceil(outcome.retryAfterSeconds / 60) }));
  }
  return data({ sentTo: parsed.data.newEmail });
}

export default function AccountEmail() {
  const { t } = useTranslation();
  const { email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const rejected: RejectedForm | undefined = result && "errors" in result ? result : undefined;
  return (
    <AccountPage title={t("auth.changeEmail.title")}>
      <dl className="facts">
        <dt>{t("auth.changeEmail.current")}</dt>
        <dd data-testid="current-email">{email}</dd>
      </dl>
      {result && "sentTo" in result ? (
        <MailSentPanel email={result.sentTo}>
          <p>{t("auth.changeEmail.sent")}</p>
        </MailSentPanel>
      ) : (
        <>
          <p className="lead">{t("auth.changeEmail.lead")}</p>
          {rejected?.formError ? <FormAlert>{rejected.formError}</FormAlert> : rejected ? <FormAlert>{t("validation.formHasErrors")}</FormAlert> : null}
          <Form method="post" noValidate className="stack">
            <TextField name="newEmail" type="email" label={t("auth.changeEmail.new")} autoComplete="email" defaultValue={valueOf(rejected, "newEmail")} error={rejected?.errors.newEmail} />
            <TextField name="currentPassword" type="password" label={t("auth.changePassword.current")} autoComplete="current-password" error={rejected?.errors.currentPassword} />
            <button type="submit" className="button" disabled={busy}>
              {t("auth.changeEmail.submit")}
            </button>
          </Form>
        </>
      )}
    </AccountPage>
  );
}
