import { ChartFrame, shareTone } from "./ChartFrame";
import { wrapText } from "./wrap-text";

export type Bar = { label: string; value: number | null; valueLabel: string };

const WIDTH = 360;
const PAD = 4;
const FONT = 14;
const LINE = 19;
const BAR = 14;
const GAP = 14;
const VALUE_SPACE = 100;

/**
 * Horizontal bars for shares 0–1, one per item, each with its full label
 * wrapped above it, so long question texts in either language stay readable
 * on a phone.
 */
export function BarChart({ title, summary, bars, testId }: { title: string; summary: string; bars: Bar[]; testId?: string }) {
  const track = WIDTH - 2 * PAD - VALUE_SPACE;
  let y = PAD;
  const rows = bars.map((bar) => {
    const lines = wrapText(bar.label, (WIDTH - 2 * PAD) / FONT);
    const top = y;
    y += lines.length * LINE + 4 + BAR + GAP;
    return { bar, lines, top };
  });
  return (
    <ChartFrame title={title} summary={summary} width={WIDTH} height={Math.max(y, 40)} testId={testId}>
      {rows.map(({ bar, lines, top }, index) => {
        const barTop = top + lines.length * LINE + 4;
        const barWidth = bar.value === null ? 0 : Math.max(2, bar.value * track);
        return (
          <g key={index} className={`chart__item chart__item--${shareTone(bar.value)}`}>
            <text className="chart__label" x={PAD} y={top} fontSize={FONT}>
              {lines.map((line, lineIndex) => (
                <tspan key={lineIndex} x={PAD} dy={lineIndex === 0 ? FONT : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <rect className="chart__track" x={PAD} y={barTop} width={track} height={BAR} rx={2} />
            <rect className="chart__bar" x={PAD} y={barTop} width={barWidth} height={BAR} rx={2} />
            <text className="chart__value" x={PAD + track + 6} y={barTop + BAR - 2} fontSize={FONT - 1}>
              {bar.valueLabel}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
