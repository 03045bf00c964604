/** How many items a filtered list holds, announced as a status, beside an optional download of the same list as CSV. */
export function ListSummary({ count, csv }: { count: string; csv?: { href: string; label: string } }) {
  return (
    <p className="actions">
      <span className="muted" role="status">
        {count}
      </span>
      {csv ? (
        <a href={csv.href} className="button button--secondary" download>
          {csv.label}
        </a>
      ) : null}
    </p>
  );
}
