import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { formatDate } from "~/platform/i18n/dates";
import { FormAlert } from "~/platform/forms/Field";
import { readFormData } from "~/platform/forms/read-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { batchProgress } from "~/platform/jobs/job-reports.server";
import { MailProgress } from "~/platform/jobs/MailProgress";
import { ListTable } from "~/platform/shell/ListTable";
import { titleFromLoader } from "~/platform/shell/page-title";
import { bulletinMonths } from "../../bulletins.server";
import { publicationBatch, publishBulletin } from "../../publish-bulletin.server";
import { pendingTranslations } from "../../translations.server";
import { formatMonth, isMonth } from "../../vocabulary";
import { badRequest } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { recallsStylesheet } from "../../recalls-stylesheet";

export const links: LinksFunction = () => [recallsStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const t = await getServerT(language);
  const [months, pending] = await Promise.all([bulletinMonths({ includeUnpublished: true }), pendingTranslations()]);
  const mails = await batchProgress(months.filter((entry) => entry.publishedAt).map((entry) => publicationBatch(entry.month)));
  return {
    title: await pageTitle(language, t("bulletins.trainer.title")),
    months: months.map((entry) => ({
      month: entry.month,
      name: formatMonth(entry.month, language),
      recalls: entry.recalls,
      published: entry.publishedAt ? formatDate(entry.publishedAt, language) : null,
      pending: pending.filter((recall) => recall.month === entry.month && recall.pending.includes(language)).length,
      mails: mails.get(publicationBatch(entry.month)) ?? null,
    })),
    outbox: user.role === "admin" ? `/${language}/trainer/outbox?kind=mail.bulletin&state=failed` : undefined,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const month = (await readFormData(request)).get("month");
  if (!isMonth(month)) throw badRequest();
  const t = await getServerT(language);
  const monthName = formatMonth(month, language);
  const result = await publishBulletin(month, user.id);
  if (result.kind === "empty") return data({ tone: "error" as const, message: t("bulletins.trainer.emptyMonth", { month: monthName }) }, { status: 404 });
  if (result.kind === "alreadyPublished") return { tone: "success" as const, message: t("bulletins.trainer.alreadyPublished", { month: monthName }) };
  return { tone: "success" as const, message: t("bulletins.trainer.publishedNotice", { month: monthName, count: result.queued }) };
}

export default function TrainerBulletins() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { months, outbox } = useLoaderData<typeof loader>();
  const notice = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <section>
      <h1>{t("bulletins.trainer.title")}</h1>
      <p className="lead">{t("bulletins.trainer.lead")}</p>
      <p className="actions">
        <Link to={`/${language}/trainer/recalls/import`} className="button">
          {t("bulletins.trainer.import")}
        </Link>
        <Link to={`/${language}/trainer/translations`} className="button button--secondary">
          {t("bulletins.trainer.translations")}
        </Link>
      </p>
      {notice ? (
        <div data-testid="publish-result">
          <FormAlert tone={notice.tone}>{notice.message}</FormAlert>
        </div>
      ) : null}
      <ListTable
        testId="trainer-bulletins"
        columns={[t("bulletins.trainer.month"), t("bulletins.trainer.recalls"), t("bulletins.trainer.status")]}
        empty={t("bulletins.trainer.empty")}
        rowCount={months.length}
      >
        {months.map((entry) => (
          <tr key={entry.month} data-testid={`month-${entry.month}`}>
            <td>
              <Link to={`/${language}/bulletins/${entry.month}`}>{entry.name}</Link>
            </td>
            <td>
              {entry.recalls}
              {entry.pending ? (
                <>
                  <br />
                  <Link to={`/${language}/trainer/translations`} className="muted">
                    {t("bulletins.trainer.pendingCount", { count: entry.pending })}
                  </Link>
                </>
              ) : null}
            </td>
            <td>
              {entry.published ? (
                <>
                  {t("bulletins.trainer.published", { date: entry.published })}
                  {entry.mails ? <MailProgress progress={entry.mails} outbox={outbox} /> : null}
                </>
              ) : (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="month" value={entry.month} />
                  <button type="submit" className="button button--small" disabled={busy}>
                    {t("bulletins.trainer.publish", { month: entry.name })}
                  </button>
                </Form>
              )}
            </td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
