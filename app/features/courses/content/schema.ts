import { z } from "zod";
import { reviewFields } from "~/platform/content/sources";
import { AUDIENCES, CATEGORIES } from "~/platform/content/vocabulary";

/** Text in both languages; a missing or empty language is an error. */
export const bilingual = z.object(
  {
    zh: z.string({ error: "missing Chinese (zh) text" }).trim().min(1, "empty Chinese (zh) text"),
    en: z.string({ error: "missing English (en) text" }).trim().min(1, "empty English (en) text"),
  },
  { error: "needs text in zh and en" },
);
export type Bilingual = z.infer<typeof bilingual>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and hyphens");


export const manifestSchema = z.object({
  slug,
  category: z.enum(CATEGORIES),
  audiences: z.array(z.enum(AUDIENCES)).min(1, "name at least one audience"),
  estimatedMinutes: z.number().int().positive(),
  passMark: z.number().int().min(1).max(100),
  maxAttempts: z.number().int().positive().nullable().default(null),
  title: bilingual,
  summary: bilingual,
  modules: z
    .array(z.object({ slug, estimatedMinutes: z.number().int().positive(), title: bilingual, ...reviewFields }))
    .min(1, "a course needs at least one module"),
});
export type CourseManifest = z.infer<typeof manifestSchema>;

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
