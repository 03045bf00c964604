import fs from "node:fs";
import { expect, test, type Page } from "./test";
import { courseModules, courseTitle } from "./course-content";
import { answerQuiz } from "./flows";
import { pdfText, qrCodeInPdf } from "./pdf-reading";
import { LANGUAGES, logIn, signUp, strings, uniqueEmail, type Lng } from "./support";

const COURSE = { zh: "toy-safety-us", en: "electrical-products-us" } as const;
const HOLDER = { zh: "林晓燕", en: "欧阳娜娜" } as const;

/** Passes every module quiz of a course; returns the certificate number shown on the completion screen. */
async function finishCourse(page: Page, lng: Lng, course: string): Promise<string> {
  const t = strings(lng);
  for (const module of courseModules(course)) {
    await page.goto(`/${lng}/courses/${course}/${module.slug}/quiz`);
    await answerQuiz(page, lng, course, module.slug, "right");
    await page.getByRole("button", { name: t.courses.quiz.submit }).click();
    await expect(page.getByTestId("quiz-verdict")).toHaveText(t.courses.quiz.result.passed.replace("{{score}}", "100"));
  }
  await expect(page.getByTestId("course-completed-banner")).toBeVisible();
  const links = page.getByTestId("certificate-links");
  await expect(links).toBeVisible();
  const label = (await links.locator("span").textContent()) ?? "";
  const number = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(label)?.[0];
  expect(number, label).toBeTruthy();
  return number!;
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: finish a course, download the certificate PDF, verify it by its QR code, then an admin revokes it`, async ({ page, browser, baseURL }) => {
    const course = COURSE[lng];
    const title = courseTitle(course);
    await signUp(page, lng, { email: uniqueEmail(`cert-${lng}`), name: HOLDER[lng] });
    const number = await finishCourse(page, lng, course);

    // My learning lists it, with the same download.
    await page.goto(`/${lng}/learning`);
    const mine = page.getByTestId("my-certificates");
    await expect(mine).toContainText(title[lng]);
    await expect(mine).toContainText(number);
    const [download] = await Promise.all([page.waitForEvent("download"), mine.getByRole("link", { name: t.certificates.download.pdf }).click()]);
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain(HOLDER[lng]);
    expect(text).toContain(title.zh);
    expect(text).toContain(title.en);
    expect(text).toContain(number);

    const qrUrl = qrCodeInPdf(pdf);
    expect(qrUrl).toBe(`${baseURL}/verify/${number}`);
    await page.goto(qrUrl!);
    const status = page.getByTestId("verify-status");
    await expect(status).toHaveAttribute("data-status", "valid");
    await expect(page.getByTestId("verify-holder")).toHaveText(HOLDER[lng]);

    const credential = await page.request.get(`/certificates/${number}.json`);
    expect(credential.status()).toBe(200);
    const badge = (await credential.json()) as { type: string[]; proof: { cryptosuite: string }[] };
    expect(badge.type).toContain("OpenBadgeCredential");
    expect(badge.proof[0]?.cryptosuite).toBe("eddsa-jcs-2022");

    // An admin revokes it; the verification page and the credential say so at once.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await logIn(admin, lng, "admin@example.com");
    await admin.goto(`/${lng}/trainer/certificates?q=${encodeURIComponent(HOLDER[lng])}`);
    await admin.getByRole("link", { name: number }).click();
    await admin.getByRole("button", { name: t.certificates.admin.revoke }).click();
    await expect(admin.getByText(t.validation.required)).toBeVisible();
    const reason = lng === "zh" ? "测验记录有误，重新考核" : "Quiz record was wrong; to be re-assessed";
    await admin.getByLabel(t.certificates.admin.reason).fill(reason);
    await admin.getByRole("button", { name: t.certificates.admin.revoke }).click();
    await expect(admin.getByText(t.certificates.admin.revokedNotice.replace("{{number}}", number))).toBeVisible();
    await adminContext.close();

    await page.goto(`/${lng}/verify/${number}`);
    await expect(status).toHaveAttribute("data-status", "revoked");
    await expect(status).toContainText(t.certificates.verify.revoked);
    await expect(page.getByTestId("revoked-reason")).toContainText(reason);
    expect((await page.request.get(`/certificates/${number}.json`)).status()).toBe(410);
    expect((await page.request.get(`/certificates/${number}.pdf`)).status()).toBe(410);
  });

  test(`${lng}: a mistyped number is refused with a localized message and kept; an unknown one is not found`, async ({ page }) => {
    await page.goto(`/${lng}/verify`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.certificates.verify.title);
    await page.getByLabel(t.certificates.verify.number).fill("7KQM-3H9X");
    await page.getByRole("button", { name: t.certificates.verify.submit }).click();
    await expect(page.getByText(t.validation.certificateNumber)).toBeVisible();
    await expect(page.getByLabel(t.certificates.verify.number)).toHaveValue("7KQM-3H9X");

    await page.getByLabel(t.certificates.verify.number).fill("zzzz zzzz zzzz");
    await page.getByRole("button", { name: t.certificates.verify.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/verify/ZZZZ-ZZZZ-ZZZZ$`));
    await expect(page.getByTestId("verify-status")).toHaveAttribute("data-status", "notFound");
    await expect(page.getByTestId("verify-status")).toContainText(t.certificates.verify.notFound);
    const response = await page.request.get(`/${lng}/verify/ZZZZ-ZZZZ-ZZZZ`);
    expect(response.status()).toBe(404);
  });

  test(`${lng}: too many lookups from one address get a localized 429`, async ({ playwright, baseURL }) => {
    // A client address of its own (the test server trusts one proxy hop), so other tests keep their limit.
    const address = `203.0.113.${lng === "zh" ? 10 : 11}`;
    const otherClient = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": address } });
    const statuses: number[] = [];
    let last = await otherClient.get(`/${lng}/verify/ZZZZ-ZZZZ-ZZZZ`);
    statuses.push(last.status());
    while (statuses.length <= 60 && last.status() !== 429) {
      last = await otherClient.get(`/${lng}/verify/ZZZZ-ZZZZ-ZZZZ`);
      statuses.push(last.status());
    }
    // The first 60 lookups are answered (not found), the 61st is refused.
    expect(statuses.slice(0, 60).every((status) => status === 404)).toBe(true);
    expect(statuses).toHaveLength(61);
    expect(last.status()).toBe(429);
    const seconds = Number(last.headers()["retry-after"]);
    expect(seconds).toBeGreaterThan(0);
    expect(await last.text()).toContain(t.certificates.verify.rateLimited.replace("{{seconds}}", String(seconds)));
    await otherClient.dispose();
  });
}

test("a learner cannot revoke a certificate, even by posting the form", async ({ page }) => {
  await logIn(page, "en", "learner@example.com");
  const response = await page.request.post("/en/trainer/certificates/ZZZZ-ZZZZ-ZZZZ", { form: { reason: "x" }, maxRedirects: 0 });
  expect(response.status()).toBe(403);
});

test("the issuer profile publishes an Ed25519 key", async ({ request }) => {
  const profile = (await (await request.get("/issuer")).json()) as { verificationMethod: { type: string; publicKeyMultibase: string }[] };
  expect(profile.verificationMethod[0]?.type).toBe("Multikey");
  expect(profile.verificationMethod[0]?.publicKeyMultibase).toMatch(/^z6Mk/);
});
