// Served Open Badges credentials checked by tools we did not write: Digital
// Bazaar's Verifiable Credentials verifier (contexts from npm packages, the
// issuer document from this server, nothing from the network) and 1EdTech's
// JSON schema.
import crypto from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./test";
import type { AchievementType } from "../app/features/certificates/achievement-types";
import { issueCertificate } from "../app/features/certificates/issue.server";
import { offlineDocumentLoader, schemaErrors, verifyCredential } from "../app/features/certificates/test-support/independent-verifier";
import { db } from "./fixtures";
import { LANGUAGES, strings } from "./support";

type Credential = Record<string, unknown> & { credentialSubject: { achievement: { id: string; name: string }; identifier: { identityHash: string }[] } };

/** A certificate for a new person, issued the way a completion issues it. */
async function issued(type: AchievementType, achievementId: string): Promise<string> {
  const user = await db.user.create({ data: { email: `badge-${crypto.randomUUID()}@example.com`, passwordHash: "x", name: "欧阳娜娜", emailVerifiedAt: new Date() } });
  const certificate = await db.$transaction((tx) => issueCertificate(tx, { userId: user.id, type, achievementId, completedOn: new Date("2026-11-20T08:00:00Z") }));
  return certificate!.number;
}

async function seededAchievements(): Promise<{ type: AchievementType; id: string; key: string }[]> {
  const [course, webinar, training] = await Promise.all([
    db.course.findUniqueOrThrow({ where: { slug: "toy-safety-us" } }),
    db.webinar.findUniqueOrThrow({ where: { slug: "ecommerce-safe-products" } }),
    db.trainingSession.findFirstOrThrow({ where: { code: { startsWith: "ningbo" } }, orderBy: { startsAt: "asc" } }),
  ]);
  return [
    { type: "course", id: course.id, key: course.slug },
    { type: "webinar", id: webinar.id, key: webinar.slug },
    { type: "training", id: training.id, key: training.code },
  ];
}

function loaderFor(request: APIRequestContext, baseURL: string) {
  return offlineDocumentLoader(`${baseURL}/issuer`, async () => (await request.get("/issuer")).json());
}

test("served course, webinar and training credentials pass an independent verifier and the Open Badges 3.0 schema; a tampered one fails", async ({ request, baseURL }) => {
  const documentLoader = loaderFor(request, baseURL!);
  for (const achievement of await seededAchievements()) {
    const number = await issued(achievement.type, achievement.id);
    const response = await request.get(`/certificates/${number}.json`);
    expect(response.status()).toBe(200);
    const credential = (await response.json()) as Credential;

    expect(schemaErrors(credential), achievement.type).toEqual([]);
    const result = await verifyCredential(credential, documentLoader);
    expect(result.error, `${achievement.type}: ${JSON.stringify(result.error)}`).toBeUndefined();
    expect(result.verified).toBe(true);

    // The achievement's address is built from its stable key and answers.
    expect(credential.credentialSubject.achievement.id).toBe(`${baseURL}/achievements/${achievement.type}/${achievement.key}`);
    const described = await request.get(credential.credentialSubject.achievement.id, { headers: { Accept: "application/ld+json" } });
    expect(described.status()).toBe(200);
    expect(((await described.json()) as { name: string }).name).toBe(credential.credentialSubject.achievement.name);

    const tampered = structuredClone(credential);
    tampered.credentialSubject.identifier[0]!.identityHash = "李四";
    expect((await verifyCredential(tampered, documentLoader)).verified).toBe(false);
  }
});

test("an achievement address that does not exist answers 404 to programs", async ({ request }) => {
  for (const path of ["/achievements/course/no-such-course", "/achievements/diploma/toy-safety-us", "/achievements/training/toy-safety-us"]) {
    const response = await request.get(path, { headers: { Accept: "application/json" } });
    expect(response.status(), path).toBe(404);
  }
});

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: an achievement's address opens its page with both languages; an unknown one is not found`, async ({ page }) => {
    await page.goto(`/${lng}`);
    await page.goto("/achievements/course/toy-safety-us");
    await expect(page).toHaveURL(new RegExp(`/${lng}/achievements/course/toy-safety-us$`));
    const achievement = page.getByTestId("achievement");
    const course = await db.course.findUniqueOrThrow({ where: { slug: "toy-safety-us" } });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(lng === "zh" ? course.titleZh : course.titleEn);
    await expect(achievement).toContainText(course.summaryZh);
    await expect(achievement).toContainText(course.summaryEn);
    await expect(achievement).toContainText(t.certificates.achievement.criteria.course);
    await achievement.getByRole("link", { name: t.certificates.achievement.open.course }).click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/courses/toy-safety-us$`));

    const missing = await page.goto(`/${lng}/achievements/course/no-such-course`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.errors.notFound.title);
  });
}
