import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { jobRoleOf, ROLES } from "~/features/auth/roles";
import { getServerT } from "~/features/i18n/i18next.server";
import { htmlLang } from "~/features/i18n/languages";
import { pageTitle, routeLanguage } from "~/features/i18n/route-language.server";
import { usePageLanguage } from "~/features/i18n/use-page-language";
import { titleFromLoader } from "~/features/shell/page-title";
import { formatSchedule } from "~/features/trainings/schedule";
import { localized } from "~/lib/localized";
import { accountCountsByRole, newestAccounts, sessionsForTrainer } from "../accounts.server";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const t = await getServerT(language);
  const [counts, newest, sessions] = await Promise.all([accountCountsByRole(), newestAccounts(10), sessionsForTrainer(user)]);
  return {
    title: await pageTitle(language, t("trainer.overview.title")),
    counts,
    newest,
    sessions: sessions.map((session) => ({
      id: session.id,
      title: localized(session, "title", language),
      city: localized(session, "city", language),
      schedule: formatSchedule(session.startsAt, session.endsAt, session.timeZone, language),
      confirmed: session.confirmedCount,
      capacity: session.capacity,
      waitlisted: session._count.registrations,
    })),
  };
}

export default function TrainerOverview() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { counts, newest, sessions } = useLoaderData<typeof loader>();
  const dateFormat = new Intl.DateTimeFormat(htmlLang(language), { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  return (
    <section>
      <h1>{t("trainer.overview.title")}</h1>
      <p className="lead">{t("trainer.overview.lead")}</p>
      <p className="actions">
        <Link to={`/${language}/trainer/bulletins`} className="button button--secondary">
          {t("bulletins.trainer.title")}
        </Link>
      </p>
      <h2>{t("trainer.overview.sessions")}</h2>
      {sessions.length === 0 ? (
        <p>{t("trainer.overview.noSessions")}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="trainer-sessions">
            <thead>
              <tr>
                <th scope="col">{t("trainer.overview.session")}</th>
                <th scope="col">{t("trainings.detail.when")}</th>
                <th scope="col">{t("trainer.overview.registrations")}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <td>
                    <Link to={`/${language}/trainer/trainings/${session.id}`}>{session.title}</Link>
                    <br />
                    <span className="muted">{session.city}</span>
                  </td>
                  <td>{session.schedule.date}</td>
                  <td>{t("trainer.overview.registrationCounts", { confirmed: session.confirmed, capacity: session.capacity, waitlisted: session.waitlisted })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
                  <td>{account.name}</td>
                  <td>{account.company}</td>
                  <td>{t(`common.jobRoles.${jobRoleOf(account.jobRole)}`)}</td>
                  <td>{dateFormat.format(new Date(account.createdAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
