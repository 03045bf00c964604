// Summarizes V8 CPU profiles (`node --cpu-prof`, or `BENCH_CPU_PROF=dir npm run bench`):
// the functions with the most self time and the most inclusive time, and the
// share of time per package, over all the profiles given.
//   npx tsx scripts/bench/cpu-profile-summary.ts <profile or folder>… [--top 25]
import fs from "node:fs";
import path from "node:path";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const inputs: string[] = [];
let top = 25;
for (let args = process.argv.slice(2); args.length; args = args.slice(1)) {
  if (args[0] === "--top") [top, args] = [Number(args[1]), args.slice(1)];
  else inputs.push(args[0]!);
}
const files = inputs.flatMap((input) =>
  fs.statSync(input).isDirectory() ? fs.readdirSync(input).filter((name) => name.endsWith(".cpuprofile")).map((name) => path.join(input, name)) : [input],
);

/** Where a function lives, shortened: a package name, or a path inside the project. */
function placeOf(url: string): string {
  if (!url) return "(native)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) return url.slice(modules + "node_modules/".length);
  if (url.startsWith("node:")) return url;
  return path.relative(process.cwd(), url.replace(/^file:\/\//, ""));
}

function packageOf(url: string): string {
  if (!url) return "(native / GC / idle)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith("node:")) return "node (core)";
  if (url.includes("/build/server/")) return "app (server build)";
  if (url.includes("/server/")) return "server/";
  return "other";
}

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const perPackage = new Map<string, number>();
let total = 0;
let idle = 0;

for (const file of files) {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node: ProfileNode) => `${node.callFrame.functionName || "(anonymous)"} ${placeOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  profile.samples.forEach((sampleId, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const node = byId.get(sampleId)!;
    if (node.callFrame.functionName === "(idle)") {
      idle += micros;
      return;
    }
    total += micros;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + micros);
    perPackage.set(packageOf(node.callFrame.url), (perPackage.get(packageOf(node.callFrame.url)) ?? 0) + micros);
    const seen = new Set<string>();
    for (let current: number | undefined = sampleId; current !== undefined; current = parent.get(current)) {
      const key = keyOf(byId.get(current)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  });
}

const share = (micros: number) => `${((micros / total) * 100).toFixed(1).padStart(5)}%`;
const ms = (micros: number) => `${Math.round(micros / 1000)} ms`.padStart(9);
const print = (title: string, entries: Map<string, number>, count: number) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${share(micros)} ${ms(micros)}  ${key}`);
};

console.log(`${files.length} profiles, ${Math.round(total / 1000)} ms busy, ${Math.round(idle / 1000)} ms idle`);
print("Self time by package", perPackage, top);
print("Self time by function", self, top);
print("Inclusive time by function (program, idle and the event loop's own frames excluded)", new Map([...inclusive].filter(([key]) => !/^\((root|program|garbage collector)\)/.test(key))), top);
