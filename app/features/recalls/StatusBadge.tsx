import { useTranslation } from "react-i18next";
import { TRANSLATION_STATUSES, type TranslationStatus } from "./vocabulary";

/** The state of a recall's text in one language. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known: TranslationStatus = (TRANSLATION_STATUSES as readonly string[]).includes(status) ? (status as TranslationStatus) : "missing";
  return <span className={`badge badge--${known}`}>{t(`bulletins.statuses.${known}`)}</span>;
}
