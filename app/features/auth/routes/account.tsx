import { readFormData } from "~/platform/forms/read-form.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "~/platform/forms/Field";
import type { RejectedForm } from "~/platform/forms/form-state";
import { parseForm } from "~/platform/forms/parse-form";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { AccountPage } from "../AccountPage";
import { AccountNotice } from "../AccountNotice";
import { requireUser } from "../guards.server";
import { ProfileFields } from "../ProfileFields";
import { roleOf } from "~/platform/access/roles";
import { profileSchema } from "../schemas";
import { getProfile, updateProfile } from "../user.server";
import type { LinksFunction } from "@remix-run/node";
import { authStylesheet } from "../auth-stylesheet";

export const links: LinksFunction = () => [authStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("auth.profile.title")), profile: await getProfile(user.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  routeLanguage(params);
  const user = await requireUser(request);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, profileSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  await updateProfile(user.id, parsed.data);
  return { saved: true as const };
}

export default function Account() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { profile } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const rejected: RejectedForm | undefined = result && "errors" in result ? result : undefined;
  const busy = useNavigation().state === "submitting";
  return (
    <AccountPage title={t("auth.profile.title")}>
      <AccountNotice />
      <p className="lead">{t("auth.profile.lead")}</p>
      {rejected ? <FormAlert>{t("validation.formHasErrors")}</FormAlert> : null}
      {result && "saved" in result ? <FormAlert tone="success">{t("auth.profile.saved")}</FormAlert> : null}
      <dl className="facts">
        <dt>{t("auth.fields.email")}</dt>
        <dd>
          {profile.email}
          <br />
          {profile.emailVerifiedAt ? (
            <span className="muted" data-testid="email-status">
              {t("auth.profile.emailConfirmed")}
            </span>
          ) : (
            <Link to={`/${language}/account/confirmation`} data-testid="email-status">
              {t("auth.profile.emailNotConfirmed")}
            </Link>
          )}
        </dd>
        <dt>{t("auth.profile.role")}</dt>
        <dd>{t(`common.roles.${roleOf(profile.role)}`)}</dd>
      </dl>
      <Form method="post" noValidate className="stack">
        <ProfileFields rejected={rejected} stored={profile} />
        <button type="submit" className="button" disabled={busy}>
          {t("auth.profile.submit")}
        </button>
      </Form>
    </AccountPage>
  );
}
