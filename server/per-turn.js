// Work started at most a few at a time per turn of the event loop, the rest in
// the order it came (decision 0038).
//
// A signed-in page kept per personal state costs a few milliseconds of
// synchronous work (the login session, the learner's progress: Prisma over
// better-sqlite3 runs to the end once started). Started as each request
// arrives, a hall's burst put all of it into one turn of the event loop, and
// node:cluster hands a new connection to a worker only when that worker's loop
// comes round: the first request of each new connection waited up to 3 s.
// A few per turn keep each turn short, so new connections are taken at once.
// (Node 22.12's `reusePort` would let the kernel spread connections instead;
// this server runs on Node 20.)

/**
 * @param {number} atMost tasks started per turn
 * @param {(error: unknown) => void} onError told of a task that threw (the others run all the same)
 * @returns {(task: () => void) => void} queues `task`, started in a later turn
 */
export function perTurn(atMost, onError) {
  /** @type {(() => void)[]} */
  const waiting = [];
  let scheduled = false;
  function startSome() {
    const batch = waiting.splice(0, atMost);
    scheduled = waiting.length > 0;
    if (scheduled) setImmediate(startSome);
    for (const task of batch) {
      try {
        task();
      } catch (error) {
        onError(error);
      }
    }
  }
  return (task) => {
    waiting.push(task);
    if (!scheduled) {
      scheduled = true;
      setImmediate(startSome);
    }
  };
}
