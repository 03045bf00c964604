import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/platform/i18n/languages";
import { formatSchedule } from "~/features/trainings/schedule";
import { BEIJING } from "./vocabulary";

/**
 * A live webinar's time in Beijing (rendered on the server) and, once the
 * page runs in the browser, in the viewer's own zone when that differs.
 */
export function LiveTimes({ startsAt, endsAt, language }: { startsAt: string; endsAt: string; language: Language }) {
  const { t } = useTranslation();
  const [viewerZone, setViewerZone] = useState<string | null>(null);
  useEffect(() => setViewerZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const beijing = formatSchedule(startsAt, endsAt, BEIJING, language);
  const own = viewerZone && viewerZone !== BEIJING ? formatSchedule(startsAt, endsAt, viewerZone, language) : null;
  return (
    <p className="live-times">
      <span data-testid="beijing-time">{t("live.times.beijing", { date: beijing.date, time: beijing.time })}</span>
      {own ? (
        <>
          <br />
          <span data-testid="viewer-time">{t("live.times.yours", { date: own.date, time: own.time, zone: own.zone })}</span>
        </>
      ) : null}
    </p>
  );
}
