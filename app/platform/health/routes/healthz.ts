import { queueHealth } from "~/platform/jobs/job-reports.server";
import { logger } from "~/platform/runtime/logger.server";

/**
 * Liveness and readiness: 200 with a database round-trip and the job queue's
 * state (how long the most overdue job has waited, how many failed for good),
 * 503 when the database does not answer.
 */
export async function loader() {
  const started = performance.now();
  try {
    const queue = await queueHealth(new Date());
    const databaseMs = Math.round((performance.now() - started) * 10) / 10;
    return Response.json(
      { status: "ok", database: { status: "ok", roundTripMs: databaseMs }, queue },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    logger.error({ err: error }, "health check failed");
    return Response.json({ status: "error", database: { status: "error" } }, {
      status: 503,
      headers: { "Cache-Control": "no-store" },
    });
  }
}
