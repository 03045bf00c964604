import { describe, expect, it } from "vitest";
import { makeTrainingSession } from "~/features/trainings/test-support/make-training-session";
import { db } from "./db.server";
import { isTransactionConflict } from "./transaction-retry.server";

/** Resolves once `count` parties have arrived. */
function barrier(count: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === count) open();
    return opened;
  };
}

describe("transactions on PostgreSQL", () => {
  it("runs again the transaction PostgreSQL aborts to break a deadlock, so both writes happen", async () => {
    const [a, b] = [await makeTrainingSession("deadlock-a", 10), await makeTrainingSession("deadlock-b", 10)];
    const bothHoldOne = barrier(2);
    let runs = 0;
    // Each takes one row, waits until the other holds the other row, then wants it too.
    const crossing = (first: string, second: string) =>
      db.$transaction(async (tx) => {
        runs += 1;
        await tx.trainingSession.update({ where: { id: first }, data: { confirmedCount: { increment: 1 } } });
        await bothHoldOne();
        await tx.trainingSession.update({ where: { id: second }, data: { confirmedCount: { increment: 1 } } });
      });
    await Promise.all([crossing(a.id, b.id), crossing(b.id, a.id)]);

    expect(runs).toBe(3); // one of the two was aborted once and ran again
    const counts = await db.trainingSession.findMany({ where: { id: { in: [a.id, b.id] } }, select: { confirmedCount: true } });
    expect(counts.map((row) => row.confirmedCount)).toEqual([2, 2]);
  });

  it("recognises a serialization failure as a conflict worth running again", async () => {
    const session = await makeTrainingSession("serializable", 10);
    const bothRead = barrier(2);
    const outcomes = await Promise.allSettled(
      [1, 2].map(() =>
        db.$transaction(
          async (tx) => {
            const row = await tx.trainingSession.findUniqueOrThrow({ where: { id: session.id } });
            await bothRead();
            await tx.trainingSession.update({ where: { id: session.id }, data: { confirmedCount: row.confirmedCount + 1 } });
          },
          { isolationLevel: "Serializable" },
        ),
      ),
    );
    // Both succeed: the loser was retried after the winner committed, and read its write.
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled"]);
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: session.id } })).confirmedCount).toBe(2);
    expect(isTransactionConflict({ code: "P2034" })).toBe(true);
    expect(isTransactionConflict(new Error("unique constraint"))).toBe(false);
  });
});
