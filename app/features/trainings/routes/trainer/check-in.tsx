import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useCallback, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { RejectedForm } from "~/platform/forms/form-state";
import { parseForm, submittedValues } from "~/platform/forms/parse-form";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { localized } from "~/platform/i18n/localized";
import type { CheckInChange } from "../../check-in/changes";
import { DeviceRoster } from "../../check-in/DeviceRoster";
import { decideScan } from "../../check-in/local-roster";
import { checkInPath } from "../../check-in/paths";
import { RefusedChanges } from "../../check-in/RefusedChanges";
import { SyncStatus } from "../../check-in/SyncStatus";
import { useCheckInDevice } from "../../check-in/use-check-in-device";
import { useOfflinePage } from "../../check-in/use-offline-page";
import { CheckInCard } from "../../CheckInCard";
import { WalkInCard } from "../../WalkInCard";
import { formatClock, formatSchedule } from "../../schedule";
import { requireTrainingSessionTrainer } from "../../trainer-access.server";
import type { Attendance } from "../../vocabulary";
import { walkInSchema } from "../../walk-in-schema";
import { WalkInFields } from "../../WalkInFields";
import type { LinksFunction } from "@remix-run/node";
import { trainingsStylesheet } from "../../trainings-stylesheet";

export const links: LinksFunction = () => [trainingsStylesheet];

export const meta: MetaFunction<typeof loader> = (args) => [
  ...titleFromLoader(args),
  ...(args.data ? [{ tagName: "link", rel: "manifest", href: args.data.manifest, crossOrigin: "use-credentials" } as const] : []),
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { session } = await requireTrainingSessionTrainer(request, params.id);
  const t = await getServerT(language);
  const title = localized(session, "title", language);
  const page = checkInPath(language, session.id);
  return {
    title: await pageTitle(language, t("checkIn.title", { title })),
    session: { id: session.id, title, timeZone: session.timeZone, schedule: formatSchedule(session.startsAt, session.endsAt, session.timeZone, language) },
    syncUrl: `${page}/sync`,
    manifest: `${page}/app.webmanifest`,
    roster: `/${language}/trainer/trainings/${session.id}`,
    login: `/${language}/login?${new URLSearchParams({ redirectTo: page })}`,
  };
}

type Notice = { tone: "success" | "error"; message: string };

/**
 * The check-in page for the door (decision 0029): once opened online it
 * works without a network. Scans, walk-ins and attendance are decided and
 * kept on the device, and sync when the network allows.
 */
export default function CheckIn() {
  const { t } = useTranslation();
  const { session, syncUrl, roster: rosterUrl, login } = useLoaderData<typeof loader>();
  useOfflinePage(syncUrl);
  const device = useCheckInDevice(session.id, syncUrl);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [walkInRejected, setWalkInRejected] = useState<RejectedForm | undefined>();
  const [walkInKey, setWalkInKey] = useState(0);
  const codeInput = useRef<HTMLInputElement>(null);
  const time = useCallback((value: string) => formatClock(value, session.timeZone), [session.timeZone]);
  const { roster, record } = device;

  const scan = useCallback(
    (typed: string) => {
      const decision = decideScan(typed, roster);
      if (decision.kind === "checkIn") {
        const at = new Date().toISOString();
        void record({ id: crypto.randomUUID(), kind: "check-in", at, code: decision.person.ticketCode }, decision.person.name);
        setNotice({ tone: "success", message: t("checkIn.local.checkIn", { name: decision.person.name, time: time(at) }) });
      } else if (decision.kind === "alreadyCheckedIn") {
        setNotice({ tone: "success", message: t("checkIn.local.alreadyCheckedIn", { name: decision.person.name, time: time(decision.at) }) });
      } else if (decision.kind === "cancelledTicket" || decision.kind === "waitlistedTicket") {
        setNotice({ tone: "error", message: t(`checkIn.local.${decision.kind}`, { name: decision.person.name }) });
      } else {
        setNotice({ tone: "error", message: t(`checkIn.local.${decision.kind}`) });
      }
      if (codeInput.current) codeInput.current.value = "";
    },
    [roster, record, t, time],
  );

  const submitCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    scan(codeInput.current?.value ?? "");
    codeInput.current?.focus();
  };

  const submitWalkIn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = parseForm(form, walkInSchema);
    if (!parsed.ok) {
      setWalkInRejected({ errors: parsed.errors, values: submittedValues(form) });
      return;
    }
    const person = parsed.data;
    const change: CheckInChange = { id: crypto.randomUUID(), kind: "walk-in", at: new Date().toISOString(), person };
    void record(change, person.name);
    setWalkInRejected(undefined);
    setWalkInKey((key) => key + 1);
    setNotice({ tone: "success", message: t("checkIn.local.walkInAdded", { name: person.name }) });
  };

  const saveAttendance = (registrationId: string, name: string, attendance: Attendance | null) => {
    void record({ id: crypto.randomUUID(), kind: "attendance", at: new Date().toISOString(), registrationId, attendance }, name);
    setNotice({ tone: "success", message: t("checkIn.local.attendanceSaved", { name }) });
  };

  return (
    <section className="roster check-in">
      <h1>{t("checkIn.title", { title: session.title })}</h1>
      <p className="muted">
        {session.schedule.date} {session.schedule.time} ({session.schedule.zone})
      </p>
      <p>{t("checkIn.lead")}</p>
      <p className="actions">
        <a href={rosterUrl} className="button button--secondary">
          {t("checkIn.backToRoster")}
        </a>
      </p>

      <SyncStatus
        online={device.online}
        waiting={device.waiting.length}
        syncing={device.syncing}
        outcome={device.outcome}
        pulledAt={device.pulledAt}
        formatTime={time}
        loginUrl={login}
        onSync={() => void device.sync()}
      />
      <RefusedChanges refused={device.refused} onDismiss={(id) => void device.dismiss(id)} />

      <div className="roster__tools">
        <CheckInCard
          codeInput={codeInput}
          onCode={scan}
          notice={notice}
          disabled={!device.loaded}
          form={(fields) => (
            <form className="stack" noValidate onSubmit={submitCode}>
              {fields}
            </form>
          )}
        />

        <WalkInCard>
          <form key={walkInKey} className="stack" noValidate onSubmit={submitWalkIn}>
            <WalkInFields rejected={walkInRejected} />
            <button type="submit" className="button button--secondary" disabled={!device.loaded}>
              {t("trainings.roster.walkInAdd")}
            </button>
          </form>
        </WalkInCard>
      </div>

      <DeviceRoster roster={roster} waiting={device.waiting} formatTime={time} onAttendance={saveAttendance} />
    </section>
  );
}
