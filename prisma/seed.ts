// Idempotent demo data. Demo accounts exist only outside production, or when
// SEED_DEMO=1 is set explicitly. Their email addresses count as confirmed.
import { hashPassword } from "~/features/auth/password.server";
import { db } from "~/platform/db/db.server";
import { seedLearners } from "./seed-learners";
import { seedRecalls } from "./seed-recalls";
import { seedTrainings } from "./seed-trainings";
import { issueMissingCertificates } from "~/features/certificates/backfill.server";

const DEMO_USERS = [
  { email: "learner@example.com", name: "王小明", role: "learner", jobRole: "manufacturer", company: "宁波示例玩具有限公司", preferredLanguage: "zh" },
  { email: "trainer@example.com", name: "Alex Chen", role: "trainer", jobRole: "trainer", company: "Product Safety Training", preferredLanguage: "en" },
  { email: "admin@example.com", name: "李静", role: "admin", jobRole: "other", company: "Product Safety Training", preferredLanguage: "zh" },
] as const;

export function shouldSeedDemo(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV !== "production" || env.SEED_DEMO === "1";
}

async function seedDemoUsers(password: string): Promise<number> {
  const passwordHash = await hashPassword(password);
  let created = 0;
  for (const user of DEMO_USERS) {
    const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({ data: { ...user, passwordHash, emailVerifiedAt: new Date() } });
    created += 1;
  }
  return created;
}

async function main() {
  if (!shouldSeedDemo(process.env)) {
    console.log("seed: production without SEED_DEMO=1, no demo accounts");
    return;
  }
  const password = process.env.SEED_PASSWORD ?? "training-demo";
  const created = await seedDemoUsers(password);
  console.log(`seed: ${created} demo account(s) created, ${DEMO_USERS.length - created} already present`);
  console.log(`seed: ${await seedTrainings(password)} training session(s) created`);
  console.log(`seed: ${await seedLearners(await hashPassword(password))} demo learner(s) with course and webinar activity created`);
  console.log(`seed: ${await issueMissingCertificates()} certificate(s) issued for seeded completions`);
  console.log(`seed: ${(await seedRecalls()).created} sample recall(s) imported (sample data, not real recalls)`);
}

await main();
await db.$disconnect();
