// The live load run's attendee, in a thread of its own: posts a question
// every 250 ms until the deadline and reports how long each took. Apart from
// the 500 simulated viewers' event loop, the times are what an attendee's
// browser would wait, not the load generator's own backlog.
import { parentPort, workerData } from "node:worker_threads";

const { baseUrl, webinarId, cookie, until } = workerData;
const latencies = [];
let failed = 0;
for (let asked = 1; Date.now() < until; asked += 1) {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/en/live/${webinarId}.data`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body: new URLSearchParams({ intent: "ask", question: `Load-test question ${asked}: which standard applies?` }).toString(),
    });
    await response.arrayBuffer();
    if (response.ok) latencies.push(performance.now() - started);
    else failed += 1;
  } catch {
    failed += 1;
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
parentPort.postMessage({ latencies, failed });
