/** A horizontal bar chart as inline SVG (no chart library, nothing loaded from elsewhere); prints as drawn. */
export function HazardChart({ title, bars }: { title: string; bars: { label: string; count: number }[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const rowHeight = 28;
  const labelWidth = 150;
  const barArea = 260;
  const width = labelWidth + barArea + 40;
  const height = bars.length * rowHeight + 8;
  return (
    <figure className="hazard-chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: `${width}px` }} role="img" aria-labelledby="hazard-chart-title" data-testid="hazard-chart">
        <title id="hazard-chart-title">{title}</title>
        {bars.map((bar, index) => {
          const y = index * rowHeight + 4;
          const barWidth = Math.max(2, Math.round((bar.count / max) * barArea));
          return (
            <g key={bar.label}>
              <text x={labelWidth - 8} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle" className="hazard-chart__label">
                {bar.label}
              </text>
              <rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 8} rx="3" className="hazard-chart__bar" />
              <text x={labelWidth + barWidth + 6} y={y + rowHeight / 2} dominantBaseline="middle" className="hazard-chart__value">
                {bar.count}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{title}</figcaption>
    </figure>
  );
}
