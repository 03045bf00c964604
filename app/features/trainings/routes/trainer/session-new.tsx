import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { htmlLang } from "~/platform/i18n/languages";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { parseTrainingSessionForm } from "~/features/trainings/manage/parse-session-form";
import { NEW_TRAINING_SESSION_DEFAULTS } from "~/features/trainings/manage/session-form-defaults";
import { TrainingSessionForm } from "~/features/trainings/manage/TrainingSessionForm";
import { createTrainingSession } from "~/features/trainings/manage/session-writes.server";
import { timeZoneOptions } from "~/features/trainings/manage/time-zones";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("manage.sessions.new")), timeZones: timeZoneOptions(htmlLang(language)) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const formData = await readFormData(request);
  const parsed = parseTrainingSessionForm(formData);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const session = await createTrainingSession(parsed.data, user);
  return redirect(`/${language}/trainer/sessions/${session.id}/edit?saved=created`);
}

export default function NewSession() {
  const { t } = useTranslation();
  const { timeZones } = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  return (
    <section>
      <h1>{t("manage.sessions.new")}</h1>
      <p className="lead">{t("manage.sessionForm.newLead")}</p>
      <TrainingSessionForm defaults={NEW_TRAINING_SESSION_DEFAULTS} rejected={rejected} timeZones={timeZones} submitLabel={t("manage.sessionForm.create")} />
    </section>
  );
}
