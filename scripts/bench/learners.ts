// Run as a child process of the benchmark (`tsx scripts/bench/learners.ts …`)
// with DATABASE_URL and DATA_DIR pointing at the benchmark's database, so the
// app's modules open that database and its session secret:
//   seed <count>                   learners with one login session each; prints [{ name, cookie }] as JSON
//   attempts <course> <module>     prints { learners, attemptsPerLearner } for the bench learners on that module's quiz
//   spread <course> <module>       gives the n-th bench learner n failed attempts at that module's quiz, so that
//                                  no two see the same module page; prints how many attempts it recorded
//   jobs-due                       prints how many jobs are running or due now (the seed's transcodes, at first)
import { openLoginSession } from "../../app/features/auth/login-session.server";
import { db } from "../../app/platform/db/db.server";

const EMAIL_DOMAIN = "bench.example";
const nameOf = (index: number) => `Bench learner ${String(index + 1).padStart(3, "0")}`;

export type BenchLearner = { name: string; cookie: string };

async function seed(count: number): Promise<BenchLearner[]> {
  const learners: BenchLearner[] = [];
  for (let index = 0; index < count; index++) {
    const name = nameOf(index);
    // No usable password: these accounts exist only through the sessions made here.
    const user = await db.user.create({ data: { email: `learner-${index + 1}@${EMAIL_DOMAIN}`, name, passwordHash: "!bench", emailVerifiedAt: new Date() } });
    const setCookie = await openLoginSession(user.id, "bench");
    learners.push({ name, cookie: setCookie.split(";")[0]! });
  }
  return learners;
}

async function attempts(courseSlug: string, moduleSlug: string) {
  const module = await db.courseModule.findFirstOrThrow({ where: { slug: moduleSlug, course: { slug: courseSlug } }, select: { id: true } });
  const learners = await db.user.findMany({
    where: { email: { endsWith: `@${EMAIL_DOMAIN}` } },
    select: { _count: { select: { quizAttempts: { where: { moduleId: module.id } } } } },
  });
  return { learners: learners.length, attemptsPerLearner: learners.map((learner) => learner._count.quizAttempts) };
}

async function spread(courseSlug: string, moduleSlug: string): Promise<number> {
  const module = await db.courseModule.findFirstOrThrow({ where: { slug: moduleSlug, course: { slug: courseSlug } }, select: { id: true } });
  const learners = await db.user.findMany({ where: { email: { endsWith: `@${EMAIL_DOMAIN}` } }, orderBy: { email: "asc" }, select: { id: true } });
  const attempts = learners.flatMap((learner, index) =>
    Array.from({ length: index + 1 }, (_, number) => ({ userId: learner.id, moduleId: module.id, number: number + 1, score: 0, passed: false })),
  );
  return (await db.quizAttempt.createMany({ data: attempts })).count;
}

function jobsDue(): Promise<number> {
  return db.job.count({ where: { OR: [{ state: "running" }, { state: { in: ["pending", "retrying"] }, runAt: { lte: new Date() } }] } });
}

const [command, ...args] = process.argv.slice(2);
const output =
  command === "seed"
    ? await seed(Number(args[0]))
    : command === "attempts"
      ? await attempts(args[0]!, args[1]!)
      : command === "spread"
        ? await spread(args[0]!, args[1]!)
        : command === "jobs-due"
          ? await jobsDue()
          : null;
if (output === null) throw new Error(`unknown command ${command}`);
process.stdout.write(JSON.stringify(output));
await db.$disconnect();
