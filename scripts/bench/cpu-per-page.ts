// CPU time the server spends per signed-in page, for A/B comparisons of a
// change on a busy machine (throughput moves with whatever else runs; the
// CPU a request costs much less). Starts the built server on a seeded
// database kept in <dir> (made on the first run), sends a fixed number of
// requests per page with one learner's session per connection, and reads the
// server processes' CPU time from /proc (Linux).
// Ten connections, each with its own learner: enough to keep both workers
// busy, few enough that no request waits long on a loaded machine.
// With --anonymous: the public pages, each request rendered (the cookie the
// page cache never answers), for the cost of a visitor who is not signed in.
// BENCH_CPU_PROF=<dir> makes the server's processes write CPU profiles there.
//   npx tsx scripts/bench/cpu-per-page.ts <dir> [requests per page, default 400] [port] [--anonymous]
import autocannon from "autocannon";
import fs from "node:fs";
import path from "node:path";
import { prepareSeededData } from "../prepare-data.mjs";
import { freePort, startServer } from "../server-process";
import { BROWSER_HEADERS, LOAD_PAGES, RENDERING_HEADERS, SIGNED_IN_LEARNERS, SIGNED_IN_PAGES } from "./pages";
import { checkEachSeesOwnPage, seedLearners, type BenchLearner } from "./signed-in";

const anonymous = process.argv.includes("--anonymous");
const [dirArgument, requestsArgument, portArgument] = process.argv.slice(2).filter((argument) => argument !== "--anonymous");
if (!dirArgument) throw new Error("usage: cpu-per-page.ts <dir> [requests] [port]");
const dir = path.resolve(dirArgument);
const requests = Number(requestsArgument ?? 400);
const CONNECTIONS = 10;
const dataEnv = { DATABASE_URL: `file:${path.join(dir, "data", "app.db")}`, DATA_DIR: path.join(dir, "data") };
const learnersFile = path.join(dir, "learners.json");
if (!fs.existsSync(learnersFile)) {
  await prepareSeededData(dataEnv.DATA_DIR);
  fs.writeFileSync(learnersFile, JSON.stringify(seedLearners(dataEnv, SIGNED_IN_LEARNERS)));
}
const learners = JSON.parse(fs.readFileSync(learnersFile, "utf8")) as BenchLearner[];

const ticksPerSecond = 100;
/** User and system CPU of every process in the server's process group, in ms. */
function groupCpuMs(groupId: number): number {
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return (ticks / ticksPerSecond) * 1000;
}

const profileDir = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null;
const server = await startServer({
  port: portArgument ? Number(portArgument) : await freePort(),
  env: { ...dataEnv, LOG_LEVEL: "warn" },
  nodeArgs: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
});
try {
  const rows: string[] = [];
  for (const page of anonymous ? LOAD_PAGES : SIGNED_IN_PAGES) {
    const url = `${server.url}${page.path}`;
    if (!anonymous) await checkEachSeesOwnPage(url, learners.slice(0, 5));
    const run = async (amount: number) => {
      let next = 0;
      const result = await autocannon({ url, connections: CONNECTIONS, amount, timeout: 120, headers: BROWSER_HEADERS, setupClient: (client) => client.setHeaders(anonymous ? RENDERING_HEADERS : { ...BROWSER_HEADERS, cookie: learners[next++ % learners.length]!.cookie }) });
      if (result.errors || result.non2xx) throw new Error(`${page.path}: ${result.errors} errors, ${result.non2xx} answers other than 2xx`);
      return result["2xx"];
    };
    await run(Math.min(500, requests / 4));
    const before = groupCpuMs(server.pid);
    const ok = await run(requests);
    const cpu = groupCpuMs(server.pid) - before;
    rows.push(`${page.path.padEnd(48)} ${(cpu / ok).toFixed(2).padStart(7)} ms CPU per page (${ok} pages)`);
  }
  console.log(rows.join("\n"));
} finally {
  await server.stop();
}
process.exit(0);
