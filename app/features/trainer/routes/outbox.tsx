import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireAdmin } from "~/features/auth/guards.server";
import { formatDateTime } from "~/platform/i18n/dates";
import { FormAlert } from "~/platform/forms/Field";
import { readFormData } from "~/platform/forms/read-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { jobCounts } from "~/platform/jobs/job-reports.server";
import { isJobKind, isJobReason, isJobState, JOB_KINDS, JOB_STATES, jobKindLabelKey } from "~/platform/jobs/vocabulary";
import { FilterBar } from "~/platform/shell/FilterBar";
import { ListSummary } from "~/platform/shell/ListSummary";
import { ListTable } from "~/platform/shell/ListTable";
import { titleFromLoader } from "~/platform/shell/page-title";
import { Pagination } from "~/platform/shell/Pagination";
import { pageCount, readPage } from "~/platform/shell/pagination";
import { changeFailedJob, outboxJobs, readOutboxFilter } from "../outbox/outbox.server";
import { badRequest } from "~/platform/http/responses";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireAdmin(request);
  const url = new URL(request.url);
  const filter = readOutboxFilter(url);
  const page = readPage(url);
  const t = await getServerT(language);
  const [{ rows, total }, counts] = await Promise.all([outboxJobs(filter, page), jobCounts()]);
  const when = (value: Date) => formatDateTime(value, language);
  return {
    title: await pageTitle(language, t("jobs.outbox.title")),
    filter,
    page,
    pages: pageCount(total),
    total,
    counts,
    jobs: rows.map((job) => ({
      id: job.id,
      queued: when(job.createdAt),
      kind: isJobKind(job.kind) ? t(`jobs.kinds.${jobKindLabelKey(job.kind)}`) : job.kind,
      recipient: job.recipient,
      state: isJobState(job.state) ? job.state : "pending",
      attempts: job.attempts,
      runAt: when(job.runAt),
      sentAt: job.sentAt ? when(job.sentAt) : null,
      lastError: isJobReason(job.lastError) ? t(`jobs.reasons.${job.lastError}`) : job.lastError,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireAdmin(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const jobId = formData.get("jobId");
  if ((intent !== "retry" && intent !== "cancel") || typeof jobId !== "string" || !jobId) throw badRequest();
  const t = await getServerT(language);
  const outcome = await changeFailedJob(jobId, intent, user);
  if (!outcome.ok) return data({ tone: "error" as const, message: t("jobs.outbox.notFailed") }, { status: 409 });
  return { tone: "success" as const, message: t(intent === "retry" ? "jobs.outbox.retried" : "jobs.outbox.cancelled", { recipient: outcome.recipient }) };
}

type OutboxJob = ReturnType<typeof useLoaderData<typeof loader>>["jobs"][number];

/** The state with what the admin needs to know about it: when it runs next, when it was sent, or why it failed. */
function StateCell({ job }: { job: OutboxJob }) {
  const { t } = useTranslation();
  const detail =
    job.state === "pending"
      ? t("jobs.outbox.scheduled", { time: job.runAt })
      : job.state === "retrying"
        ? t("jobs.outbox.nextAttempt", { time: job.runAt })
        : job.state === "done" && job.sentAt
          ? t("jobs.outbox.sent", { time: job.sentAt })
          : job.state === "failed" && job.lastError
            ? t("jobs.outbox.lastError", { error: job.lastError })
            : (job.state === "skipped" || job.state === "cancelled") && job.lastError
              ? t("jobs.outbox.reason", { reason: job.lastError })
              : null;
  return (
    <td>
      <span className={`badge badge--job-${job.state}`}>{t(`jobs.states.${job.state}`)}</span>
      {job.state === "retrying" && job.lastError ? <span className="job-detail">{t("jobs.outbox.lastError", { error: job.lastError })}</span> : null}
      {detail ? <span className="job-detail">{detail}</span> : null}
    </td>
  );
}

export default function Outbox() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { filter, page, pages, total, counts, jobs } = useLoaderData<typeof loader>();
  const notice = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const base = `/${language}/trainer/outbox`;
  return (
    <section>
      <h1>{t("jobs.outbox.title")}</h1>
      <p className="lead">{t("jobs.outbox.lead")}</p>
      <ul className="stat-list stat-list--compact" aria-label={t("jobs.outbox.countsLabel")} data-testid="outbox-counts">
        {JOB_STATES.map((state) => (
          <li key={state} className="stat">
            <Link to={`${base}?state=${state}`} data-testid={`count-${state}`}>
              <span className="stat__value">{counts[state]}</span> <span className="stat__label">{t(`jobs.states.${state}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <FilterBar
        label={t("jobs.outbox.filtersLabel")}
        applyLabel={t("manage.filter")}
        clearLabel={t("manage.clearFilters")}
        clearTo={base}
        search={{ name: "recipient", label: t("jobs.outbox.recipient"), value: filter.recipient, hint: t("jobs.outbox.recipientHint") }}
        selects={[
          {
            name: "state",
            label: t("jobs.outbox.state"),
            value: filter.state,
            anyLabel: t("manage.any"),
            options: JOB_STATES.map((state) => ({ value: state, label: t(`jobs.states.${state}`) })),
          },
          {
            name: "kind",
            label: t("jobs.outbox.kind"),
            value: filter.kind,
            anyLabel: t("manage.any"),
            options: JOB_KINDS.map((kind) => ({ value: kind, label: t(`jobs.kinds.${jobKindLabelKey(kind)}`) })),
          },
        ]}
      />
      {notice ? (
        <div data-testid="outbox-notice">
          <FormAlert tone={notice.tone}>{notice.message}</FormAlert>
        </div>
      ) : null}
      <ListSummary count={t("jobs.outbox.count", { count: total })} />
      <ListTable
        testId="outbox"
        columns={[
          t("jobs.outbox.columns.queued"),
          t("jobs.outbox.columns.kind"),
          t("jobs.outbox.columns.recipient"),
          t("jobs.outbox.columns.state"),
          t("jobs.outbox.columns.attempts"),
          t("jobs.outbox.columns.actions"),
        ]}
        empty={t("jobs.outbox.empty")}
        rowCount={jobs.length}
      >
        {jobs.map((job) => (
          <tr key={job.id} data-testid="outbox-job">
            <td className="nowrap">{job.queued}</td>
            <td className="outbox__kind">{job.kind}</td>
            <td>
              <span className="outbox__recipient">{job.recipient ?? t("jobs.outbox.noRecipient")}</span>
            </td>
            <StateCell job={job} />
            <td>{job.attempts}</td>
            <td>
              {job.state === "failed" ? (
                <div className="inline-controls outbox__actions">
                  <Form method="post">
                    <input type="hidden" name="jobId" value={job.id} />
                    <button type="submit" name="intent" value="retry" className="button button--small" disabled={busy} aria-label={t("jobs.outbox.retryLabel", { recipient: job.recipient ?? "" })}>
                      {t("jobs.outbox.retry")}
                    </button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="jobId" value={job.id} />
                    <button
                      type="submit"
                      name="intent"
                      value="cancel"
                      className="button button--small button--secondary"
                      disabled={busy}
                      aria-label={t("jobs.outbox.cancelLabel", { recipient: job.recipient ?? "" })}
                    >
                      {t("jobs.outbox.cancel")}
                    </button>
                  </Form>
                </div>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </ListTable>
      <Pagination page={page} pages={pages} />
    </section>
  );
}
