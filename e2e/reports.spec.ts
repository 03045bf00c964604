import fs from "node:fs";
import { expect, test } from "./test";
import { db } from "../app/platform/db/db.server";
import { LANGUAGES, logIn, strings } from "./support";

const COURSE = "toy-safety-us";
const WEBINAR = "buyers-toy-checklist";

type Prompt = { id: string; prompt: { zh: string; en: string } };

/** The question of the course that the seeded learners most often get wrong, straight from the database. */
async function hardestQuestion() {
  const course = await db.course.findUniqueOrThrow({ where: { slug: COURSE }, include: { modules: { where: { active: true }, orderBy: { position: "asc" } } } });
  const candidates = [];
  for (const module of course.modules) {
    const answers = await db.quizAnswer.findMany({ where: { attempt: { moduleId: module.id } }, select: { questionId: true, correct: true } });
    const questions = (JSON.parse(module.quiz ?? '{"questions":[]}') as { questions: Prompt[] }).questions;
    for (const question of questions) {
      const mine = answers.filter((answer) => answer.questionId === question.id);
      const correct = mine.filter((answer) => answer.correct).length;
      candidates.push({ prompt: question.prompt, answers: mine.length, correct, share: correct / mine.length });
    }
  }
  return candidates.sort((a, b) => a.share - b.share || b.answers - a.answers)[0]!;
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: an admin reads a course report whose numbers match the database, and downloads its CSV`, async ({ page }) => {
    const [enrolments, hardest] = await Promise.all([db.courseEnrollment.count({ where: { course: { slug: COURSE } } }), hardestQuestion()]);
    expect(enrolments).toBeGreaterThan(10);
    const courseTitle = (await db.course.findUniqueOrThrow({ where: { slug: COURSE } }))[lng === "zh" ? "titleZh" : "titleEn"];

    await logIn(page, lng, "admin@example.com");
    await page.goto(`/${lng}/trainer/reports`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.reports.index.title);
    await page.getByTestId("course-headlines").getByRole("link", { name: courseTitle }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.reports.course.title.replace("{{title}}", courseTitle));
    await expect(page.getByTestId("stat-enrolments")).toContainText(String(enrolments));

    const chart = page.getByTestId("question-chart");
    await expect(chart).toHaveAttribute("role", "img");
    await expect(chart.locator("title")).toHaveText(t.reports.course.questionsChart);
    const percent = `${Math.round(hardest.share * 100)}%`;
    // The hardest question comes first, in the chart and in the table.
    await expect(chart.locator(".chart__value").first()).toHaveText(`${percent} · ${hardest.correct}/${hardest.answers}`);
    const firstRow = page.getByTestId("question-table").locator("tbody tr").first();
    await expect(firstRow).toContainText(hardest.prompt[lng]);
    await expect(firstRow).toContainText(percent);

    const download = page.waitForEvent("download");
    await page.getByTestId("question-table").locator("xpath=../..").getByRole("link", { name: t.reports.downloadCsv }).click();
    const csv = fs.readFileSync((await (await download).path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(t.reports.columns.question);
    // CSV doubles the quotes inside a quoted cell.
    expect(csv).toContain(hardest.prompt[lng].replaceAll('"', '""'));
    if (lng === "zh") expect(csv).toMatch(/[\u4e00-\u9fff]{4}/);
  });

  test(`${lng}: a trainer reads a webinar report with its charts and tables`, async ({ page }) => {
    const webinar = await db.webinar.findUniqueOrThrow({ where: { slug: WEBINAR } });
    const viewers = await db.webinarProgress.count({ where: { webinarId: webinar.id, watchedSeconds: { gt: 0 } } });
    const title = lng === "zh" ? webinar.titleZh : webinar.titleEn;

    await logIn(page, lng, "trainer@example.com");
    await page.goto(`/${lng}/trainer/reports`);
    await page.getByTestId("webinar-headlines").getByRole("link", { name: title }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.reports.webinar.title.replace("{{title}}", title));
    await expect(page.getByTestId("stat-viewers")).toContainText(String(viewers));
    for (const chart of ["watched-chart", "retention-chart", "checkpoint-chart", "final-quiz-chart"]) {
      await expect(page.getByTestId(chart)).toBeVisible();
    }
    // The histogram table adds up to every viewer.
    const counts = await page.getByTestId("watched-table").locator("tbody tr td:nth-child(2)").allTextContents();
    expect(counts.reduce((sum, text) => sum + Number(text), 0)).toBe(viewers);

    const response = await page.request.get(`/${lng}/trainer/reports/webinars/${WEBINAR}/questions.csv`);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const csv = await response.text();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(t.reports.webinar.finalQuiz);
  });

  test(`${lng}: an unknown course or webinar is a localized 404`, async ({ page }) => {
    await logIn(page, lng, "admin@example.com");
    for (const path of ["courses/no-such-course", "webinars/no-such-webinar", "courses/no-such-course/questions.csv"]) {
      const response = await page.goto(`/${lng}/trainer/reports/${path}`);
      expect(response?.status(), path).toBe(404);
      if (!path.endsWith(".csv")) await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.errors.notFound.title);
    }
  });
}
