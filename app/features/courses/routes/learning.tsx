import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/features/auth/guards.server";
import { heldCertificates } from "~/features/certificates/holder.server";
import { MyCertificates } from "~/features/certificates/MyCertificates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { formatDate } from "~/platform/i18n/dates";
import { myLearning } from "../learning.server";
import { ProgressBar } from "../ProgressBar";
import type { LinksFunction } from "@remix-run/node";
import { coursesStylesheet } from "../courses-stylesheet";
import { certificatesStylesheet } from "~/features/certificates/certificates-stylesheet";

export const links: LinksFunction = () => [coursesStylesheet, certificatesStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const t = await getServerT(language);
  const [entries, certificates] = await Promise.all([myLearning(user.id, language), heldCertificates(user.id, language)]);
  return {
    certificates,
    emailConfirmed: Boolean(user.emailVerifiedAt),
    title: await pageTitle(language, t("courses.learning.title")),
    inProgress: entries.filter((entry) => !entry.completedAt),
    completed: entries.filter((entry) => entry.completedAt),
  };
}

export default function MyLearning() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { inProgress, completed, certificates, emailConfirmed } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t("courses.learning.title")}</h1>
      <p className="lead">{t("courses.learning.lead")}</p>
      <h2>{t("courses.learning.inProgress")}</h2>
      {inProgress.length === 0 ? (
        <p>
          {t("courses.learning.noneInProgress")} <Link to={`/${language}/courses`}>{t("courses.learning.browse")}</Link>
        </p>
      ) : (
        <ul className="learning-list" data-testid="in-progress">
          {inProgress.map((entry) => (
            <li key={entry.slug} className="card">
              <h3>
                <Link to={`/${language}/courses/${entry.slug}`}>{entry.title}</Link>
              </h3>
              <ProgressBar done={entry.doneModules} total={entry.totalModules} />
              <p className="muted">
                {t("courses.catalog.progress", { done: entry.doneModules, total: entry.totalModules })} ·{" "}
                {t("courses.learning.lastVisit", { date: formatDate(entry.lastVisitAt, language) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("courses.learning.completed")}</h2>
      {completed.length === 0 ? (
        <p>{t("courses.learning.noneCompleted")}</p>
      ) : (
        <ul className="learning-list" data-testid="completed">
          {completed.map((entry) => (
            <li key={entry.slug} className="card">
              <h3>
                <Link to={`/${language}/courses/${entry.slug}`}>{entry.title}</Link>
              </h3>
              <p className="muted">{t("courses.learning.completedOn", { date: formatDate(entry.completedAt!, language) })}</p>
            </li>
          ))}
        </ul>
      )}
      <MyCertificates certificates={certificates} emailConfirmed={emailConfirmed} />
    </section>
  );
}
