/** A progress bar with its numbers available to assistive technology. */
export function ProgressBar({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
      <div className="progress__bar" style={{ width: `${percent}%` }} />
    </div>
  );
}
