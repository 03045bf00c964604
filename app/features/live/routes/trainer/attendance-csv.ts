import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { csvResponse, toCsv } from "~/platform/csv/csv.server";
import { attendanceReport } from "../../attendance.server";
import { requireHostedLiveWebinar } from "../../live-webinars.server";

/** The attendance report as CSV: minutes watched (to the tenth), share of the broadcast, first and last seen (UTC, ISO 8601). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const webinar = await requireHostedLiveWebinar(params.id, user);
  const t = await getServerT(language);
  const { rows } = await attendanceReport(webinar);
  const column = (name: "name" | "email" | "minutes" | "share" | "firstSeen" | "lastSeen") => t(`live.attendance.csvColumns.${name}`);
  const csv = toCsv(
    [column("name"), column("email"), column("minutes"), column("share"), column("firstSeen"), column("lastSeen")],
    rows.map((row) => [row.name, row.email, Math.round(row.secondsWatched / 6) / 10, Math.round(row.share * 100), row.firstSeenAt, row.lastSeenAt]),
  );
  return csvResponse(csv, `attendance-${webinar.code}.csv`);
}
