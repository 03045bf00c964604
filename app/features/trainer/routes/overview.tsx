import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { jobRoleOf, ROLES } from "~/platform/access/roles";
import { formatDate } from "~/platform/i18n/dates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { ListTable } from "~/platform/shell/ListTable";
import { titleFromLoader } from "~/platform/shell/page-title";
import { isAttendance } from "~/features/trainings/vocabulary";
import { accountCountsByRole, newestAccounts } from "../accounts.server";
import { completionTime, recentCompletions, upcomingTrainingSessions } from "../overview.server";
import { reviewsDue } from "../reviews-due.server";
import { TrainingSessionCells } from "~/features/trainings/manage/TrainingSessionCells";
import { trainingSessionStatusOf } from "~/features/trainings/manage/session-status";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const t = await getServerT(language);
  const [counts, newest, sessions, completions, reviews] = await Promise.all([
    accountCountsByRole(),
    newestAccounts(10),
    upcomingTrainingSessions(user, language),
    recentCompletions(user, language),
    reviewsDue(language),
  ]);
  return {
    title: await pageTitle(language, t("trainer.overview.title")),
    isAdmin: user.role === "admin",
    counts,
    newest: newest.map((account) => ({ ...account, jobRole: jobRoleOf(account.jobRole), joined: formatDate(account.createdAt, language) })),
    sessions: sessions.map((session) => ({ ...session, status: trainingSessionStatusOf(session.status) })),
    completions: completions.map((completion) => ({ ...completion, at: completionTime(completion.at, language), detail: isAttendance(completion.detail) ? completion.detail : null })),
    reviews: reviews.map(({ kind, title, href, reviewed }) => ({ kind, title, href, reviewed })),
  };
}

export default function TrainerOverview() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { isAdmin, counts, newest, sessions, completions, reviews } = useLoaderData<typeof loader>();
  const base = `/${language}/trainer`;
  return (
    <section>
      <h1>{t("trainer.overview.title")}</h1>
      <p className="lead">{t(isAdmin ? "trainer.overview.leadAdmin" : "trainer.overview.lead")}</p>

      <h2>{t(isAdmin ? "trainer.overview.sessionsAll" : "trainer.overview.sessions")}</h2>
      <p className="actions">
        <Link to={`${base}/sessions/new`} className="button button--small">
          {t("manage.sessions.new")}
        </Link>
        <a href={`${base}/sessions/export.csv?period=upcoming`} className="button button--small button--secondary" download>
          {t("manage.exportCsv")}
        </a>
      </p>
      <ListTable
        testId="trainer-sessions"
        columns={[t("trainer.overview.session"), t("trainings.detail.when"), t("manage.sessions.columns.status"), t("trainer.overview.registrations")]}
        empty={t("trainer.overview.noSessions")}
        rowCount={sessions.length}
      >
        {sessions.map((session) => (
          <tr key={session.id}>
            <TrainingSessionCells session={session} href={`${base}/trainings/${session.id}`} />
            <td>{t(`trainings.status.${session.status}`)}</td>
            <td>{t("trainer.overview.registrationCounts", { confirmed: session.confirmed, capacity: session.capacity, waitlisted: session.waitlisted })}</td>
          </tr>
        ))}
      </ListTable>

      <h2>{t("trainer.completions.heading")}</h2>
      <p className="muted">{t(isAdmin ? "trainer.completions.scopeAdmin" : "trainer.completions.scope")}</p>
      {completions.length > 0 ? (
        <p className="actions">
          <a href={`${base}/completions.csv`} className="button button--small button--secondary" download>
            {t("manage.exportCsv")}
          </a>
        </p>
      ) : null}
      <ListTable
        testId="recent-completions"
        columns={[t("trainer.completions.when"), t("auth.fields.name"), t("trainer.completions.kind"), t("trainer.completions.title")]}
        empty={t("trainer.completions.none")}
        rowCount={completions.length}
      >
        {completions.map((completion, index) => (
          <tr key={`${completion.kind}-${completion.userId}-${index}`}>
            <td>{completion.at}</td>
            <td>{completion.userId ? <Link to={`${base}/people/${completion.userId}`}>{completion.name}</Link> : completion.name}</td>
            <td>
              {t(`manage.record.kinds.${completion.kind}`)}
              {completion.detail ? ` · ${t(`trainings.attendance.${completion.detail}`)}` : ""}
            </td>
            <td>{completion.title}</td>
          </tr>
        ))}
      </ListTable>

      <h2>{t("trainer.reviews.heading")}</h2>
      <p className="muted">{t("trainer.reviews.lead")}</p>
      <ListTable
        testId="reviews-due"
        columns={[t("trainer.reviews.kind"), t("trainer.reviews.title"), t("trainer.reviews.reviewed")]}
        empty={t("trainer.reviews.none")}
        rowCount={reviews.length}
      >
        {reviews.map((review) => (
          <tr key={review.href}>
            <td>{t(`trainer.reviews.kinds.${review.kind}`)}</td>
            <td>
              <Link to={review.href}>{review.title}</Link>
            </td>
            <td>{review.reviewed ?? t("trainer.reviews.never")}</td>
          </tr>
        ))}
      </ListTable>

      <h2>{t("trainer.overview.accounts")}</h2>
      <ul className="stat-list">
        {ROLES.map((role) => (
          <li key={role} className="stat">
            <span className="stat__value">{counts[role] ?? 0}</span>
            <span className="stat__label">{t(`common.roles.${role}`)}</span>
          </li>
        ))}
      </ul>
      <h2>{t("trainer.overview.recentSignups")}</h2>
      <ListTable
        testId="recent-signups"
        columns={[t("auth.fields.name"), t("auth.fields.company"), t("auth.fields.jobRole"), t("trainer.overview.joined")]}
        empty={t("trainer.overview.none")}
        rowCount={newest.length}
      >
        {newest.map((account) => (
          <tr key={account.id}>
            <td>
              <Link to={`${base}/people/${account.id}`}>{account.name}</Link>
            </td>
            <td>{account.company}</td>
            <td>{t(`common.jobRoles.${account.jobRole}`)}</td>
            <td>{account.joined}</td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
