import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { jobRoleOf, ROLES } from "~/features/auth/roles";
import { formatDate } from "~/features/courses/format";
import { getServerT } from "~/features/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/features/i18n/route-language.server";
import { usePageLanguage } from "~/features/i18n/use-page-language";
import { titleFromLoader } from "~/features/shell/page-title";
import { isAttendance } from "~/features/trainings/vocabulary";
import { accountCountsByRole, newestAccounts } from "../accounts.server";
import { completionTime, recentCompletions, upcomingSessions } from "../overview.server";
import { sessionStatusOf } from "../sessions/session-status";
import { TrainerNav } from "../TrainerNav";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const t = await getServerT(language);
  const [counts, newest, sessions, completions] = await Promise.all([
    accountCountsByRole(),
    newestAccounts(10),
    upcomingSessions(user, language),
    recentCompletions(user, language),
  ]);
  return {
    title: await pageTitle(language, t("trainer.overview.title")),
    isAdmin: user.role === "admin",
    counts,
    newest: newest.map((account) => ({ ...account, jobRole: jobRoleOf(account.jobRole), joined: formatDate(account.createdAt, language) })),
    sessions: sessions.map((session) => ({ ...session, status: sessionStatusOf(session.status) })),
    completions: completions.map((completion) => ({ ...completion, at: completionTime(completion.at, language), detail: isAttendance(completion.detail) ? completion.detail : null })),
  };
}

export default function TrainerOverview() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { isAdmin, counts, newest, sessions, completions } = useLoaderData<typeof loader>();
  const base = `/${language}/trainer`;
  return (
    <section>
      <TrainerNav language={language} />
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
      {sessions.length === 0 ? (
        <p>{t("trainer.overview.noSessions")}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="trainer-sessions">
            <thead>
              <tr>
                <th scope="col">{t("trainer.overview.session")}</th>
                <th scope="col">{t("trainings.detail.when")}</th>
                <th scope="col">{t("manage.sessions.columns.status")}</th>
                <th scope="col">{t("trainer.overview.registrations")}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <td>
                    <Link to={`${base}/trainings/${session.id}`}>{session.title}</Link>
                    <br />
                    <span className="muted">{session.city}</span>
                  </td>
                  <td>
                    {session.schedule.date}
                    <br />
                    <span className="muted">{session.schedule.time}</span>
                  </td>
                  <td>{t(`trainings.status.${session.status}`)}</td>
                  <td>{t("trainer.overview.registrationCounts", { confirmed: session.confirmed, capacity: session.capacity, waitlisted: session.waitlisted })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t("trainer.completions.heading")}</h2>
      <p className="muted">{t(isAdmin ? "trainer.completions.scopeAdmin" : "trainer.completions.scope")}</p>
      {completions.length === 0 ? (
        <p>{t("trainer.completions.none")}</p>
      ) : (
        <>
          <p className="actions">
            <a href={`${base}/completions.csv`} className="button button--small button--secondary" download>
              {t("manage.exportCsv")}
            </a>
          </p>
          <div className="table-scroll">
            <table data-testid="recent-completions">
              <thead>
                <tr>
                  <th scope="col">{t("trainer.completions.when")}</th>
                  <th scope="col">{t("auth.fields.name")}</th>
                  <th scope="col">{t("trainer.completions.kind")}</th>
                  <th scope="col">{t("trainer.completions.title")}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        </>
      )}

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
      {newest.length === 0 ? (
        <p>{t("trainer.overview.none")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("auth.fields.name")}</th>
                <th scope="col">{t("auth.fields.company")}</th>
                <th scope="col">{t("auth.fields.jobRole")}</th>
                <th scope="col">{t("trainer.overview.joined")}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
