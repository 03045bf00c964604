import { useTranslation } from "react-i18next";
import type { LiveStatus } from "./vocabulary";

export function LiveStatusBadge({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--live-${status}`} data-testid="live-status">{t(`live.status.${status}`)}</span>;
}
