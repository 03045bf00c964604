// Every CSV export, opened in LibreOffice Calc: a registrant's formula-like
// name and company stay text, phone numbers keep their "+" and leading zero,
// Chinese survives.
import crypto from "node:crypto";
import { expect, test } from "./test";
import { issueCertificate } from "../app/features/certificates/issue.server";
import { createTrainingSession, db } from "./fixtures";
import { openInLibreOffice, type SheetCell } from "./spreadsheet";
import { LANGUAGES, logIn } from "./support";

const HOSTILE = { name: "-2+3", company: '=HYPERLINK("http://x","y")', title: "@SUM(1+1)", reason: "=1+1" };
const PHONES = ["+8613800138000", "05748765432"];
const CHINESE_COMPANY = "宁波示例玩具有限公司";

/** A learner and a training registration typed to break a spreadsheet, plus the records every export lists. */
async function hostileRecords() {
  const tag = crypto.randomUUID().slice(0, 8);
  const user = await db.user.create({ data: { email: `csv-${tag}@example.com`, passwordHash: "x", name: HOSTILE.name, company: HOSTILE.company, phone: PHONES[0]!, emailVerifiedAt: new Date() } });
  const session = await createTrainingSession({ capacity: 5, trainerEmail: "admin@example.com" });
  // Two confirmed registrations below: the session's count says so too, as registering keeps it.
  await db.trainingSession.update({ where: { id: session.id }, data: { titleEn: HOSTILE.title, titleZh: HOSTILE.title, confirmedCount: 2 } });
  const registration = { sessionId: session.id, status: "confirmed", jobRole: "buyer", interests: "[]", language: "zh" };
  await db.registration.create({ data: { ...registration, userId: user.id, name: HOSTILE.name, email: user.email, company: HOSTILE.company, phone: PHONES[0]!, ticketCode: `CSV1-${tag.toUpperCase()}`, attendance: "present", checkedInAt: new Date() } });
  await db.registration.create({ data: { ...registration, name: "张伟", email: `csv-zh-${tag}@example.com`, company: CHINESE_COMPANY, phone: PHONES[1]!, ticketCode: `CSV2-${tag.toUpperCase()}` } });
  const course = await db.course.findUniqueOrThrow({ where: { slug: "toy-safety-us" } });
  await db.courseEnrollment.create({ data: { userId: user.id, courseId: course.id, completedAt: new Date() } });
  await db.$transaction((tx) => issueCertificate(tx, { userId: user.id, type: "course", achievementId: course.id, completedOn: new Date() }));
  await db.auditEntry.create({ data: { actorId: user.id, action: "certificate.revoke", targetType: "certificate", targetId: "ZZZZ-ZZZZ-ZZZZ", details: JSON.stringify({ number: "ZZZZ-ZZZZ-ZZZZ", reason: HOSTILE.reason }) } });
  return { user, session };
}

const cellsIn = (sheet: SheetCell[][]) => sheet.flat();

for (const lng of LANGUAGES) {
  test(`${lng}: every CSV export opens in LibreOffice without a formula, with phone numbers and Chinese intact`, async ({ page }) => {
    test.setTimeout(180_000);
    const { user, session } = await hostileRecords();
    await logIn(page, lng, "admin@example.com");
    const q = encodeURIComponent(HOSTILE.name);
    const exports: Record<string, string> = {
      roster: `/${lng}/trainer/trainings/${session.id}/roster.csv`,
      sessions: `/${lng}/trainer/sessions/export.csv`,
      people: `/${lng}/trainer/people/export.csv?q=${q}`,
      record: `/${lng}/trainer/people/${user.id}/export.csv`,
      audit: `/${lng}/trainer/audit/export.csv`,
      certificates: `/${lng}/trainer/certificates/export.csv?q=${q}`,
      completions: `/${lng}/trainer/completions.csv`,
      reportCourses: `/${lng}/trainer/reports/courses.csv`,
      reportWebinars: `/${lng}/trainer/reports/webinars.csv`,
      reportModules: `/${lng}/trainer/reports/courses/toy-safety-us/modules.csv`,
      reportCourseQuestions: `/${lng}/trainer/reports/courses/toy-safety-us/questions.csv`,
      reportWatched: `/${lng}/trainer/reports/webinars/ecommerce-safe-products/watched.csv`,
      reportRetention: `/${lng}/trainer/reports/webinars/ecommerce-safe-products/retention.csv`,
      reportWebinarQuestions: `/${lng}/trainer/reports/webinars/ecommerce-safe-products/questions.csv`,
    };
    const downloads: Record<string, Buffer> = {};
    for (const [name, url] of Object.entries(exports)) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"], url).toContain("text/csv");
      downloads[name] = await response.body();
    }
    const sheets = openInLibreOffice(downloads);

    for (const [name, sheet] of Object.entries(sheets)) {
      const formulas = cellsIn(sheet).filter((cell) => cell.formula !== null);
      expect(formulas, name).toEqual([]);
      expect(sheet.length, name).toBeGreaterThan(1);
    }
    // The hostile values arrive as text, shown with the apostrophe that kept them from running.
    const texts = (name: string) => cellsIn(sheets[name]!).filter((cell) => cell.type === "string").map((cell) => cell.text);
    expect(texts("roster")).toEqual(expect.arrayContaining([`'${HOSTILE.name}`, `'${HOSTILE.company}`, "张伟", CHINESE_COMPANY]));
    expect(texts("people")).toEqual(expect.arrayContaining([`'${HOSTILE.name}`, `'${HOSTILE.company}`]));
    expect(texts("sessions")).toEqual(expect.arrayContaining([`'${HOSTILE.title}`]));
    expect(texts("certificates")).toEqual(expect.arrayContaining([`'${HOSTILE.name}`]));
    expect(texts("completions")).toEqual(expect.arrayContaining([`'${HOSTILE.name}`]));
    expect(texts("audit").some((text) => text.startsWith(`'${HOSTILE.name}`) || text === `'${HOSTILE.name}`)).toBe(true);
    expect(texts("record").length).toBeGreaterThan(0);
    // Phone numbers stay text with their "+" and leading zero, never numbers.
    const phones = cellsIn(sheets.roster!).filter((cell) => cell.text.replace(/^'/, "").match(/^\+?\d{10,}$/));
    expect(phones.map((cell) => [cell.type, cell.text.replace(/^'/, "")]).sort()).toEqual(PHONES.map((phone) => ["string", phone]).sort());
  });
}
