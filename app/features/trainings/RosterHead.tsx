import { useTranslation } from "react-i18next";

/** The roster table's column headings; the server's roster adds the ticket code. */
export function RosterHead({ withTicket = false }: { withTicket?: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{t("trainings.roster.name")}</th>
        <th scope="col">{t("trainings.roster.company")}</th>
        <th scope="col">{t("trainings.roster.registration")}</th>
        <th scope="col">{t("trainings.roster.checkedInAt")}</th>
        <th scope="col">{t("trainings.roster.attendance")}</th>
        {withTicket ? <th scope="col">{t("trainings.roster.ticket")}</th> : null}
      </tr>
    </thead>
  );
}
