// The live load run's attendee, in a thread of its own: warms the question
// path up, then posts a question every 250 ms until the deadline and reports
// when each was asked and how long it took. Apart from
// the 500 simulated viewers' event loop, the times are what an attendee's
// browser would wait, not the load generator's own backlog.
import { parentPort, workerData } from "node:worker_threads";

const { baseUrl, webinarId, cookie, warmUps } = workerData;

/** Posts one question as the attendee's browser does (a Remix action through single fetch); its time, or null when refused. */
async function ask(text) {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/en/live/${webinarId}.data`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body: new URLSearchParams({ intent: "ask", question: text }).toString(),
    });
    await response.arrayBuffer();
    return response.ok ? performance.now() - started : null;
  } catch {
    return null;
  }
}

// Warm-up, as for the page lines: each worker's first questions compile the route and its queries.
for (let warm = 1; warm <= warmUps; warm += 1) await ask(`Warm-up question ${warm}`);
parentPort.postMessage({ warmedUp: true });
/** @type {number} when to stop, sent once the viewers start */
const until = await new Promise((resolve) => parentPort.once("message", resolve));

const asked = [];
let failed = 0;
for (let count = 1; Date.now() < until; count += 1) {
  const at = Date.now();
  const ms = await ask(`Load-test question ${count}: which standard applies?`);
  if (ms === null) failed += 1;
  else asked.push({ at, ms });
  await new Promise((resolve) => setTimeout(resolve, 250));
}
parentPort.postMessage({ asked, failed });
