// npm run test:e2e:postgres — the end-to-end specs that matter most for the
// engine, against the production build on PostgreSQL: registration with the
// waiting list, quiz attempts, signed-in pages kept per personal state, webinar watching, certificate issue and verify,
// trainer access, the crash test, and two nodes behind nginx. The database
// `e2e` on TEST_POSTGRES_URL's server is dropped and made afresh.
// Extra arguments go to Playwright (e.g. one spec file).
import { spawnSync } from "node:child_process";

export const postgresSpecs = [
  "e2e/access.spec.ts",
  "e2e/trainings.spec.ts",
  "e2e/courses.spec.ts",
  "e2e/personal-pages.spec.ts",
  "e2e/webinars.spec.ts",
  "e2e/certificates.spec.ts",
  "e2e/crash-recovery.spec.ts",
  "e2e/multi-node.spec.ts",
];

const server = process.env.TEST_POSTGRES_URL;
if (!server) {
  console.error("Set TEST_POSTGRES_URL (a server where the tests may create databases); scripts/postgres-test-cluster.sh start prints one.");
  process.exit(2);
}
const url = new URL(server);
url.pathname = "/e2e";
const args = process.argv.slice(2);
const result = spawnSync("npx", ["playwright", "test", ...(args.length ? args : postgresSpecs)], {
  stdio: "inherit",
  env: { ...process.env, E2E_DATABASE_URL: url.toString() },
});
process.exit(result.status ?? 1);
