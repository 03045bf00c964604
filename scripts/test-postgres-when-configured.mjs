// The last step of `npm test`: the PostgreSQL suites (npm run test:postgres)
// when TEST_POSTGRES_URL names a server the tests may use; otherwise says
// plainly that they did not run. `.ci/run` always sets it.
import { spawnSync } from "node:child_process";

if (!process.env.TEST_POSTGRES_URL) {
  console.log("PostgreSQL suites not run: set TEST_POSTGRES_URL (scripts/postgres-test-cluster.sh start prints one) to run them too.");
  process.exit(0);
}
const result = spawnSync("npm", ["run", "test:postgres"], { stdio: "inherit" });
process.exit(result.status ?? 1);
