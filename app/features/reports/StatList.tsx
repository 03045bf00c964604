/** Headline numbers of a report, each with its label (and an optional hint). */
export function StatList({ stats }: { stats: { label: string; value: string; hint?: string; testId?: string }[] }) {
  return (
    <ul className="stat-list">
      {stats.map((stat) => (
        <li key={stat.label} className="stat" data-testid={stat.testId}>
          <span className="stat__value">{stat.value}</span>
          <span className="stat__label">{stat.label}</span>
          {stat.hint ? <span className="stat__hint muted">{stat.hint}</span> : null}
        </li>
      ))}
    </ul>
  );
}
