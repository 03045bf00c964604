import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { useCallback, useRef } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "~/platform/forms/Field";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { failedJobKinds } from "~/platform/jobs/job-reports.server";
import { jobKindLabelKey } from "~/platform/jobs/vocabulary";
import { localized } from "~/platform/i18n/localized";
import { checkIn, registerWalkIn, roster, rosterCounts, setAttendance } from "../../attendance.server";
import { AttendanceSelect } from "../../AttendanceSelect";
import { CheckInCard } from "../../CheckInCard";
import { RosterHead } from "../../RosterHead";
import { WalkInCard } from "../../WalkInCard";
import { formatClock, formatSchedule } from "../../schedule";
import { requireTrainingSessionTrainer } from "../../trainer-access.server";
import { isAttendance, registrationStatusOf } from "../../vocabulary";
import { walkInSchema } from "../../walk-in-schema";
import { WalkInFields } from "../../WalkInFields";
import { checkInPath } from "../../check-in/paths";
import { badRequest } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { trainingsStylesheet } from "../../trainings-stylesheet";

export const links: LinksFunction = () => [trainingsStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { user, session } = await requireTrainingSessionTrainer(request, params.id);
  const query = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  const t = await getServerT(language);
  const title = localized(session, "title", language);
  const [rows, counts] = await Promise.all([roster(session.id, query), rosterCounts(session.id)]);
  const failedMails = await failedJobKinds("registration", rows.map((row) => row.id));
  return {
    title: await pageTitle(language, t("trainings.roster.title", { title })),
    session: { id: session.id, title, schedule: formatSchedule(session.startsAt, session.endsAt, session.timeZone, language) },
    query,
    counts,
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      company: row.company,
      phone: row.phone,
      status: row.status,
      attendance: row.attendance,
      checkedInAt: row.checkedInAt ? formatClock(row.checkedInAt, session.timeZone) : null,
      ticketCode: row.ticketCode,
      email: row.email,
      walkIn: row.walkIn,
      failedMails: (failedMails.get(row.id) ?? []).map((kind) => t(`jobs.kinds.${jobKindLabelKey(kind)}`)),
    })),
    outbox: user.role === "admin" ? `/${language}/trainer/outbox?state=failed` : null,
  };
}

type Notice = { tone: "success" | "error"; message: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const { user, session } = await requireTrainingSessionTrainer(request, params.id);
  const t = await getServerT(language);
  const formData = await readFormData(request);
  const intent = formData.get("intent");

  if (intent === "checkin") {
    const result = await checkIn(session.id, String(formData.get("code") ?? ""), user.id);
    const notice: Notice =
      result.kind === "checkedIn" || result.kind === "alreadyCheckedIn"
        ? { tone: "success", message: t(`trainings.roster.${result.kind}`, { name: result.name, time: formatClock(result.at, session.timeZone) }) }
        : result.kind === "cancelledTicket" || result.kind === "waitlistedTicket"
          ? { tone: "error", message: t(`trainings.roster.${result.kind}`, { name: result.name }) }
          : { tone: "error", message: t(`trainings.roster.${result.kind}`) };
    return data({ notice, kind: result.kind }, { status: notice.tone === "error" ? 422 : 200 });
  }

  if (intent === "attendance") {
    const value = formData.get("attendance");
    const attendance = value === "" ? null : isAttendance(value) ? value : undefined;
    const updated = attendance === undefined ? null : await setAttendance(session.id, String(formData.get("registrationId") ?? ""), attendance, user.id);
    if (!updated) return data({ notice: { tone: "error", message: t("errors.badRequest.body") } satisfies Notice, kind: "invalid" }, { status: 400 });
    return { notice: { tone: "success", message: t("trainings.roster.saved", { name: updated.name }) } satisfies Notice, kind: "saved" };
  }

  if (intent === "walkin") {
    const parsed = parseForm(formData, walkInSchema);
    if (!parsed.ok) return rejectForm(formData, parsed.errors);
    const person = await registerWalkIn(session.id, { ...parsed.data, email: parsed.data.email.toLowerCase(), language }, user.id);
    return { notice: { tone: "success", message: t("trainings.roster.walkInAdded", { name: person.name }) } satisfies Notice, kind: "walkIn" };
  }

  throw badRequest();
}

export default function Roster() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { session, query, counts, rows, outbox } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const checkInFetcher = useFetcher<typeof action>();
  const codeInput = useRef<HTMLInputElement>(null);
  const submitCode = useCallback(
    (code: string) => {
      if (codeInput.current) codeInput.current.value = code;
      checkInFetcher.submit({ intent: "checkin", code }, { method: "post" });
    },
    [checkInFetcher],
  );
  const checkInNotice = checkInFetcher.data && "notice" in checkInFetcher.data ? checkInFetcher.data.notice : null;
  const pageNotice = result && "notice" in result ? result.notice : null;
  const walkInRejected = result && "errors" in result ? result : undefined;
  const base = `/${language}/trainer/trainings/${session.id}`;
  return (
    <section className="roster">
      <h1>{t("trainings.roster.title", { title: session.title })}</h1>
      <p className="muted">
        {session.schedule.date} {session.schedule.time} ({session.schedule.zone})
      </p>
      <p data-testid="roster-counts">{t("trainings.roster.counts", counts)}</p>
      <p className="actions">
        <a href={`${base}/roster.csv`} className="button button--secondary" download>
          {t("trainings.roster.exportCsv")}
        </a>
        <Link to={`${base}/sign-in-sheet`} className="button button--secondary">
          {t("trainings.roster.signInSheet")}
        </Link>
        <a href={checkInPath(language, session.id)} className="button button--secondary">
          {t("checkIn.open")}
        </a>
      </p>

      <div className="roster__tools">
        <CheckInCard
          codeInput={codeInput}
          onCode={submitCode}
          notice={checkInNotice}
          form={(fields) => (
            <checkInFetcher.Form method="post" className="stack" noValidate>
              <input type="hidden" name="intent" value="checkin" />
              {fields}
            </checkInFetcher.Form>
          )}
        />

        <WalkInCard>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="walkin" />
            <WalkInFields rejected={walkInRejected} />
            <button type="submit" className="button button--secondary">
              {t("trainings.roster.walkInAdd")}
            </button>
          </Form>
        </WalkInCard>
      </div>

      {pageNotice ? <FormAlert tone={pageNotice.tone}>{pageNotice.message}</FormAlert> : null}

      <Form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="q">{t("trainings.roster.search")}</label>
          <input id="q" name="q" type="search" defaultValue={query} />
        </div>
        <button type="submit" className="button">
          {t("trainings.roster.searchButton")}
        </button>
      </Form>

      {rows.length === 0 ? (
        <p>{t("trainings.roster.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="roster">
            <RosterHead withTicket />
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="roster-row">
                  <td>
                    {row.name}
                    {row.failedMails.map((kind, index) => (
                      <span key={index} className="roster__mail-failed" data-testid="failed-mail">
                        {outbox ? <Link to={`${outbox}&recipient=${encodeURIComponent(row.email)}`}>{t("jobs.roster.failed", { kind })}</Link> : t("jobs.roster.failed", { kind })}
                      </span>
                    ))}
                  </td>
                  <td>{row.company}</td>
                  <td>{t(`trainings.registrationStatus.${registrationStatusOf(row.status)}`)}</td>
                  <td>{row.checkedInAt ?? "—"}</td>
                  <td>
                    {row.status === "confirmed" ? (
                      <Form method="post" className="inline-controls">
                        <input type="hidden" name="intent" value="attendance" />
                        <input type="hidden" name="registrationId" value={row.id} />
                        <AttendanceSelect attendance={row.attendance} label={t("trainings.roster.attendance")} />
                      </Form>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="mono">{row.ticketCode}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
