import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * Time left until the start, ticking every second in the browser (the
 * server renders nothing, so server and browser never disagree). Past the
 * start it says the webinar is due to begin.
 */
export function Countdown({ startsAt }: { startsAt: string }) {
  const { t } = useTranslation();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (now === null) return null;
  const left = Math.floor((new Date(startsAt).getTime() - now) / 1000);
  if (left <= 0) return <p className="countdown" data-testid="countdown">{t("live.countdown.due")}</p>;
  const days = Math.floor(left / 86_400);
  const clock = `${pad(Math.floor((left % 86_400) / 3600))}:${pad(Math.floor((left % 3600) / 60))}:${pad(left % 60)}`;
  return (
    <p className="countdown" data-testid="countdown">
      {days > 0 ? t("live.countdown.startsInDays", { days, clock }) : t("live.countdown.startsIn", { clock })}
    </p>
  );
}
