import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { jobRoleOf, ROLES } from "~/features/auth/roles";
import { getServerT } from "~/features/i18n/i18next.server";
import { htmlLang } from "~/features/i18n/languages";
import { pageTitle, routeLanguage } from "~/features/i18n/route-language.server";
import { usePageLanguage } from "~/features/i18n/use-page-language";
import { titleFromLoader } from "~/features/shell/page-title";
import { accountCountsByRole, newestAccounts } from "../accounts.server";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  const [counts, newest] = await Promise.all([accountCountsByRole(), newestAccounts(10)]);
  return { title: await pageTitle(language, t("trainer.overview.title")), counts, newest };
}

export default function TrainerOverview() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { counts, newest } = useLoaderData<typeof loader>();
  const dateFormat = new Intl.DateTimeFormat(htmlLang(language), { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  return (
    <section>
      <h1>{t("trainer.overview.title")}</h1>
      <p className="lead">{t("trainer.overview.lead")}</p>
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
