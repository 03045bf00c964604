import { expect, test } from "./test";
import { createTrainingSession, db, failedConfirmationMail } from "./fixtures";
import { declaredPaths } from "./route-list";
import { logIn, uniqueEmail } from "./support";

/** A pattern with every parameter filled by a real record, so each check reaches the route's own guard. */
async function sampleParams() {
  const session = await createTrainingSession({ capacity: 3, trainerEmail: "trainer@example.com" });
  const learner = await db.user.findUniqueOrThrow({ where: { email: "learner@example.com" } });
  const certificate = await db.certificate.findFirstOrThrow({ select: { number: true } });
  const [course, webinar] = await Promise.all([db.course.findFirstOrThrow(), db.webinar.findFirstOrThrow()]);
  return { id: session.id, userId: learner.id, number: certificate.number, courseSlug: course.slug, webinarSlug: webinar.slug };
}

function fill(pattern: string, lng: string, params: Record<string, string>) {
  const url = pattern.replace(":lng", lng).replace(/:(\w+)/g, (_, name: string) => {
    const value = name === "slug" ? params[pattern.includes("/webinars/") ? "webinarSlug" : "courseSlug"] : params[name];
    if (!value) throw new Error(`no sample value for :${name} in ${pattern}`);
    return value;
  });
  return url;
}

/** Every trainer URL in the route map, for both languages, with real ids. */
async function trainerUrls() {
  const params = await sampleParams();
  const patterns = declaredPaths().filter((path) => path.startsWith("/:lng/trainer"));
  expect(patterns.length).toBeGreaterThanOrEqual(15);
  return ["zh", "en"].flatMap((lng) => patterns.map((pattern) => fill(pattern, lng, params)));
}

/** A body every trainer action understands, so a missing guard would show up as a change, not a 400. */
const WRITE = { intent: "checkin", code: "x" };

test("anonymous visitors are sent to log in from every trainer URL, for reads and writes", async ({ request }) => {
  for (const url of await trainerUrls()) {
    const read = await request.get(url, { maxRedirects: 0 });
    expect(read.status(), url).toBe(302);
    expect(read.headers().location, url).toContain("/login?redirectTo=");
    const write = await request.post(url, { form: WRITE, maxRedirects: 0 });
    expect([302, 405], url).toContain(write.status());
    if (write.status() === 302) expect(write.headers().location, url).toContain("/login?redirectTo=");
  }
});

test("a learner gets 403 from every trainer URL, for reads and writes", async ({ page }) => {
  const urls = await trainerUrls();
  await logIn(page, "en", "learner@example.com");
  for (const url of urls) {
    expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(403);
    const write = await page.request.post(url, { form: WRITE, maxRedirects: 0 });
    expect([403, 405], url).toContain(write.status());
  }
});

test("a trainer gets 403 from admin-only pages and actions", async ({ page }) => {
  const { id, userId } = await sampleParams();
  const { job: failed } = await failedConfirmationMail(uniqueEmail("access-outbox"), "en");
  await logIn(page, "en", "trainer@example.com");
  for (const lng of ["zh", "en"]) {
    for (const url of [`/${lng}/trainer/audit`, `/${lng}/trainer/audit/export.csv`, `/${lng}/trainer/outbox`]) {
      expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(403);
    }
    const retry = await page.request.post(`/${lng}/trainer/outbox`, { form: { intent: "retry", jobId: failed.id }, maxRedirects: 0 });
    expect(retry.status()).toBe(403);
    const role = await page.request.post(`/${lng}/trainer/people/${userId}`, { form: { intent: "role", role: "admin" }, maxRedirects: 0 });
    expect(role.status()).toBe(403);
    for (const intent of ["deactivate", "reactivate", "sendReset"]) {
      expect((await page.request.post(`/${lng}/trainer/people/${userId}`, { form: { intent }, maxRedirects: 0 })).status(), intent).toBe(403);
    }
    const trainer = await db.user.findUniqueOrThrow({ where: { email: "trainer@example.com" } });
    const assign = await page.request.post(`/${lng}/trainer/sessions/${id}/edit`, { form: { intent: "trainers", trainerIds: trainer.id }, maxRedirects: 0 });
    expect(assign.status()).toBe(403);
  }
  const learner = await db.user.findUniqueOrThrow({ where: { id: userId } });
  expect(learner.role).toBe("learner");
  expect(learner.deactivatedAt).toBeNull();
  expect(await db.auditEntry.count({ where: { targetId: userId, action: { startsWith: "user." } } })).toBe(0);
  expect((await db.job.findUniqueOrThrow({ where: { id: failed.id } })).state).toBe("failed");
});

test("a trainer cannot read or change a session they are not assigned to", async ({ page }) => {
  const session = await createTrainingSession({ capacity: 3 });
  await logIn(page, "en", "trainer@example.com");
  for (const lng of ["zh", "en"]) {
    const base = `/${lng}/trainer/sessions/${session.id}`;
    for (const url of [`${base}/edit`, `${base}/cancel`, `/${lng}/trainer/trainings/${session.id}`, `/${lng}/trainer/trainings/${session.id}/roster.csv`]) {
      expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(403);
    }
    for (const [url, form] of [
      [`${base}/edit`, { intent: "close" }],
      [`${base}/edit`, { intent: "save", titleEn: "Taken over" }],
      [`${base}/cancel`, { intent: "cancel" }],
    ] as const) {
      expect((await page.request.post(url, { form, maxRedirects: 0 })).status(), url).toBe(403);
    }
  }
  const unchanged = await db.trainingSession.findUniqueOrThrow({ where: { id: session.id } });
  expect([unchanged.status, unchanged.titleEn]).toEqual(["open", session.titleEn]);
  expect(await db.auditEntry.count({ where: { targetId: session.id } })).toBe(0);
});
