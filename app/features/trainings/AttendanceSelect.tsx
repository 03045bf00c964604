import { useTranslation } from "react-i18next";
import { ATTENDANCE } from "./vocabulary";

/** A roster row's attendance choice and its save button, inside the page's own form. */
export function AttendanceSelect({ attendance, label }: { attendance: string | null; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <select name="attendance" defaultValue={attendance ?? ""} aria-label={label} key={attendance ?? "none"}>
        <option value="">{t("trainings.roster.none")}</option>
        {ATTENDANCE.map((value) => (
          <option key={value} value={value}>
            {t(`trainings.attendance.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small">
        {t("trainings.roster.save")}
      </button>
    </>
  );
}
