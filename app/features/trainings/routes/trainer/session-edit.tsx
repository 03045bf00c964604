import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "~/platform/forms/Field";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { htmlLang } from "~/platform/i18n/languages";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { formatSchedule } from "~/features/trainings/schedule";
import { requireTrainingSessionTrainer } from "~/features/trainings/trainer-access.server";
import { batchProgress } from "~/platform/jobs/job-reports.server";
import { MailProgress } from "~/platform/jobs/MailProgress";
import { localized } from "~/platform/i18n/localized";
import { parseTrainingSessionForm } from "~/features/trainings/manage/parse-session-form";
import { trainingSessionFormDefaults } from "~/features/trainings/manage/session-form-defaults";
import { TrainingSessionForm } from "~/features/trainings/manage/TrainingSessionForm";
import { trainingSessionStatusOf } from "~/features/trainings/manage/session-status";
import { cancellationBatch, setRegistrationOpen } from "~/features/trainings/manage/session-status.server";
import { TrainingSessionStatusPanel } from "~/features/trainings/manage/TrainingSessionStatusPanel";
import { assignedTrainerIds, assignTrainers, trainerCandidates } from "~/features/trainings/manage/session-trainers.server";
import { updateTrainingSession } from "~/features/trainings/manage/session-writes.server";
import { timeZoneOptions } from "~/features/trainings/manage/time-zones";
import { TrainerAssignment } from "~/features/trainings/manage/TrainerAssignment";
import { badRequest, forbidden } from "~/platform/http/responses";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { user, session } = await requireTrainingSessionTrainer(request, params.id);
  const t = await getServerT(language);
  const title = localized(session, "title", language);
  const isAdmin = user.role === "admin";
  const [candidates, assigned, mails] = await Promise.all([
    isAdmin ? trainerCandidates() : [],
    assignedTrainerIds(session.id),
    batchProgress([cancellationBatch(session.id)]),
  ]);
  return {
    title: await pageTitle(language, t("manage.sessionForm.editTitle", { title })),
    session: {
      id: session.id,
      title,
      status: trainingSessionStatusOf(session.status),
      schedule: formatSchedule(session.startsAt, session.endsAt, session.timeZone, language),
      confirmed: session.confirmedCount,
    },
    defaults: trainingSessionFormDefaults(session),
    timeZones: timeZoneOptions(htmlLang(language)),
    trainers: isAdmin ? { candidates, assigned } : null,
    cancellationMails: mails.get(cancellationBatch(session.id)) ?? null,
    outbox: isAdmin ? `/${language}/trainer/outbox?kind=mail.sessionCancelled&state=failed` : undefined,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const { user, session } = await requireTrainingSessionTrainer(request, params.id);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const here = `/${language}/trainer/sessions/${session.id}/edit`;
  const t = await getServerT(language);

  if (intent === "close" || intent === "reopen") {
    const changed = await setRegistrationOpen(session.id, intent === "reopen", user);
    return redirect(changed ? `${here}?saved=${intent === "close" ? "closed" : "reopened"}` : here);
  }

  if (intent === "trainers") {
    if (user.role !== "admin") throw forbidden();
    const ids = formData.getAll("trainerIds").map(String);
    if (!(await assignTrainers(session.id, ids, user))) return data({ trainersError: t("manage.trainers.invalid") }, { status: 400 });
    return redirect(`${here}?saved=trainers`);
  }

  if (intent !== "save") throw badRequest();
  const parsed = parseTrainingSessionForm(formData, session.confirmedCount);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const outcome = await updateTrainingSession(session.id, parsed.data, user);
  if (!outcome.ok && outcome.reason === "capacityBelowConfirmed")
    return rejectForm(formData, { capacity: { key: "validation.capacityBelowConfirmed", values: { count: outcome.confirmed } } }, 409);
  if (!outcome.ok) return rejectForm(formData, {}, 409, t("manage.sessionStatus.cancelledNote"));
  return redirect(`${here}?saved=saved`);
}

const SAVED_NOTICES = ["created", "saved", "closed", "reopened", "cancelled", "trainers"] as const;

export default function EditSession() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { session, defaults, timeZones, trainers, cancellationMails, outbox } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const saved = SAVED_NOTICES.find((notice) => notice === search.get("saved"));
  const rejected = result && "errors" in result ? result : undefined;
  const trainersError = result && "trainersError" in result ? result.trainersError : undefined;
  const base = `/${language}/trainer/sessions/${session.id}`;
  return (
    <section>
      <h1>{t("manage.sessionForm.editTitle", { title: session.title })}</h1>
      <p className="muted">
        {session.schedule.date} {session.schedule.time} ({session.schedule.zone})
      </p>
      <p className="actions">
        <Link to={`/${language}/trainer/trainings/${session.id}`} className="button button--secondary">
          {t("manage.sessions.roster")}
        </Link>
        <Link to={`/${language}/trainings/${session.id}`} className="button button--secondary">
          {t("manage.sessions.publicPage")}
        </Link>
      </p>
      {saved ? <FormAlert tone="success">{t(`manage.saved.${saved}`, { count: Number(search.get("notified") ?? 0) })}</FormAlert> : null}
      {cancellationMails ? <MailProgress progress={cancellationMails} outbox={outbox} /> : null}
      <div className="manage-layout">
        <div>
          {session.status === "cancelled" ? (
            <p className="alert alert--info">{t("manage.sessionStatus.cancelledNote")}</p>
          ) : (
            <TrainingSessionForm defaults={defaults} rejected={rejected} timeZones={timeZones} submitLabel={t("manage.sessionForm.save")} />
          )}
        </div>
        <aside className="stack">
          <TrainingSessionStatusPanel status={session.status} cancelTo={`${base}/cancel`} />
          {trainers ? <TrainerAssignment candidates={trainers.candidates} assigned={trainers.assigned} error={trainersError} /> : null}
        </aside>
      </div>
    </section>
  );
}
