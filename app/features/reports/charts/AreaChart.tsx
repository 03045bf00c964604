import { ChartFrame } from "./ChartFrame";

export type Point = { x: number; y: number | null; label: string };

const WIDTH = 360;
const HEIGHT = 250;
const LEFT = 46;
const RIGHT = 14;
const TOP = 14;
const BOTTOM = 56;
const FONT = 15;
const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1];

/**
 * A line with the area below it, for shares (0–1) over the length of a
 * video; `xTicks` are positions on the x axis with their labels.
 */
export function AreaChart({ title, summary, points, xMax, xTicks, axisLabel, percent, testId }: {
  title: string;
  summary: string;
  points: Point[];
  xMax: number;
  xTicks: { x: number; label: string }[];
  axisLabel: string;
  percent: (value: number) => string;
  testId?: string;
}) {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const xOf = (value: number) => LEFT + (value / xMax) * plotWidth;
  const yOf = (value: number) => TOP + plotHeight - value * plotHeight;
  const drawn = points.filter((point): point is Point & { y: number } => point.y !== null);
  const line = drawn.map((point, index) => `${index === 0 ? "M" : "L"}${xOf(point.x).toFixed(1)},${yOf(point.y).toFixed(1)}`).join(" ");
  const area = drawn.length ? `${line} L${xOf(drawn[drawn.length - 1]!.x).toFixed(1)},${yOf(0)} L${xOf(drawn[0]!.x).toFixed(1)},${yOf(0)} Z` : "";
  return (
    <ChartFrame title={title} summary={summary} width={WIDTH} height={HEIGHT} testId={testId}>
      {SHARE_TICKS.map((tick) => (
        <g key={tick}>
          <line className="chart__grid" x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(tick)} y2={yOf(tick)} />
          <text className="chart__axis" x={LEFT - 6} y={yOf(tick) + 4} fontSize={FONT - 1} textAnchor="end">
            {percent(tick)}
          </text>
        </g>
      ))}
      {area ? <path className="chart__area" d={area} /> : null}
      {line ? <path className="chart__line" d={line} /> : null}
      {drawn.map((point, index) => (
        <circle key={index} className="chart__point" cx={xOf(point.x)} cy={yOf(point.y)} r={3}>
          <title>{point.label}</title>
        </circle>
      ))}
      {xTicks.map((tick) => (
        <text key={tick.x} className="chart__axis" x={xOf(tick.x)} y={TOP + plotHeight + 18} fontSize={FONT - 1} textAnchor="middle">
          {tick.label}
        </text>
      ))}
      <text className="chart__axis-title" x={LEFT + plotWidth / 2} y={HEIGHT - 8} fontSize={FONT} textAnchor="middle">
        {axisLabel}
      </text>
    </ChartFrame>
  );
}
