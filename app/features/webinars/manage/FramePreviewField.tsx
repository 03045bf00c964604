import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldMessage } from "~/platform/forms/parse-form";
import { clockTime, parseClockTime } from "../chapters";

/** Wait this long after the last key before asking the server for a frame. */
const SETTLE_MS = 300;

export type FramePreviewSource = { frames: string | null; durationSeconds: number };

/**
 * A time field (m:ss) with a slider and a preview of the video's frame at that
 * time, taken by the server from the transcoded stream. The time previewed is
 * read from the field by the same parser the server uses when saving, so what
 * the trainer sees is the second that is stored.
 */
export function FramePreviewField(props: { id: string; name: string; label: string; defaultValue: string; error?: FieldMessage; source: FramePreviewSource }) {
  const { t } = useTranslation();
  const { id, error, source } = props;
  const [text, setText] = useState(props.defaultValue);
  const lastSecond = Math.max(0, Math.ceil(source.durationSeconds) - 1);
  const typed = parseClockTime(text);
  const second = typed !== null && typed <= lastSecond ? typed : null;
  const [shown, setShown] = useState<number | null>(second);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => {
      setShown(second);
      setFailed(false);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [second]);

  const note = !source.frames
    ? t("webinarAdmin.framePreview.noVideo")
    : typed === null
      ? t("webinarAdmin.framePreview.invalid")
      : second === null
        ? t("webinarAdmin.framePreview.afterEnd")
        : failed && shown === second
          ? t("webinarAdmin.framePreview.failed")
          : t("webinarAdmin.framePreview.caption", { time: clockTime(second) });
  return (
    <div className={error ? "field field--invalid frame-preview-field" : "field frame-preview-field"}>
      <label htmlFor={id}>{props.label}</label>
      <input id={id} name={props.name} value={text} onChange={(event) => setText(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t(error.key, error.values)}
        </p>
      ) : null}
      {source.frames ? (
        <>
          <label htmlFor={`${id}-slider`} className="frame-preview__slider-label">
            {t("webinarAdmin.framePreview.slider")}
          </label>
          <input
            id={`${id}-slider`}
            type="range"
            min={0}
            max={lastSecond}
            step={1}
            value={second ?? 0}
            aria-valuetext={clockTime(second ?? 0)}
            onChange={(event) => setText(clockTime(Number(event.target.value)))}
          />
        </>
      ) : null}
      <figure className="frame-preview" data-testid={`${id}-preview`}>
        {source.frames && shown !== null && !failed ? (
          <img
            key={shown}
            src={`${source.frames}&at=${shown}`}
            alt={t("webinarAdmin.framePreview.alt", { time: clockTime(shown) })}
            data-at={shown}
            width={480}
            height={270}
            onError={() => setFailed(true)}
          />
        ) : null}
        <figcaption id={`${id}-preview-note`} aria-live="polite">
          {note}
        </figcaption>
      </figure>
    </div>
  );
}
