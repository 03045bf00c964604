import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { formatDate } from "~/platform/i18n/dates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { ListTable } from "~/platform/shell/ListTable";
import { titleFromLoader } from "~/platform/shell/page-title";
import { listManagedWebinars } from "../../manage/webinar-admin.server";
import { videoStateOf } from "../../manage/video-state";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("webinarAdmin.list.title")), webinars: await listManagedWebinars(language) };
}

export default function TrainerWebinars() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { webinars } = useLoaderData<typeof loader>();
  const base = `/${language}/trainer/webinars`;
  return (
    <section>
      <h1>{t("webinarAdmin.list.title")}</h1>
      <p className="lead">{t("webinarAdmin.list.lead")}</p>
      <p className="actions">
        <Link to={`${base}/new`} className="button">
          {t("webinarAdmin.list.new")}
        </Link>
      </p>
      <ListTable
        testId="managed-webinars"
        columns={[
          t("webinarAdmin.list.columns.title"),
          t("webinarAdmin.list.columns.origin"),
          t("webinarAdmin.list.columns.status"),
          t("webinarAdmin.list.columns.video"),
          t("webinarAdmin.list.columns.recorded"),
          t("webinarAdmin.list.columns.actions"),
        ]}
        empty={t("webinarAdmin.list.empty")}
        rowCount={webinars.length}
      >
        {webinars.map((webinar) => (
          <tr key={webinar.id} data-testid="managed-webinar">
            <td>{webinar.title}</td>
            <td>{t(`webinarAdmin.origin.${webinar.origin}`)}</td>
            <td>{t(webinar.published ? "webinarAdmin.published.yes" : "webinarAdmin.published.no")}</td>
            <td>{t(`webinarAdmin.videoState.${videoStateOf(webinar)}`)}</td>
            <td>{formatDate(webinar.recordedOn, language)}</td>
            <td className="table-actions">
              <Link to={`${base}/${webinar.id}`}>{t("webinarAdmin.list.edit")}</Link>
            </td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
