import { z } from "zod";
import { bilingual, slug } from "~/platform/content/bilingual";

const choiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/, "must be lowercase letters and digits"),
  correct: z.boolean(),
  text: bilingual,
});

export const QUESTION_TYPES = ["single", "multiple", "truefalse"] as const;

export const questionSchema = z
  .object({
    id: slug,
    type: z.enum(QUESTION_TYPES),
    prompt: bilingual,
    choices: z.array(choiceSchema).min(2, "a question needs at least two choices"),
    explanation: bilingual,
  })
  .superRefine((question, ctx) => {
    const correct = question.choices.filter((choice) => choice.correct).length;
    if (correct === 0) ctx.addIssue({ code: "custom", path: ["choices"], message: "no choice is marked correct" });
    if (question.type !== "multiple" && correct > 1) {
      ctx.addIssue({ code: "custom", path: ["choices"], message: `a ${question.type} question has exactly one correct choice` });
    }
    if (question.type === "truefalse") {
      const ids = question.choices.map((choice) => choice.id).sort().join(",");
      if (ids !== "false,true") ctx.addIssue({ code: "custom", path: ["choices"], message: 'true/false choices must have the ids "true" and "false"' });
    }
    const ids = question.choices.map((choice) => choice.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["choices"], message: "choice ids repeat" });
  });

export const quizSchema = z
  .object({ questions: z.array(questionSchema).min(1, "a quiz needs at least one question") })
  .superRefine((quiz, ctx) => {
    const ids = quiz.questions.map((question) => question.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["questions"], message: "question ids repeat" });
  });
export type Quiz = z.infer<typeof quizSchema>;
export type QuizQuestion = Quiz["questions"][number];
