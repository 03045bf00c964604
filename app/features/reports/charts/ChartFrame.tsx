import { useId, type ReactNode } from "react";

/**
 * An accessible, responsive SVG chart: it scales to the width of its
 * container (viewBox), and screen readers announce its title and summary;
 * the same numbers are in the table next to every chart.
 */
export function ChartFrame({ title, summary, width, height, children, testId }: { title: string; summary: string; width: number; height: number; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={`${title}. ${summary}`}
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid={testId}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {children}
    </svg>
  );
}

/** Ticks for a count axis: 0 … a round maximum, at most five steps. */
export function countTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough) ?? rough;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
}

/** Shade by how many get it right: low (under half) stands out in red, middling in amber. */
export function shareTone(value: number | null): "low" | "mid" | "high" | "none" {
  if (value === null) return "none";
  return value < 0.5 ? "low" : value < 0.75 ? "mid" : "high";
}
