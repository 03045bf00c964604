import type { Tx } from "~/platform/db/db.server";
import type { JobReason } from "./vocabulary";

/**
 * Takes a person out of the queue when their account is deleted, in the
 * deleting transaction: their mails that have not gone out are cancelled, and
 * every job to their address or about their records loses the address and
 * its payload (which may hold addresses). The rest of each job (kind, state,
 * times) stays, so the outbox's counts do not change.
 */
export async function forgetPersonInJobs(tx: Tx, person: { email: string; records: { type: string; id: string }[] }, now: Date): Promise<void> {
  const theirs = { OR: [{ recipient: person.email }, ...person.records.map((record) => ({ targetType: record.type, targetId: record.id }))] };
  await tx.job.updateMany({
    where: { ...theirs, state: { in: ["pending", "retrying"] } },
    data: { state: "cancelled", lastError: "accountGone" satisfies JobReason, finishedAt: now, dedupeKey: null },
  });
  await tx.job.updateMany({ where: theirs, data: { recipient: null, payload: "{}" } });
}
