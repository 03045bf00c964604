// Steps that several specs take: answering a module quiz and registering for a training.
import { expect, type Page } from "@playwright/test";
import { quizKey } from "./course-content";
import { strings, type Lng } from "./support";

/** Answers a quiz page: every question right, or every question wrong. */
export async function answerQuiz(page: Page, lng: Lng, course: string, module: string, mode: "right" | "wrong") {
  for (const question of quizKey(course, module)) {
    const pick = mode === "right" ? question.choices.filter((c) => c.correct) : [question.choices.find((c) => !c.correct)!];
    for (const choice of pick) await choiceInput(page, question.id, choice.text[lng]).check();
  }
}

export function choiceInput(page: Page, questionId: string, text: string) {
  return page.getByTestId(`question-${questionId}`).getByLabel(text, { exact: true });
}

/** Fills and sends the registration form of a session, and waits for the confirmation or the waiting-list place. */
export async function register(page: Page, lng: Lng, sessionId: string, phone = "138 0013 8000") {
  const t = strings(lng);
  await page.goto(`/${lng}/trainings/${sessionId}`);
  await page.getByLabel(t.trainings.register.company, { exact: true }).fill("宁波示例玩具有限公司");
  await page.getByLabel(t.trainings.register.phone, { exact: true }).fill(phone);
  await page.getByLabel(t.courses.categories.toys).check();
  await page.getByLabel(t.trainings.register.consent).check();
  await page.getByRole("button", { name: new RegExp(`^(${t.trainings.register.submit}|${t.trainings.register.submitWaitlist})$`) }).click();
  await expect(page.getByText(t.trainings.state.confirmed).or(page.getByTestId("waitlist-position"))).toBeVisible();
}
