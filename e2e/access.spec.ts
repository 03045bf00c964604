import { expect, test } from "@playwright/test";
import { db } from "../app/features/server/db.server";
import { createSession } from "./fixtures";
import { declaredPaths } from "./route-list";
import { logIn } from "./support";

/** A real course or webinar slug for a report URL. */
async function slugFor(pattern: string) {
  if (pattern.includes("/webinars/")) return (await db.webinar.findFirstOrThrow()).slug;
  return (await db.course.findFirstOrThrow()).slug;
}

/** Every trainer URL in the route map, for both languages, with a real session id and slug. */
async function trainerUrls() {
  const session = await createSession({ capacity: 3, trainerEmail: "trainer@example.com" });
  const patterns = declaredPaths().filter((path) => path.startsWith("/:lng/trainer"));
  expect(patterns.length).toBeGreaterThanOrEqual(4);
  const slugs = await Promise.all(patterns.map(slugFor));
  return ["zh", "en"].flatMap((lng) => patterns.map((pattern, index) => pattern.replace(":lng", lng).replace(":id", session.id).replace(":slug", slugs[index]!)));
}

test("anonymous visitors are sent to log in from every trainer URL, for reads and writes", async ({ request }) => {
  for (const url of await trainerUrls()) {
    const read = await request.get(url, { maxRedirects: 0 });
    expect(read.status(), url).toBe(302);
    expect(read.headers().location, url).toContain("/login?redirectTo=");
    const write = await request.post(url, { form: { intent: "checkin", code: "x" }, maxRedirects: 0 });
    expect([302, 405], url).toContain(write.status());
    if (write.status() === 302) expect(write.headers().location, url).toContain("/login?redirectTo=");
  }
});

test("a learner gets 403 from every trainer URL, for reads and writes", async ({ page }) => {
  const urls = await trainerUrls();
  await logIn(page, "en", "learner@example.com");
  for (const url of urls) {
    expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(403);
    const write = await page.request.post(url, { form: { intent: "checkin", code: "x" }, maxRedirects: 0 });
    expect([403, 405], url).toContain(write.status());
  }
});
