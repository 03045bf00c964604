import { ChartFrame, countTicks } from "./ChartFrame";

export type Column = { count: number; label: string };

const WIDTH = 360;
const HEIGHT = 250;
const LEFT = 30;
const RIGHT = 8;
const TOP = 18;
const BOTTOM = 56;
const FONT = 15;

/**
 * Vertical bars over equal buckets; `edges` are the labels of the bucket
 * boundaries (one more than the columns), shown every other one.
 */
export function Histogram({ title, summary, columns, edges, axisLabel, testId }: { title: string; summary: string; columns: Column[]; edges: string[]; axisLabel: string; testId?: string }) {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const ticks = countTicks(Math.max(0, ...columns.map((column) => column.count)));
  const top = ticks[ticks.length - 1]!;
  const slot = plotWidth / Math.max(1, columns.length);
  const yOf = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  return (
    <ChartFrame title={title} summary={summary} width={WIDTH} height={HEIGHT} testId={testId}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line className="chart__grid" x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(tick)} y2={yOf(tick)} />
          <text className="chart__axis" x={LEFT - 6} y={yOf(tick) + 4} fontSize={FONT - 1} textAnchor="end">
            {tick}
          </text>
        </g>
      ))}
      {columns.map((column, index) => (
        <g key={index}>
          <rect className="chart__column" x={LEFT + index * slot + 2} y={yOf(column.count)} width={slot - 4} height={TOP + plotHeight - yOf(column.count)}>
            <title>{column.label}</title>
          </rect>
          {column.count > 0 ? (
            <text className="chart__value" x={LEFT + (index + 0.5) * slot} y={yOf(column.count) - 4} fontSize={FONT - 1} textAnchor="middle">
              {column.count}
            </text>
          ) : null}
        </g>
      ))}
      {edges.map((edge, index) =>
        index % 2 === 0 ? (
          <text key={index} className="chart__axis" x={LEFT + index * slot} y={TOP + plotHeight + 18} fontSize={FONT - 1} textAnchor="middle">
            {edge}
          </text>
        ) : null,
      )}
      <text className="chart__axis-title" x={LEFT + plotWidth / 2} y={HEIGHT - 8} fontSize={FONT} textAnchor="middle">
        {axisLabel}
      </text>
    </ChartFrame>
  );
}
