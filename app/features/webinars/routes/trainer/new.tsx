import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { createWebinar } from "../../manage/webinar-admin.server";
import { parseSpeakersForm } from "../../manage/parse-speakers-form";
import { webinarFormSchema } from "../../manage/webinar-form-schema";
import { WebinarForm } from "../../manage/WebinarForm";
import type { LinksFunction } from "@remix-run/node";
import { webinarsStylesheet } from "../../webinars-stylesheet";

export const links: LinksFunction = () => [webinarsStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("webinarAdmin.form.newTitle")) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const actor = await requireTrainer(request);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, webinarFormSchema);
  const speakers = parseSpeakersForm(formData);
  if (!parsed.ok || !speakers.ok) return rejectForm(formData, { ...(parsed.ok ? {} : parsed.errors), ...(speakers.ok ? {} : speakers.errors) });
  const webinar = await createWebinar(parsed.data, speakers.speakers, actor);
  return redirect(`/${language}/trainer/webinars/${webinar.id}?saved=created`);
}

export default function NewWebinar() {
  const { t } = useTranslation();
  const rejected = useActionData<typeof action>();
  return (
    <section>
      <h1>{t("webinarAdmin.form.newTitle")}</h1>
      <p className="lead">{t("webinarAdmin.form.newLead")}</p>
      <WebinarForm defaults={{ category: "general" }} rejected={rejected} submitLabel={t("webinarAdmin.form.create")} />
    </section>
  );
}
