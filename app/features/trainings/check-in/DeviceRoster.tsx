import { useTranslation } from "react-i18next";
import { AttendanceSelect } from "../AttendanceSelect";
import { RosterHead } from "../RosterHead";
import { isAttendance, type Attendance } from "../vocabulary";
import type { RosterEntry } from "./changes";
import type { QueuedChange } from "./device-store";

type Props = {
  roster: RosterEntry[];
  waiting: QueuedChange[];
  formatTime: (value: string) => string;
  onAttendance: (registrationId: string, name: string, attendance: Attendance | null) => void;
};

/** The roster as this device holds it; people with changes not yet synced are marked. */
export function DeviceRoster({ roster, waiting, formatTime, onAttendance }: Props) {
  const { t } = useTranslation();
  const unsynced = new Set(waiting.flatMap(({ id, change }) => [id, change.kind === "attendance" ? change.registrationId : ""]));
  const scanned = new Set(waiting.flatMap(({ change }) => (change.kind === "check-in" ? [change.code] : [])));
  return (
    <section aria-labelledby="device-roster-heading">
      <h2 id="device-roster-heading">{t("checkIn.rosterTitle")}</h2>
      <div className="table-scroll">
        <table data-testid="device-roster">
          <RosterHead />
          <tbody>
            {roster.map((person) => (
              <tr key={person.id} data-testid="device-roster-row">
                <td>
                  {person.name}
                  {unsynced.has(person.id) || scanned.has(person.ticketCode) ? <span className="muted"> ({t("checkIn.notSynced")})</span> : null}
                </td>
                <td>{person.company}</td>
                <td>{t(`trainings.registrationStatus.${person.status}`)}</td>
                <td>{person.checkedInAt ? formatTime(person.checkedInAt) : "—"}</td>
                <td>
                  {person.status === "confirmed" && person.ticketCode ? (
                    <form
                      className="inline-controls"
                      onSubmit={(event) => {
                        event.preventDefault();
                        const value = new FormData(event.currentTarget).get("attendance");
                        onAttendance(person.id, person.name, isAttendance(value) ? value : null);
                      }}
                    >
                      <AttendanceSelect attendance={person.attendance} label={`${t("trainings.roster.attendance")}: ${person.name}`} />
                    </form>
                  ) : person.attendance ? (
                    t(`trainings.attendance.${person.attendance}`)
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
