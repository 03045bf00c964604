import { Link } from "@remix-run/react";
import type { formatSchedule } from "~/features/trainings/schedule";

type SessionSummary = { title: string; city: string; schedule: ReturnType<typeof formatSchedule> };

/** A session's first two cells in a trainer table: title over city, then date over time and the venue's zone. */
export function TrainingSessionCells({ session, href }: { session: SessionSummary; href?: string }) {
  return (
    <>
      <td>
        {href ? <Link to={href}>{session.title}</Link> : session.title}
        <br />
        <span className="muted">{session.city}</span>
      </td>
      <td>
        {session.schedule.date}
        <br />
        <span className="muted">
          {session.schedule.time} ({session.schedule.zone})
        </span>
      </td>
    </>
  );
}
